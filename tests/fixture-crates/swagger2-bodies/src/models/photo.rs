// @generated from tests/fixtures/swagger2-bodies.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct Photo {
        pub size: i64 = "size" required,
        pub caption: Option<String> = "caption" optional,
    }
}
