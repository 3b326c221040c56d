// @generated from tests/fixtures/swagger2-schemas.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct Shape {
        pub kind: String = "kind" required,
        pub label: Option<String> = "label" optional_or_null,
    }
}
