// @generated from tests/fixtures/schemas-misc.yaml by openapi-gen; do not edit.

/// Properties without `type: object`.
#[derive(Debug, Clone, PartialEq)]
pub struct Untyped {
    pub id: String,
    pub anything: Option<serde_json::Value>,
}

crate::support::object!(Untyped {
    id: "id" required,
    anything: "anything" optional,
});
