// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// ReferencedAsset [DAG Safety]
    ///
    /// A reference to a asset, which at minimum must have the asset's id.
    #[derive(Debug, Clone, PartialEq)]
    pub struct ReferencedAsset {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub id: String = "id" required,
        pub reference: Option<FlattenedAsset> = "reference" optional,
    }
}
