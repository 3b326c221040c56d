// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// CodeAnalysis
///
/// This is the ML Analysis object Specific to code.
#[derive(Debug, Clone, PartialEq)]
pub struct CodeAnalysis {
    pub schema: Option<EmbeddedModelSchema>,
    pub tokenized: Option<Vec<String>>,
    pub language: Option<String>,
    pub type_: ClassificationGenericEnum,
    pub prediction: Option<std::collections::BTreeMap<String, f64>>,
    pub similarity: Option<std::collections::BTreeMap<String, f64>>,
    pub top5_colors: Option<Vec<i64>>,
    pub top5_sorted: Option<Vec<String>>,
    pub id: String,
    /// this is just a reference to the analysis parent object.
    pub analysis: String,
    pub model: Model,
}

crate::support::object!(CodeAnalysis {
    schema: "schema" optional,
    tokenized: "tokenized" optional,
    language: "language" optional,
    type_: "type" required,
    prediction: "prediction" optional,
    similarity: "similarity" optional,
    top5_colors: "top5Colors" optional,
    top5_sorted: "top5Sorted" optional,
    id: "id" required,
    analysis: "analysis" required,
    model: "model" required,
});
