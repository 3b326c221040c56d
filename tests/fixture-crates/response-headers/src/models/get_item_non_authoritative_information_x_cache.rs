// @generated from tests/fixtures/response-headers.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum GetItemNonAuthoritativeInformationXCache {
    Hit,
    Stale,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl GetItemNonAuthoritativeInformationXCache {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Hit => "hit",
            Self::Stale => "stale",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for GetItemNonAuthoritativeInformationXCache {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "hit" => Self::Hit,
            "stale" => Self::Stale,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(GetItemNonAuthoritativeInformationXCache);
