// @generated from tests/fixtures/schemas-misc.yaml by openapi-gen; do not edit.

crate::support::object! {
    /// Properties without `type: object`.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Untyped {
        pub id: String = "id" required,
        pub anything: Option<serde_json::Value> = "anything" optional,
    }
}
