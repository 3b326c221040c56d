// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// FlattenedConversationMessages
    ///
    /// This is a flattened plural version of ConversationMessages
    #[derive(Debug, Clone, PartialEq)]
    pub struct FlattenedConversationMessages {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub iterable: Vec<ReferencedConversationMessage> = "iterable" required,
        /// This is a Map<String, int> where the the key is an ConversationMessage id.
        pub indices: Option<std::collections::BTreeMap<String, i64>> = "indices" optional,
        pub score: Option<Score> = "score" optional,
    }
}
