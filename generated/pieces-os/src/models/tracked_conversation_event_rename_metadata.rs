// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// TrackedConversationEventRenameMetadata
///
/// This will give specific metadata need to determine what the rename was to/from.
#[derive(Debug, Clone, PartialEq)]
pub struct TrackedConversationEventRenameMetadata {
    pub schema: Option<EmbeddedModelSchema>,
    pub previous: String,
    pub current: String,
}

crate::support::object!(TrackedConversationEventRenameMetadata {
    schema: "schema" optional,
    previous: "previous" required,
    current: "current" required,
});
