// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// SeededAnchor
    #[derive(Debug, Clone, PartialEq)]
    pub struct SeededAnchor {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub type_: AnchorTypeEnum = "type" required,
        pub watch: Option<bool> = "watch" optional,
        pub fullpath: String = "fullpath" required,
        /// You may associate a SeededAnchor with an asset
        pub asset: Option<String> = "asset" optional,
        pub platform: Option<PlatformEnum> = "platform" optional,
        pub name: Option<String> = "name" optional,
        pub annotations: Option<Vec<SeededAnnotation>> = "annotations" optional,
        pub conversation: Option<String> = "conversation" optional,
        pub persons: Option<FlattenedPersons> = "persons" optional,
    }
}
