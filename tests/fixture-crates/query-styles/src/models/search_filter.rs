// @generated from tests/fixtures/query-styles.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq, Default)]
pub struct SearchFilter {
    pub name: Option<String>,
    pub min: Option<i32>,
}

crate::support::object!(SearchFilter {
    name: "name" optional,
    min: "min" optional,
});
