// @generated from tests/fixtures/oas31-document.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq, Default)]
    #[closed]
    pub struct Status {
        pub point: Option<Vec<serde_json::Value>> = "point" optional,
        pub mode: Option<String> = "mode" optional,
    }
}
