// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// TLPCodeSnippetTagifyCode
    #[derive(Debug, Clone, PartialEq)]
    pub struct TlpCodeSnippetTagifyCode {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        /// stringified array of numbers
        pub distribution: String = "distribution" required,
        /// stringified array of numbers
        pub inferred_distribution: String = "inferred_distribution" required,
        /// stringified array of strings
        pub tags: String = "tags" required,
        /// stringified array of strings
        pub inferred_tags: String = "inferred_tags" required,
        /// this is the model version
        pub model: String = "model" required,
        /// This is the version of the file that we are using that contains all the possible tags
        pub label_version: String = "label_version" required,
        /// this is the minimum score from the model that a tag needs to have to be included in the tags array.
        pub threshold: f64 = "threshold" required,
        /// this is the minimum score from the postprocessing that a tag needs to have to be included in the inferred_tags array.
        pub inferred_threshold: f64 = "inferred_threshold" required,
        /// this is the origin in which this asset was created, application(string representation)
        pub context: String = "context" required,
        /// This is the asset id.
        pub asset: String = "asset" required,
    }
}
