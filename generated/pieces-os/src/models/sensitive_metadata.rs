// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// SensitiveMetadata
    ///
    /// This is optional metatdata attached to a sensitive piece of data.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct SensitiveMetadata {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub match_: Option<TextMatch> = "match" optional,
        /// entropy of the sensitive
        pub entropy: Option<f64> = "entropy" optional,
    }
}
