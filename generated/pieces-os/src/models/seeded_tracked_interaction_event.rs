// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// SeededTrackedInteractionEvent
///
/// This is a model that will hold relavent information in relation to an interaction(ONLY CLICK/TAP) analytics event(usage).
#[derive(Debug, Clone, PartialEq)]
pub struct SeededTrackedInteractionEvent {
    pub schema: Option<EmbeddedModelSchema>,
    /// These need structure
    pub description: String,
    pub element: Option<String>,
    pub identifier_description_pair: Option<
        SeededTrackedInteractionEventIdentifierDescriptionPairs,
    >,
}

crate::support::object!(SeededTrackedInteractionEvent {
    schema: "schema" optional,
    description: "description" required,
    element: "element" optional,
    identifier_description_pair: "identifier_description_pair" optional,
});
