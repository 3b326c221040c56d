// @generated from tests/fixtures/oas31-multipart-unions.yaml by openapi-gen; do not edit.

crate::support::object! {
    /// Labels merged from two parts.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct UploadFileLabels {
        pub main: Option<String> = "main" optional,
        pub extra: Option<String> = "extra" optional,
    }
}
