// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// SeededTrackedInteractionEvent
    ///
    /// This is a model that will hold relavent information in relation to an interaction(ONLY CLICK/TAP) analytics event(usage).
    #[derive(Debug, Clone, PartialEq)]
    pub struct SeededTrackedInteractionEvent {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        /// These need structure
        pub description: String = "description" required,
        pub element: Option<String> = "element" optional,
        pub identifier_description_pair: Option<SeededTrackedInteractionEventIdentifierDescriptionPairs> =
            "identifier_description_pair" optional,
    }
}
