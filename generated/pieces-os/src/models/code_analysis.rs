// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// CodeAnalysis
    ///
    /// This is the ML Analysis object Specific to code.
    #[derive(Debug, Clone, PartialEq)]
    pub struct CodeAnalysis {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub tokenized: Option<Vec<String>> = "tokenized" optional,
        pub language: Option<String> = "language" optional,
        pub type_: ClassificationGenericEnum = "type" required,
        pub prediction: Option<std::collections::BTreeMap<String, f64>> = "prediction" optional,
        pub similarity: Option<std::collections::BTreeMap<String, f64>> = "similarity" optional,
        pub top5_colors: Option<Vec<i64>> = "top5Colors" optional,
        pub top5_sorted: Option<Vec<String>> = "top5Sorted" optional,
        pub id: String = "id" required,
        /// this is just a reference to the analysis parent object.
        pub analysis: String = "analysis" required,
        pub model: Model = "model" required,
    }
}
