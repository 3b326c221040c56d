// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// Aesthetics
    ///
    /// These are aesthetics properties that will ensure the darkmode + font size and other aesthetics properties persist:)
    #[derive(Debug, Clone, PartialEq)]
    pub struct Aesthetics {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub theme: Theme = "theme" required,
        pub font: Font = "font" required,
    }
}
