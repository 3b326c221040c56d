// @generated from tests/fixtures/recursion.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct B {
        pub a: Option<Box<A>> = "a" optional,
    }
}
