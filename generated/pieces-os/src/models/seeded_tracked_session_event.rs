// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// SeededTrackedSessionEvent
///
/// A simple model to capture a Tracked Session to be send to the Connection API
#[derive(Debug, Clone, PartialEq)]
pub struct SeededTrackedSessionEvent {
    pub schema: Option<EmbeddedModelSchema>,
    pub identifier_description_pair: TrackedSessionEventIdentifierDescriptionPairs,
}

crate::support::object!(SeededTrackedSessionEvent {
    schema: "schema" optional,
    identifier_description_pair: "identifier_description_pair" required,
});
