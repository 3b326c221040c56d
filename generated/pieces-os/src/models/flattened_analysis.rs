// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// FlattenedAnalysis
#[derive(Debug, Clone, PartialEq)]
pub struct FlattenedAnalysis {
    pub schema: Option<EmbeddedModelSchema>,
    pub code: Option<CodeAnalysis>,
    pub id: String,
    /// this is a reference to the format that it belongs too.
    pub format: String,
    pub image: Option<Box<FlattenedImageAnalysis>>,
}

crate::support::object!(FlattenedAnalysis {
    schema: "schema" optional,
    code: "code" optional,
    id: "id" required,
    format: "format" required,
    image: "image" optional,
});
