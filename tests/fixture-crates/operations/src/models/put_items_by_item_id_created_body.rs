// @generated from tests/fixtures/operations.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PutItemsByItemIdCreatedBody {
    pub id: Option<String>,
}

crate::support::object!(PutItemsByItemIdCreatedBody {
    id: "id" optional,
});
