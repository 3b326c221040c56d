// @generated from tests/fixtures/recursion.yaml by openapi-gen; do not edit.

use super::*;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct B {
    pub a: Option<Box<A>>,
}

crate::support::object!(B {
    a: "a" optional,
});
