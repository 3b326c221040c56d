// @generated from tests/fixtures/hostile.yaml by openapi-gen; do not edit.

/// colour
/// *\/
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Colour {
    RedDocIncludeStrEtcHostname,
    Green,
    Blue,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl Colour {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RedDocIncludeStrEtcHostname => {
                "red\"\n}\n#[doc = include_str!(\"/etc/hostname\")]"
            }
            Self::Green => "green */",
            Self::Blue => "blue\u{2028}\u{202e}",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for Colour {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "red\"\n}\n#[doc = include_str!(\"/etc/hostname\")]" => {
                Self::RedDocIncludeStrEtcHostname
            }
            "green */" => Self::Green,
            "blue\u{2028}\u{202e}" => Self::Blue,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(Colour);
