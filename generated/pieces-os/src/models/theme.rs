// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// Theme
    ///
    /// This will describe the theme that belongs to a user.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Theme {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub dark: bool = "dark" required,
    }
}
