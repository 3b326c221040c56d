// @generated from tests/fixtures/names.yaml by openapi-gen; do not edit.

#![cfg(any(feature = "tag-admin-users", feature = "tag-default-api"))]

crate::support::object! {
    /// Properties that differ only in case or punctuation.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct User {
        pub user_id: Option<String> = "user_id" optional,
        pub user_id2: Option<String> = "userId" optional,
        pub user_id3: Option<String> = "user-id" optional,
        pub user_id4: Option<String> = "UserID" optional,
        pub type_: Option<String> = "type" optional,
        pub match_: Option<String> = "match" optional,
        pub self_: Option<String> = "self" optional,
        pub self2: Option<String> = "Self" optional,
        pub crate_: Option<String> = "crate" optional,
        pub async_: Option<String> = "async" optional,
        pub n1st: Option<String> = "1st" optional,
        pub 名前: Option<String> = "名前" optional,
        pub größe: Option<i64> = "größe" optional,
        pub additional_properties: Option<String> = "additional_properties" optional,
    }
}
