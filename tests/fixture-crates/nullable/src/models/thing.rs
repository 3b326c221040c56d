// @generated from tests/fixtures/nullable.yaml by openapi-gen; do not edit.

use super::*;

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Thing {
    #[serde(rename = "requiredNullable")]
    pub required_nullable: Option<String>,
    #[serde(rename = "optionalNullable", skip_serializing_if = "Option::is_none")]
    pub optional_nullable: Option<i64>,
    #[serde(rename = "ref", skip_serializing_if = "Option::is_none")]
    pub ref_: Option<MaybeName>,
}
