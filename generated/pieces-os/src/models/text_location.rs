// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// TextLocation
///
/// This is a generic model that is used for text location.
#[derive(Debug, Clone, PartialEq)]
pub struct TextLocation {
    pub schema: Option<EmbeddedModelSchema>,
    /// this is the value that was found.
    pub text: String,
    /// this is the start index within the original string.
    pub start: i64,
    /// this is the end index within the original string.
    pub end: i64,
}

crate::support::object!(TextLocation {
    schema: "schema" optional,
    text: "text" required,
    start: "start" required,
    end: "end" required,
});
