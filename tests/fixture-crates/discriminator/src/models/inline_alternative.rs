// @generated from tests/fixtures/discriminator.yaml by openapi-gen; do not edit.

use super::*;

/// An inline alternative has no name to be chosen by; the union stays untagged.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum InlineAlternative {
    Car(Car),
    Variant1(InlineAlternativeVariant1),
}

crate::support::object! {
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct InlineAlternativeVariant1 {
        pub wheels: Option<i32> = "wheels" optional,
    }
}
