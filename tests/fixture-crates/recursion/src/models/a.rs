// @generated from tests/fixtures/recursion.yaml by openapi-gen; do not edit.

use super::*;

#[derive(Debug, Clone, PartialEq)]
pub struct A {
    pub b: Box<B>,
}

crate::support::object!(A {
    b: "b" required,
});
