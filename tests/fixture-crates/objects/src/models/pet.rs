// @generated from tests/fixtures/objects.yaml by openapi-gen; do not edit.

/// A pet.
#[derive(Debug, Clone, PartialEq)]
pub struct Pet {
    pub id: Option<i64>,
    /// The pet's name.
    pub name: String,
    pub type_: Option<String>,
    pub match_: Option<bool>,
    pub self_: Option<String>,
    pub owner: Option<PetOwner>,
    pub tags: Option<Vec<PetTagsItem>>,
}

crate::support::object!(Pet {
    id: "id" optional,
    name: "name" required,
    type_: "type" optional,
    match_: "match" optional,
    self_: "self" optional,
    owner: "owner" optional,
    tags: "tags" optional,
});

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PetOwner {
    pub address: Option<PetOwnerAddress>,
}

crate::support::object!(PetOwner {
    address: "address" optional,
});

#[derive(Debug, Clone, PartialEq)]
pub struct PetOwnerAddress {
    pub city: String,
}

crate::support::object!(PetOwnerAddress {
    city: "city" required,
});

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PetTagsItem {
    pub label: Option<String>,
}

crate::support::object!(PetTagsItem {
    label: "label" optional,
});
