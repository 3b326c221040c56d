// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// Aesthetics
///
/// These are aesthetics properties that will ensure the darkmode + font size and other aesthetics properties persist:)
#[derive(Debug, Clone, PartialEq)]
pub struct Aesthetics {
    pub schema: Option<EmbeddedModelSchema>,
    pub theme: Theme,
    pub font: Font,
}

crate::support::object!(Aesthetics {
    schema: "schema" optional,
    theme: "theme" required,
    font: "font" required,
});
