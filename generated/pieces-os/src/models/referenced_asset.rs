// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// ReferencedAsset [DAG Safety]
///
/// A reference to a asset, which at minimum must have the asset's id.
#[derive(Debug, Clone, PartialEq)]
pub struct ReferencedAsset {
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    pub reference: Option<FlattenedAsset>,
}

crate::support::object!(ReferencedAsset {
    schema: "schema" optional,
    id: "id" required,
    reference: "reference" optional,
});
