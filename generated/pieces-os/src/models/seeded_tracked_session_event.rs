// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// SeededTrackedSessionEvent
    ///
    /// A simple model to capture a Tracked Session to be send to the Connection API
    #[derive(Debug, Clone, PartialEq)]
    pub struct SeededTrackedSessionEvent {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub identifier_description_pair: TrackedSessionEventIdentifierDescriptionPairs =
            "identifier_description_pair" required,
    }
}
