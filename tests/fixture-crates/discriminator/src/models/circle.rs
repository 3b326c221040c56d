// @generated from tests/fixtures/discriminator.yaml by openapi-gen; do not edit.

/// Does not declare the discriminator property.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Circle {
    pub radius: f64,
}
