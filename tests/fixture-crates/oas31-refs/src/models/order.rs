// @generated from tests/fixtures/oas31-refs.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct Order {
        pub id: String = "id" required,
        /// Who placed the order, when known.
        pub customer: Option<Customer> = "customer" optional,
        pub previous: Option<Box<Order>> = "previous" optional_or_null,
        pub line: Option<Line> = "line" optional,
    }
}
