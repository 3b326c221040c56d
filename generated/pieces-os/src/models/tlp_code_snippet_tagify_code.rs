// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// TLPCodeSnippetTagifyCode
#[derive(Debug, Clone, PartialEq)]
pub struct TlpCodeSnippetTagifyCode {
    pub schema: Option<EmbeddedModelSchema>,
    /// stringified array of numbers
    pub distribution: String,
    /// stringified array of numbers
    pub inferred_distribution: String,
    /// stringified array of strings
    pub tags: String,
    /// stringified array of strings
    pub inferred_tags: String,
    /// this is the model version
    pub model: String,
    /// This is the version of the file that we are using that contains all the possible tags
    pub label_version: String,
    /// this is the minimum score from the model that a tag needs to have to be included in the tags array.
    pub threshold: f64,
    /// this is the minimum score from the postprocessing that a tag needs to have to be included in the inferred_tags array.
    pub inferred_threshold: f64,
    /// this is the origin in which this asset was created, application(string representation)
    pub context: String,
    /// This is the asset id.
    pub asset: String,
}

crate::support::object!(TlpCodeSnippetTagifyCode {
    schema: "schema" optional,
    distribution: "distribution" required,
    inferred_distribution: "inferred_distribution" required,
    tags: "tags" required,
    inferred_tags: "inferred_tags" required,
    model: "model" required,
    label_version: "label_version" required,
    threshold: "threshold" required,
    inferred_threshold: "inferred_threshold" required,
    context: "context" required,
    asset: "asset" required,
});
