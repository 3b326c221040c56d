// @generated from tests/fixtures/swagger2-bodies.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct LoginRequest {
        pub user: String = "user" required,
        pub remember: Option<bool> = "remember" optional,
    }
}
