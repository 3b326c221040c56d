// @generated from tests/fixtures/operations.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct PutItemsByItemIdCreatedBody {
        pub id: Option<String> = "id" optional,
    }
}
