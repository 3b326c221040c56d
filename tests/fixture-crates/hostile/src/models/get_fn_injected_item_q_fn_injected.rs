// @generated from tests/fixtures/hostile.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq, Default, Eq, Hash)]
pub enum GetFnInjectedItemQFnInjected {
    #[default]
    ADocIncludeStrEtcHostname,
    Plain,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl GetFnInjectedItemQFnInjected {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ADocIncludeStrEtcHostname => {
                "a\"\n}\n#[doc = include_str!(\"/etc/hostname\")]"
            }
            Self::Plain => "plain",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for GetFnInjectedItemQFnInjected {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "a\"\n}\n#[doc = include_str!(\"/etc/hostname\")]" => {
                Self::ADocIncludeStrEtcHostname
            }
            "plain" => Self::Plain,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(GetFnInjectedItemQFnInjected);
