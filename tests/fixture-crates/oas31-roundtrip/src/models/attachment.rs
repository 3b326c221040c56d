// @generated from tests/fixtures/oas31-roundtrip.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Attachment {
    pub size: i64,
    pub sha: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caption: Option<String>,
}
