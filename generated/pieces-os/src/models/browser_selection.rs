// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// BrowserSelection
///
/// This is a given bit of text/code that is selected in the browser, this can be a copy/paste/selection
#[derive(Debug, Clone, PartialEq)]
pub struct BrowserSelection {
    pub schema: Option<EmbeddedModelSchema>,
    pub classification: Classification,
    pub value: TransferableString,
}

crate::support::object!(BrowserSelection {
    schema: "schema" optional,
    classification: "classification" required,
    value: "value" required,
});
