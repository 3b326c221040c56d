// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// Font
    ///
    /// This will describe the font that the user sees.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Font {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub size: i64 = "size" required,
    }
}
