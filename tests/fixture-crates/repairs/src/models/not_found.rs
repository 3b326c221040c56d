// @generated from tests/fixtures/repairs.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct NotFound {
        pub message: Option<String> = "message" optional,
    }
}
