// @generated from tests/fixtures/schemas-misc.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct Account {
        pub id: Option<String> = "id" optional,
        pub password: Option<String> = "password" optional,
        pub login: String = "login" required,
        pub created: Option<String> = "created" optional,
    }
}
