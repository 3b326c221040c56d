// @generated from tests/fixtures/repairs.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq, Default)]
pub struct NotFound {
    pub message: Option<String>,
}

crate::support::object!(NotFound {
    message: "message" optional,
});
