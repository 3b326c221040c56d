// @generated from tests/fixtures/names.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Names.

#![cfg_attr(not(feature = "all-tags"), allow(unused_imports))]
#[cfg(feature = "server")]
use crate::support::non_null;

/// Properties that differ only in case or punctuation.
#[cfg(any(feature = "tag-admin-users", feature = "tag-default-api"))]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct User {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub user_id: Option<String>,
    #[serde(rename = "userId", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub user_id2: Option<String>,
    #[serde(rename = "user-id", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub user_id3: Option<String>,
    #[serde(rename = "UserID", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub user_id4: Option<String>,
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub type_: Option<String>,
    #[serde(rename = "match", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub match_: Option<String>,
    #[serde(rename = "self", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub self_: Option<String>,
    #[serde(rename = "Self", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub self2: Option<String>,
    #[serde(rename = "crate", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub crate_: Option<String>,
    #[serde(rename = "async", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub async_: Option<String>,
    #[serde(rename = "1st", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub n1st: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub 名前: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub größe: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub additional_properties: Option<String>,
}

#[cfg(feature = "all-tags")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Pet {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub name: Option<String>,
}

/// Differs from `Pet` only in case.
#[cfg(feature = "all-tags")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Pet2 {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub name: Option<String>,
}

#[cfg(feature = "all-tags")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Pet3 {
    Dog,
    Cat,
    Dog2,
    Dog3,
    DOG,
    Self_,
    Self2,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

#[cfg(feature = "all-tags")]
impl Pet3 {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Dog => "dog",
            Self::Cat => "cat",
            Self::Dog2 => "Dog",
            Self::Dog3 => "DOG",
            Self::DOG => "d-o-g",
            Self::Self_ => "self",
            Self::Self2 => "Self",
            Self::Other(value) => value,
        }
    }
}

#[cfg(feature = "all-tags")]
impl std::str::FromStr for Pet3 {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "dog" => Self::Dog,
            "cat" => Self::Cat,
            "Dog" => Self::Dog2,
            "DOG" => Self::Dog3,
            "d-o-g" => Self::DOG,
            "self" => Self::Self_,
            "Self" => Self::Self2,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

#[cfg(feature = "all-tags")]
crate::support::string_enum!(Pet3);

/// Starts with a digit.
#[cfg(feature = "all-tags")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct N2fa {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub code: Option<String>,
}

/// Non-ASCII.
#[cfg(feature = "all-tags")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Café {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub crème: Option<String>,
}

#[cfg(feature = "all-tags")]
pub type Type = String;

#[cfg(feature = "all-tags")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Self_ {
    #[serde(rename = "self", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub self_: Option<Box<Self_>>,
}

#[cfg(feature = "all-tags")]
pub type Crate = i64;

/// Named like the generated client.
#[cfg(feature = "tag-default-api")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Client {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub error: Option<Error>,
}

/// Named like the client's error type.
#[cfg(any(feature = "tag-client", feature = "tag-default-api"))]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Error {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub message: Option<String>,
}

#[cfg(feature = "all-tags")]
pub type ApiError = String;

#[cfg(feature = "all-tags")]
pub type Problem = String;

#[cfg(feature = "all-tags")]
pub type Integer = String;

#[cfg(feature = "all-tags")]
pub type Base64 = String;

#[cfg(feature = "all-tags")]
pub type ResultModel = String;

#[cfg(feature = "all-tags")]
pub type OptionModel = String;

#[cfg(feature = "all-tags")]
pub type Response = String;

#[cfg(feature = "all-tags")]
pub type Request = String;

#[cfg(feature = "all-tags")]
pub type Router = String;

#[cfg(feature = "all-tags")]
pub type Method = String;

pub type StatusCode = String;

#[cfg(feature = "all-tags")]
pub type Models = String;

#[cfg(feature = "all-tags")]
pub type Serde = String;

#[cfg(feature = "all-tags")]
pub type Std = String;

/// Named like the parameters struct of `get-user`.
#[cfg(feature = "tag-admin-users")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct GetUserParams {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub id: Option<String>,
}

#[cfg(feature = "tag-admin-users")]
pub type GetUserError = String;

#[cfg(feature = "tag-admin-users")]
pub type GetUserResponse = String;

/// Named like the inline request body of `new` would be.
#[cfg(feature = "all-tags")]
pub type NewRequest = String;

#[cfg(feature = "tag-default-api")]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct AVeryLongSchemaNameThatKeepsGoingAVeryLongSchemaNameThatKeepsGoingAVeryLongSchemaNameThatKeepsGoingAVeryLongSchemaNameThatKeepsGoingAVeryLongSchemaNameThatKeepsGoingAVeryLongSchemaNameThatKeepsGoingAv {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_th: Option<
        String,
    >,
}
