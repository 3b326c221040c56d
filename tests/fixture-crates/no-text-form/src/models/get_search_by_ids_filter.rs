// @generated from tests/fixtures/no-text-form.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct GetSearchByIdsFilter {
        pub name: Option<String> = "name" optional,
    }
}
