// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// IDESelection
    ///
    /// This is a given bit of text/code that is selected in the IDE, this can be a copy/paste/selection
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct IdeSelection {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub location: Option<LanguageServerProtocolLocation> = "location" optional,
        pub classification: Option<Classification> = "classification" optional,
        pub value: Option<TransferableString> = "value" optional,
    }
}
