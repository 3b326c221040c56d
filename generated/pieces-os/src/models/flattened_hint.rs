// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// FlattenedHint
///
/// This is the flattened version of a hint.
#[derive(Debug, Clone, PartialEq)]
pub struct FlattenedHint {
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    pub created: GroupedTimestamp,
    pub updated: GroupedTimestamp,
    pub deleted: Option<GroupedTimestamp>,
    /// This is a Map<String, MechanismEnum> where the the key is an asset id.
    pub mechanisms: Option<std::collections::BTreeMap<String, MechanismEnum>>,
    pub assets: Option<FlattenedAssets>,
    pub type_: HintTypeEnum,
    /// This is the text of the hint.
    pub text: String,
    pub model: Option<ReferencedModel>,
    pub score: Option<Score>,
}

crate::support::object!(FlattenedHint {
    schema: "schema" optional,
    id: "id" required,
    created: "created" required,
    updated: "updated" required,
    deleted: "deleted" optional,
    mechanisms: "mechanisms" optional,
    assets: "assets" optional,
    type_: "type" required,
    text: "text" required,
    model: "model" optional,
    score: "score" optional,
});
