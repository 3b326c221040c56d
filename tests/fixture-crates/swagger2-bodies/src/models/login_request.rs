// @generated from tests/fixtures/swagger2-bodies.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq)]
pub struct LoginRequest {
    pub user: String,
    pub remember: Option<bool>,
}

crate::support::object!(LoginRequest {
    user: "user" required,
    remember: "remember" optional,
});
