// @generated from tests/fixtures/oas31-const.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct Event {
        /// Always `created`.
        pub kind: EventKind = "kind" required,
        pub version: EventVersion = "version" required,
        pub score: f64 = "score" required,
        pub anything: Option<serde_json::Value> = "anything" optional,
        pub meta: Option<serde_json::Map<String, serde_json::Value>> = "meta" optional,
    }
}

/// Always `created`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum EventKind {
    Created,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl EventKind {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Created => "created",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for EventKind {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "created" => Self::Created,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(EventKind);

#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    Copy,
    Eq,
    Hash,
    PartialOrd,
    Ord
)]
#[serde(transparent)]
pub struct EventVersion(pub i64);

impl EventVersion {
    pub const VALUE_2: Self = Self(2);
}

impl std::fmt::Display for EventVersion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::str::FromStr for EventVersion {
    type Err = std::num::ParseIntError;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        value.parse().map(Self)
    }
}
