// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// Classification
///
/// This is the specific classification of an Asset's Format.(This is on a per format basis b/c an asset could have different formats that are different format representations of the Asset.)
#[derive(Debug, Clone, PartialEq)]
pub struct Classification {
    pub schema: Option<EmbeddedModelSchema>,
    pub generic: ClassificationGenericEnum,
    pub specific: ClassificationSpecificEnum,
    pub rendering: Option<ClassificationRenderingEnum>,
}

crate::support::object!(Classification {
    schema: "schema" optional,
    generic: "generic" required,
    specific: "specific" required,
    rendering: "rendering" optional,
});
