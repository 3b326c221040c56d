// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// IDESelection
///
/// This is a given bit of text/code that is selected in the IDE, this can be a copy/paste/selection
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdeSelection {
    pub schema: Option<EmbeddedModelSchema>,
    pub location: Option<LanguageServerProtocolLocation>,
    pub classification: Option<Classification>,
    pub value: Option<TransferableString>,
}

crate::support::object!(IdeSelection {
    schema: "schema" optional,
    location: "location" optional,
    classification: "classification" optional,
    value: "value" optional,
});
