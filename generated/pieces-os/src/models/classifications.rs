// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// Classifications
    ///
    /// This is a plural representation of a Classification
    #[derive(Debug, Clone, PartialEq)]
    pub struct Classifications {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub iterable: Vec<Classification> = "iterable" required,
    }
}
