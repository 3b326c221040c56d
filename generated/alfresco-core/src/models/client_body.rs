// @generated from spec/alfresco-core.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ClientBody {
    /// the client name
    pub client: String,
}
