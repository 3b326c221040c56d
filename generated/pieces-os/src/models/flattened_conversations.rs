// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// FlattenedConversations
    ///
    /// Flattened version of conversations.
    #[derive(Debug, Clone, PartialEq)]
    pub struct FlattenedConversations {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub iterable: Vec<ReferencedConversation> = "iterable" required,
        /// This is a Map<String, int> where the the key is an Conversation id.
        pub indices: Option<std::collections::BTreeMap<String, i64>> = "indices" optional,
        pub score: Option<Score> = "score" optional,
    }
}
