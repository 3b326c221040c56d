// @generated from tests/fixtures/response-headers.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListItemsOkXShape {
    pub a: Option<i64>,
}

crate::support::object!(ListItemsOkXShape {
    a: "a" optional,
});
