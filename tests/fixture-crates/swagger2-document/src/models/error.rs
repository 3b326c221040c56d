// @generated from tests/fixtures/swagger2-document.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct Error {
        pub message: Option<String> = "message" optional,
    }
}
