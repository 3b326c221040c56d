// @generated from tests/fixtures/discriminator.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Square {
    pub kind: String,
    pub side: f64,
}
