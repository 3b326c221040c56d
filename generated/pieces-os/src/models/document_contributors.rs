// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// DocumentContributors
    ///
    /// This is a plural representation of the DocumentContributor
    #[derive(Debug, Clone, PartialEq)]
    pub struct DocumentContributors {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub iterable: Vec<DocumentContributor> = "iterable" required,
    }
}
