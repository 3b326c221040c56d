// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// ExternalProviders
    #[derive(Debug, Clone, PartialEq)]
    pub struct ExternalProviders {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub iterable: Vec<ExternalProvider> = "iterable" required,
    }
}
