// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// FragmentMetadata
///
/// This is a model for metadata of a file!
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FragmentMetadata {
    pub schema: Option<EmbeddedModelSchema>,
    pub ext: Option<ClassificationSpecificEnum>,
}

crate::support::object!(FragmentMetadata {
    schema: "schema" optional,
    ext: "ext" optional,
});
