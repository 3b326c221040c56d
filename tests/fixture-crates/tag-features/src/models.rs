// @generated from tests/fixtures/tag-features.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Tag features.

#![cfg_attr(not(feature = "all-tags"), allow(unused_imports))]
#[cfg(feature = "server")]
use crate::support::non_null;

#[cfg(feature = "tag-pets")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Pet {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub kind: Option<PetKind>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub labels: Option<Vec<Label>>,
}

#[cfg(feature = "tag-pets")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PetKind {
    Cat,
    Dog,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

#[cfg(feature = "tag-pets")]
impl PetKind {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cat => "cat",
            Self::Dog => "dog",
            Self::Other(value) => value,
        }
    }
}

#[cfg(feature = "tag-pets")]
impl std::str::FromStr for PetKind {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "cat" => Self::Cat,
            "dog" => Self::Dog,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

#[cfg(feature = "tag-pets")]
crate::support::string_enum!(PetKind);

#[cfg(any(feature = "tag-pets", feature = "tag-stores"))]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Label {
    New,
    Sale,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

#[cfg(any(feature = "tag-pets", feature = "tag-stores"))]
impl Label {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::New => "new",
            Self::Sale => "sale",
            Self::Other(value) => value,
        }
    }
}

#[cfg(any(feature = "tag-pets", feature = "tag-stores"))]
impl std::str::FromStr for Label {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "new" => Self::New,
            "sale" => Self::Sale,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

#[cfg(any(feature = "tag-pets", feature = "tag-stores"))]
crate::support::string_enum!(Label);

#[cfg(feature = "tag-stores")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Store {
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub address: Option<Address>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub featured: Option<Vec<Label>>,
}

#[cfg(feature = "tag-stores")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Address {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub street: Option<String>,
}

#[cfg(feature = "tag-users")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct User {
    pub login: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub roles: Option<Vec<UserRolesItem>>,
}

#[cfg(feature = "tag-users")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UserRolesItem {
    Admin,
    Member,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

#[cfg(feature = "tag-users")]
impl UserRolesItem {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Admin => "admin",
            Self::Member => "member",
            Self::Other(value) => value,
        }
    }
}

#[cfg(feature = "tag-users")]
impl std::str::FromStr for UserRolesItem {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "admin" => Self::Admin,
            "member" => Self::Member,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

#[cfg(feature = "tag-users")]
crate::support::string_enum!(UserRolesItem);

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Problem {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub title: Option<String>,
}

/// Reached by no operation, so only `all-tags` compiles it.
#[cfg(feature = "all-tags")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Unused {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub note: Option<String>,
}

/// The documented headers of the `200` response of `ListPets`.
#[cfg(feature = "tag-pets")]
#[derive(Debug, Clone, PartialEq)]
pub struct ListPetsOkHeaders {
    pub x_total: Option<i64>,
}

#[cfg(feature = "tag-pets")]
#[cfg(feature = "client")]
impl ListPetsOkHeaders {
    pub(crate) fn read<E>(
        response: &crate::support::client::Response,
    ) -> Result<Self, crate::support::client::Error<E>> {
        use crate::support::client::parse;
        Ok(Self {
            x_total: response.header("x-total", parse::scalar),
        })
    }
}

#[cfg(feature = "tag-pets")]
#[cfg(feature = "server")]
impl ListPetsOkHeaders {
    pub(crate) fn write(&self, headers: &mut axum::http::HeaderMap) {
        use crate::support::server::{put_header, text};
        put_header(headers, "x-total", self.x_total.as_ref(), text::scalar);
    }
}
