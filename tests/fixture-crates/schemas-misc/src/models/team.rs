// @generated from tests/fixtures/schemas-misc.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct Team {
        pub lead: Box<Employee> = "lead" required,
        pub members: Option<Vec<Employee>> = "members" optional,
    }
}
