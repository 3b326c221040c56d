// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// BrowserTabValue
    ///
    /// snippet: these are extracted code blocks selection: here is a copy/paste/selection
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct BrowserTabValue {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub html: Option<TransferableString> = "html" optional,
        pub md: Option<TransferableString> = "md" optional,
        pub text: Option<TransferableString> = "text" optional,
        pub snippet: Option<BrowserSelection> = "snippet" optional,
        pub selection: Option<BrowserSelection> = "selection" optional,
    }
}
