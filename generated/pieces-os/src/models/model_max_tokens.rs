// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// ModelMaxTokens
    ///
    /// This will describe the MaxTokens for an MLModel
    #[derive(Debug, Clone, PartialEq)]
    pub struct ModelMaxTokens {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub total: Option<f64> = "total" required_or_null,
        pub input: Option<f64> = "input" optional_or_null,
        pub output: Option<f64> = "output" optional_or_null,
    }
}
