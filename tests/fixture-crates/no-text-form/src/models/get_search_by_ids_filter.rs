// @generated from tests/fixtures/no-text-form.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetSearchByIdsFilter {
    pub name: Option<String>,
}

crate::support::object!(GetSearchByIdsFilter {
    name: "name" optional,
});
