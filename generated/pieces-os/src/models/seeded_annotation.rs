// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// SeededAnnotation
    ///
    /// This is the percursor to a fully referenced Annotation.
    #[derive(Debug, Clone, PartialEq)]
    pub struct SeededAnnotation {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub mechanism: Option<MechanismEnum> = "mechanism" optional,
        pub asset: Option<String> = "asset" optional,
        pub person: Option<String> = "person" optional,
        pub type_: AnnotationTypeEnum = "type" required,
        /// This is the text of the annotation.
        pub text: String = "text" required,
        pub model: Option<String> = "model" optional,
        pub pseudo: Option<bool> = "pseudo" optional,
        pub favorited: Option<bool> = "favorited" optional,
        pub anchor: Option<String> = "anchor" optional,
        pub conversation: Option<String> = "conversation" optional,
        pub messages: Option<FlattenedConversationMessages> = "messages" optional,
    }
}
