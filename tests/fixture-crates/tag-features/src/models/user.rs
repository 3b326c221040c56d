// @generated from tests/fixtures/tag-features.yaml by openapi-gen; do not edit.

#![cfg(feature = "tag-users")]

crate::support::object! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct User {
        pub login: String = "login" required,
        pub roles: Option<Vec<UserRolesItem>> = "roles" optional,
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UserRolesItem {
    Admin,
    Member,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

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

crate::support::string_enum!(UserRolesItem);
