// @generated from tests/fixtures/recursion.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct A {
        pub b: Box<B> = "b" required,
    }
}
