// @generated from tests/fixtures/query-styles.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Page {
    pub offset: Option<i32>,
    pub limit: Option<i32>,
}

crate::support::object!(Page {
    offset: "offset" optional,
    limit: "limit" optional,
});
