// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

#[cfg(feature = "server")]
use crate::support::non_null;
use super::*;

/// SeededTrackedKeyboardEvent
///
/// This is a model that will hold relavent information in relation to a keyboard(including shortcuts) analytics event (usage).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SeededTrackedKeyboardEvent {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    /// This also needs structure such as key vals or enums
    pub description: String,
    pub shortcut: Vec<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub identifier_description_pair: Option<
        SeededTrackedKeyboardEventIdentifierDescriptionPairs,
    >,
}
