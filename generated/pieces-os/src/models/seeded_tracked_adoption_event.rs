// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// SeededTrackedAdoptionEvent
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SeededTrackedAdoptionEvent {
    pub schema: Option<EmbeddedModelSchema>,
    pub identifier_description_pair: Option<
        AnalyticsTrackedAdoptionEventIdentifierDescriptionPairs,
    >,
}

crate::support::object!(SeededTrackedAdoptionEvent {
    schema: "schema" optional,
    identifier_description_pair: "identifier_description_pair" optional,
});
