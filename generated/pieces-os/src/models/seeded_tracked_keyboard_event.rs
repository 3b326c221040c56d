// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// SeededTrackedKeyboardEvent
///
/// This is a model that will hold relavent information in relation to a keyboard(including shortcuts) analytics event (usage).
#[derive(Debug, Clone, PartialEq)]
pub struct SeededTrackedKeyboardEvent {
    pub schema: Option<EmbeddedModelSchema>,
    /// This also needs structure such as key vals or enums
    pub description: String,
    pub shortcut: Vec<i64>,
    pub identifier_description_pair: Option<
        SeededTrackedKeyboardEventIdentifierDescriptionPairs,
    >,
}

crate::support::object!(SeededTrackedKeyboardEvent {
    schema: "schema" optional,
    description: "description" required,
    shortcut: "shortcut" required,
    identifier_description_pair: "identifier_description_pair" optional,
});
