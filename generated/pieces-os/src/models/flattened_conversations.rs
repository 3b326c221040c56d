// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// FlattenedConversations
///
/// Flattened version of conversations.
#[derive(Debug, Clone, PartialEq)]
pub struct FlattenedConversations {
    pub schema: Option<EmbeddedModelSchema>,
    pub iterable: Vec<ReferencedConversation>,
    /// This is a Map<String, int> where the the key is an Conversation id.
    pub indices: Option<std::collections::BTreeMap<String, i64>>,
    pub score: Option<Score>,
}

crate::support::object!(FlattenedConversations {
    schema: "schema" optional,
    iterable: "iterable" required,
    indices: "indices" optional,
    score: "score" optional,
});
