// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// BrowserTabValue
///
/// snippet: these are extracted code blocks selection: here is a copy/paste/selection
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BrowserTabValue {
    pub schema: Option<EmbeddedModelSchema>,
    pub html: Option<TransferableString>,
    pub md: Option<TransferableString>,
    pub text: Option<TransferableString>,
    pub snippet: Option<BrowserSelection>,
    pub selection: Option<BrowserSelection>,
}

crate::support::object!(BrowserTabValue {
    schema: "schema" optional,
    html: "html" optional,
    md: "md" optional,
    text: "text" optional,
    snippet: "snippet" optional,
    selection: "selection" optional,
});
