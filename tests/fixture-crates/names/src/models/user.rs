// @generated from tests/fixtures/names.yaml by openapi-gen; do not edit.

#![cfg(any(feature = "tag-admin-users", feature = "tag-default-api"))]

/// Properties that differ only in case or punctuation.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct User {
    pub user_id: Option<String>,
    pub user_id2: Option<String>,
    pub user_id3: Option<String>,
    pub user_id4: Option<String>,
    pub type_: Option<String>,
    pub match_: Option<String>,
    pub self_: Option<String>,
    pub self2: Option<String>,
    pub crate_: Option<String>,
    pub async_: Option<String>,
    pub n1st: Option<String>,
    pub 名前: Option<String>,
    pub größe: Option<i64>,
    pub additional_properties: Option<String>,
}

crate::support::object!(User {
    user_id: "user_id" optional,
    user_id2: "userId" optional,
    user_id3: "user-id" optional,
    user_id4: "UserID" optional,
    type_: "type" optional,
    match_: "match" optional,
    self_: "self" optional,
    self2: "Self" optional,
    crate_: "crate" optional,
    async_: "async" optional,
    n1st: "1st" optional,
    名前: "名前" optional,
    größe: "größe" optional,
    additional_properties: "additional_properties" optional,
});
