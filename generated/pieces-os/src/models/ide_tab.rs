// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// IDETab
///
/// This is a representation of an IDE Tab
#[derive(Debug, Clone, PartialEq)]
pub struct IdeTab {
    pub schema: Option<EmbeddedModelSchema>,
    pub value: Option<TransferableString>,
    pub classification: Option<Classification>,
    pub selections: Option<IdeSelections>,
    pub anchor: SeededAnchor,
    pub range: Option<AnonymousTemporalRange>,
    pub current: Option<bool>,
    pub contributors: Option<DocumentContributors>,
    pub lsp: Option<LanguageServerProtocol>,
}

crate::support::object!(IdeTab {
    schema: "schema" optional,
    value: "value" optional,
    classification: "classification" optional,
    selections: "selections" optional,
    anchor: "anchor" required,
    range: "range" optional,
    current: "current" optional,
    contributors: "contributors" optional,
    lsp: "lsp" optional,
});
