// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// SeededTrackedAdoptionEvent
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct SeededTrackedAdoptionEvent {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub identifier_description_pair: Option<AnalyticsTrackedAdoptionEventIdentifierDescriptionPairs> =
            "identifier_description_pair" optional,
    }
}
