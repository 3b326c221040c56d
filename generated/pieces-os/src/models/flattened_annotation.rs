// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// FlattenedAnnotation
    ///
    /// This is the flattened Version of the annotation, IMPORTANT: when referencing these, ONLY Take the UUID, do NOT polinate(ie w/ asset/person/model) the FlattenedAnnotation as it can create an infinite loop.
    #[derive(Debug, Clone, PartialEq)]
    pub struct FlattenedAnnotation {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub id: String = "id" required,
        pub created: GroupedTimestamp = "created" required,
        pub updated: GroupedTimestamp = "updated" required,
        pub deleted: Option<GroupedTimestamp> = "deleted" optional,
        pub mechanism: Option<MechanismEnum> = "mechanism" optional,
        pub asset: Option<ReferencedAsset> = "asset" optional,
        pub person: Option<ReferencedPerson> = "person" optional,
        pub type_: AnnotationTypeEnum = "type" required,
        /// This is the text of the annotation.
        pub text: String = "text" required,
        pub model: Option<ReferencedModel> = "model" optional,
        pub pseudo: Option<bool> = "pseudo" optional,
        pub favorited: Option<bool> = "favorited" optional,
        pub anchor: Option<ReferencedAnchor> = "anchor" optional,
        pub conversation: Option<ReferencedConversation> = "conversation" optional,
        pub score: Option<Score> = "score" optional,
        pub messages: Option<FlattenedConversationMessages> = "messages" optional,
        pub summary: Option<ReferencedWorkstreamSummary> = "summary" optional,
    }
}
