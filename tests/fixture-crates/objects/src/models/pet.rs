// @generated from tests/fixtures/objects.yaml by openapi-gen; do not edit.

crate::support::object! {
    /// A pet.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Pet {
        pub id: Option<i64> = "id" optional,
        /// The pet's name.
        pub name: String = "name" required,
        pub type_: Option<String> = "type" optional,
        pub match_: Option<bool> = "match" optional,
        pub self_: Option<String> = "self" optional,
        pub owner: Option<PetOwner> = "owner" optional,
        pub tags: Option<Vec<PetTagsItem>> = "tags" optional,
    }
}

crate::support::object! {
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct PetOwner {
        pub address: Option<PetOwnerAddress> = "address" optional,
    }
}

crate::support::object! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct PetOwnerAddress {
        pub city: String = "city" required,
    }
}

crate::support::object! {
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct PetTagsItem {
        pub label: Option<String> = "label" optional,
    }
}
