// @generated from tests/fixtures/discriminator.yaml by openapi-gen; do not edit.

use super::*;

/// The implicit value `Truck` is mapped to `Car`, so nothing selects `Truck`; untagged.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum Ambiguous {
    Car(Car),
    Truck(Truck),
}
