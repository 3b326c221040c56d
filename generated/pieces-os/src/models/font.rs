// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// Font
///
/// This will describe the font that the user sees.
#[derive(Debug, Clone, PartialEq)]
pub struct Font {
    pub schema: Option<EmbeddedModelSchema>,
    pub size: i64,
}

crate::support::object!(Font {
    schema: "schema" optional,
    size: "size" required,
});
