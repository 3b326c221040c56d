// @generated from tests/fixtures/schemas-misc.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// Mutually recursive with `Team`, directly and through an array.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Employee {
        pub name: String = "name" required,
        pub team: Option<Box<Team>> = "team" optional,
    }
}
