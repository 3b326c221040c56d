// @generated from tests/fixtures/composition.yaml by openapi-gen; do not edit.

use super::*;

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum Pet {
    Dog(Dog),
    Cat(Cat),
}
