// @generated from tests/fixtures/names.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Names.

/// Properties that differ only in case or punctuation.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct User {
    /// The `user_id` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub user_id: Option<String>,
    /// The `userId` property.
    #[serde(
        rename = "userId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub user_id2: Option<String>,
    /// The `user-id` property.
    #[serde(
        rename = "user-id",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub user_id3: Option<String>,
    /// The `UserID` property.
    #[serde(
        rename = "UserID",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub user_id4: Option<String>,
    /// The `type` property.
    #[serde(
        rename = "type",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub type_: Option<String>,
    /// The `match` property.
    #[serde(
        rename = "match",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub match_: Option<String>,
    /// The `self` property.
    #[serde(
        rename = "self",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub self_: Option<String>,
    /// The `Self` property.
    #[serde(
        rename = "Self",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub self2: Option<String>,
    /// The `crate` property.
    #[serde(
        rename = "crate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub crate_: Option<String>,
    /// The `async` property.
    #[serde(
        rename = "async",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub async_: Option<String>,
    /// The `1st` property.
    #[serde(
        rename = "1st",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub n1st: Option<String>,
    /// The `名前` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub 名前: Option<String>,
    /// The `größe` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub größe: Option<crate::Integer>,
    /// The `additional_properties` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub additional_properties: Option<String>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties2: serde_json::Map<String, serde_json::Value>,
}

/// The `Pet` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Pet {
    /// The `name` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub name: Option<String>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// Differs from `Pet` only in case.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Pet2 {
    /// The `name` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub name: Option<String>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// The `PET` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum Pet3 {
    /// `dog`
    #[serde(rename = "dog")]
    Dog,
    /// `cat`
    #[serde(rename = "cat")]
    Cat,
    /// `Dog`
    #[serde(rename = "Dog")]
    Dog2,
    /// `DOG`
    #[serde(rename = "DOG")]
    Dog3,
    /// `d-o-g`
    #[serde(rename = "d-o-g")]
    DOG,
    /// `self`
    #[serde(rename = "self")]
    Self_,
    /// `Self`
    #[serde(rename = "Self")]
    Self2,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
    Other(String),
}

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

impl std::fmt::Display for Pet3 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

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

/// Starts with a digit.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct N2fa {
    /// The `code` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub code: Option<String>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// Non-ASCII.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Café {
    /// The `crème` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub crème: Option<String>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// The `type` schema.
pub type Type = String;

/// The `Self` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Self_ {
    /// The `self` property.
    #[serde(
        rename = "self",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub self_: Option<Box<Self_>>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// The `crate` schema.
pub type Crate = crate::Integer;

/// Named like the generated client.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Client {
    /// The `error` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub error: Option<Error>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// Named like the client's error type.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Error {
    /// The `message` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub message: Option<String>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// The `ApiError` schema.
pub type ApiError = String;

/// The `Problem` schema.
pub type Problem = String;

/// The `Integer` schema.
pub type Integer = String;

/// The `Base64` schema.
pub type Base64 = String;

/// The `Result` schema.
pub type ResultModel = String;

/// The `Option` schema.
pub type OptionModel = String;

/// The `Response` schema.
pub type Response = String;

/// The `Request` schema.
pub type Request = String;

/// The `Router` schema.
pub type Router = String;

/// The `Method` schema.
pub type Method = String;

/// The `StatusCode` schema.
pub type StatusCode = String;

/// The `Models` schema.
pub type Models = String;

/// The `serde` schema.
pub type Serde = String;

/// The `std` schema.
pub type Std = String;

/// Named like the parameters struct of `get-user`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct GetUserParams {
    /// The `id` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub id: Option<String>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// The `GetUserError` schema.
pub type GetUserError = String;

/// The `GetUserResponse` schema.
pub type GetUserResponse = String;

/// Named like the inline request body of `new` would be.
pub type NewRequest = String;

/// The `AVeryLongSchemaNameThatKeepsGoingAVeryLongSchemaNameThatKeepsGoingAVeryLongSchemaNameThatKeepsGoingAVeryLongSchemaNameThatKeepsGoingAVeryLongSchemaNameThatKeepsGoingAVeryLongSchemaNameThatKeepsGoingAV` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct AVeryLongSchemaNameThatKeepsGoingAVeryLongSchemaNameThatKeepsGoingAVeryLongSchemaNameThatKeepsGoingAVeryLongSchemaNameThatKeepsGoingAVeryLongSchemaNameThatKeepsGoingAVeryLongSchemaNameThatKeepsGoingAv {
    /// The `a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_th` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_th: Option<
        String,
    >,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
