// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// FlattenedAnnotation
///
/// This is the flattened Version of the annotation, IMPORTANT: when referencing these, ONLY Take the UUID, do NOT polinate(ie w/ asset/person/model) the FlattenedAnnotation as it can create an infinite loop.
#[derive(Debug, Clone, PartialEq)]
pub struct FlattenedAnnotation {
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    pub created: GroupedTimestamp,
    pub updated: GroupedTimestamp,
    pub deleted: Option<GroupedTimestamp>,
    pub mechanism: Option<MechanismEnum>,
    pub asset: Option<ReferencedAsset>,
    pub person: Option<ReferencedPerson>,
    pub type_: AnnotationTypeEnum,
    /// This is the text of the annotation.
    pub text: String,
    pub model: Option<ReferencedModel>,
    pub pseudo: Option<bool>,
    pub favorited: Option<bool>,
    pub anchor: Option<ReferencedAnchor>,
    pub conversation: Option<ReferencedConversation>,
    pub score: Option<Score>,
    pub messages: Option<FlattenedConversationMessages>,
    pub summary: Option<ReferencedWorkstreamSummary>,
}

crate::support::object!(FlattenedAnnotation {
    schema: "schema" optional,
    id: "id" required,
    created: "created" required,
    updated: "updated" required,
    deleted: "deleted" optional,
    mechanism: "mechanism" optional,
    asset: "asset" optional,
    person: "person" optional,
    type_: "type" required,
    text: "text" required,
    model: "model" optional,
    pseudo: "pseudo" optional,
    favorited: "favorited" optional,
    anchor: "anchor" optional,
    conversation: "conversation" optional,
    score: "score" optional,
    messages: "messages" optional,
    summary: "summary" optional,
});
