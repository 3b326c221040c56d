// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// SeededAnchor
#[derive(Debug, Clone, PartialEq)]
pub struct SeededAnchor {
    pub schema: Option<EmbeddedModelSchema>,
    pub type_: AnchorTypeEnum,
    pub watch: Option<bool>,
    pub fullpath: String,
    /// You may associate a SeededAnchor with an asset
    pub asset: Option<String>,
    pub platform: Option<PlatformEnum>,
    pub name: Option<String>,
    pub annotations: Option<Vec<SeededAnnotation>>,
    pub conversation: Option<String>,
    pub persons: Option<FlattenedPersons>,
}

crate::support::object!(SeededAnchor {
    schema: "schema" optional,
    type_: "type" required,
    watch: "watch" optional,
    fullpath: "fullpath" required,
    asset: "asset" optional,
    platform: "platform" optional,
    name: "name" optional,
    annotations: "annotations" optional,
    conversation: "conversation" optional,
    persons: "persons" optional,
});
