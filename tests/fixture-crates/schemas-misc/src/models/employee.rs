// @generated from tests/fixtures/schemas-misc.yaml by openapi-gen; do not edit.

use super::*;

/// Mutually recursive with `Team`, directly and through an array.
#[derive(Debug, Clone, PartialEq)]
pub struct Employee {
    pub name: String,
    pub team: Option<Box<Team>>,
}

crate::support::object!(Employee {
    name: "name" required,
    team: "team" optional,
});
