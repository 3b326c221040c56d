// @generated from tests/fixtures/schemas-misc.yaml by openapi-gen; do not edit.

use super::*;

#[derive(Debug, Clone, PartialEq)]
pub struct Team {
    pub lead: Box<Employee>,
    pub members: Option<Vec<Employee>>,
}

crate::support::object!(Team {
    lead: "lead" required,
    members: "members" optional,
});
