// @generated from tests/fixtures/tag-features.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct Problem {
        pub title: Option<String> = "title" optional,
    }
}
