// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// BrowserSelection
    ///
    /// This is a given bit of text/code that is selected in the browser, this can be a copy/paste/selection
    #[derive(Debug, Clone, PartialEq)]
    pub struct BrowserSelection {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub classification: Classification = "classification" required,
        pub value: TransferableString = "value" required,
    }
}
