// @generated from tests/fixtures/schemas-misc.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq)]
pub struct Account {
    pub id: Option<String>,
    pub password: Option<String>,
    pub login: String,
    pub created: Option<String>,
}

crate::support::object!(Account {
    id: "id" optional,
    password: "password" optional,
    login: "login" required,
    created: "created" optional,
});
