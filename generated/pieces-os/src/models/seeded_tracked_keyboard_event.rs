// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// SeededTrackedKeyboardEvent
    ///
    /// This is a model that will hold relavent information in relation to a keyboard(including shortcuts) analytics event (usage).
    #[derive(Debug, Clone, PartialEq)]
    pub struct SeededTrackedKeyboardEvent {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        /// This also needs structure such as key vals or enums
        pub description: String = "description" required,
        pub shortcut: Vec<i64> = "shortcut" required,
        pub identifier_description_pair: Option<SeededTrackedKeyboardEventIdentifierDescriptionPairs> =
            "identifier_description_pair" optional,
    }
}
