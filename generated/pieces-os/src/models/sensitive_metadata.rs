// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// SensitiveMetadata
///
/// This is optional metatdata attached to a sensitive piece of data.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SensitiveMetadata {
    pub schema: Option<EmbeddedModelSchema>,
    pub match_: Option<TextMatch>,
    /// entropy of the sensitive
    pub entropy: Option<f64>,
}

crate::support::object!(SensitiveMetadata {
    schema: "schema" optional,
    match_: "match" optional,
    entropy: "entropy" optional,
});
