// @generated from tests/fixtures/names.yaml by openapi-gen; do not edit.

#![cfg(feature = "tag-admin-users")]

crate::support::object! {
    /// Named like the parameters struct of `get-user`.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct GetUserParams {
        pub id: Option<String> = "id" optional,
    }
}
