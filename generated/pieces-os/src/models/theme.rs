// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// Theme
///
/// This will describe the theme that belongs to a user.
#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    pub schema: Option<EmbeddedModelSchema>,
    pub dark: bool,
}

crate::support::object!(Theme {
    schema: "schema" optional,
    dark: "dark" required,
});
