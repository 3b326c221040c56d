// @generated from tests/fixtures/nullable.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Nullable.

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Thing {
    #[serde(rename = "requiredNullable")]
    pub required_nullable: Option<String>,
    #[serde(rename = "optionalNullable", skip_serializing_if = "Option::is_none")]
    pub optional_nullable: Option<i64>,
    #[serde(rename = "ref", skip_serializing_if = "Option::is_none")]
    pub ref_: Option<MaybeName>,
}

pub type MaybeName = String;
