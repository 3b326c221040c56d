// @generated from tests/fixtures/oas31-refs.yaml by openapi-gen; do not edit.

use super::*;

#[derive(Debug, Clone, PartialEq)]
pub struct Order {
    pub id: String,
    /// Who placed the order, when known.
    pub customer: Option<Customer>,
    pub previous: Option<Box<Order>>,
    pub line: Option<Line>,
}

crate::support::object!(Order {
    id: "id" required,
    customer: "customer" optional,
    previous: "previous" optional_or_null,
    line: "line" optional,
});
