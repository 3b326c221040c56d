// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// FlattenedHint
    ///
    /// This is the flattened version of a hint.
    #[derive(Debug, Clone, PartialEq)]
    pub struct FlattenedHint {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub id: String = "id" required,
        pub created: GroupedTimestamp = "created" required,
        pub updated: GroupedTimestamp = "updated" required,
        pub deleted: Option<GroupedTimestamp> = "deleted" optional,
        /// This is a Map<String, MechanismEnum> where the the key is an asset id.
        pub mechanisms: Option<std::collections::BTreeMap<String, MechanismEnum>> =
            "mechanisms" optional,
        pub assets: Option<FlattenedAssets> = "assets" optional,
        pub type_: HintTypeEnum = "type" required,
        /// This is the text of the hint.
        pub text: String = "text" required,
        pub model: Option<ReferencedModel> = "model" optional,
        pub score: Option<Score> = "score" optional,
    }
}
