// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// SeededAnnotation
///
/// This is the percursor to a fully referenced Annotation.
#[derive(Debug, Clone, PartialEq)]
pub struct SeededAnnotation {
    pub schema: Option<EmbeddedModelSchema>,
    pub mechanism: Option<MechanismEnum>,
    pub asset: Option<String>,
    pub person: Option<String>,
    pub type_: AnnotationTypeEnum,
    /// This is the text of the annotation.
    pub text: String,
    pub model: Option<String>,
    pub pseudo: Option<bool>,
    pub favorited: Option<bool>,
    pub anchor: Option<String>,
    pub conversation: Option<String>,
    pub messages: Option<FlattenedConversationMessages>,
}

crate::support::object!(SeededAnnotation {
    schema: "schema" optional,
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
    messages: "messages" optional,
});
