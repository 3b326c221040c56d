// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// FlattenedConversationMessages
///
/// This is a flattened plural version of ConversationMessages
#[derive(Debug, Clone, PartialEq)]
pub struct FlattenedConversationMessages {
    pub schema: Option<EmbeddedModelSchema>,
    pub iterable: Vec<ReferencedConversationMessage>,
    /// This is a Map<String, int> where the the key is an ConversationMessage id.
    pub indices: Option<std::collections::BTreeMap<String, i64>>,
    pub score: Option<Score>,
}

crate::support::object!(FlattenedConversationMessages {
    schema: "schema" optional,
    iterable: "iterable" required,
    indices: "indices" optional,
    score: "score" optional,
});
