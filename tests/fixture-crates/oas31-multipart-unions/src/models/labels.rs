// @generated from tests/fixtures/oas31-multipart-unions.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct Labels {
        pub main: Option<String> = "main" optional,
    }
}
