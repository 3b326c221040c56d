// @generated from tests/fixtures/oas31-nullable.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct Thing {
        pub name: String = "name" required,
        /// A required key whose value may be null.
        pub note: Option<String> = "note" required_or_null,
        pub count: Option<i32> = "count" optional_or_null,
        /// A pydantic-style optional reference.
        pub owner: Option<Owner> = "owner" required_or_null,
        pub legacy: Option<String> = "legacy" optional_or_null,
        /// Several types, no null; a union of the two.
        pub id_or_name: Option<ThingIdOrName> = "idOrName" optional,
    }
}

/// Several types, no null; a union of the two.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum ThingIdOrName {
    Variant0(i64),
    Variant1(String),
}

impl std::fmt::Display for ThingIdOrName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Variant0(value) => value.fmt(f),
            Self::Variant1(value) => value.fmt(f),
        }
    }
}

impl std::str::FromStr for ThingIdOrName {
    type Err = String;

    /// Tries the alternatives in the order the spec lists them.
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        value
            .parse()
            .map(Self::Variant0)
            .or_else(|_| value.parse().map(Self::Variant1))
            .map_err(|_| {
                "matches none of the alternatives of `ThingIdOrName`".to_string()
            })
    }
}
