// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// IDETab
    ///
    /// This is a representation of an IDE Tab
    #[derive(Debug, Clone, PartialEq)]
    pub struct IdeTab {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub value: Option<TransferableString> = "value" optional,
        pub classification: Option<Classification> = "classification" optional,
        pub selections: Option<IdeSelections> = "selections" optional,
        pub anchor: SeededAnchor = "anchor" required,
        pub range: Option<AnonymousTemporalRange> = "range" optional,
        pub current: Option<bool> = "current" optional,
        pub contributors: Option<DocumentContributors> = "contributors" optional,
        pub lsp: Option<LanguageServerProtocol> = "lsp" optional,
    }
}
