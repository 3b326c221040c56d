// @generated from tests/fixtures/recursion.yaml by openapi-gen; do not edit.

use super::*;

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct A {
    pub b: Box<B>,
}
