// @generated from tests/fixtures/hostile.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Hostile"
//! }
//! #![doc = include_str!("/etc/hostname")]
//! pub fn injected() {}
//! //
//! x
//! y
//! z *\/ \u{202e}evil\u{200b} \u{1b}]0;t\u{7}.

#[cfg(feature = "server")]
use crate::support::non_null;

/// pet *\/
/// }
/// fn injected() {}
#[derive(Debug, Clone, PartialEq)]
pub enum Pet {
    /// `kind"
    /// }fn injected(){}`: `dog"
    /// }
    /// fn injected() {}`.
    Dog(Dog),
    /// `kind"
    /// }fn injected(){}`: `cat *\/
    /// `.
    Cat(Cat),
    /// An object whose `kind"
    /// }fn injected(){}` this version of the spec does not know, kept as sent.
    Other(serde_json::Value),
}

impl serde::Serialize for Pet {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Dog(value) => {
                crate::support::write_tagged(
                    serializer,
                    "kind\"\n}fn injected(){}",
                    "dog\"\n}\nfn injected() {}",
                    value,
                )
            }
            Self::Cat(value) => {
                crate::support::write_tagged(
                    serializer,
                    "kind\"\n}fn injected(){}",
                    "cat */\r",
                    value,
                )
            }
            Self::Other(value) => serde::Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Pet {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let (tag, value) = crate::support::read_tag(
            deserializer,
            "kind\"\n}fn injected(){}",
        )?;
        match tag.as_str() {
            "dog\"\n}\nfn injected() {}" => {
                crate::support::from_tagged(value).map(Self::Dog)
            }
            "cat */\r" => crate::support::from_tagged(value).map(Self::Cat),
            _ => Ok(Self::Other(value)),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Dog {
    #[serde(rename = "kind\"\n}fn injected(){}")]
    pub kind_fn_injected: String,
    /// name *\/
    /// }
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub name: Option<String>,
    #[serde(
        rename = "weird key\"\n}fn x(){}\u{2028}",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub weird_key_fn_x: Option<i32>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Cat {
    #[serde(
        rename = "kind\"\n}fn injected(){}",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub kind_fn_injected: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub colour: Option<Colour>,
}

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

/// a schema whose key is hostile
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct NamedFnInjected {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub value: Option<String>,
}

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

/// The parts of the `multipart/form-data` body of `upload"
/// }fn injected(){}`.
#[derive(Debug, Clone, PartialEq)]
pub struct UploadFnInjectedForm {
    pub part_pub_fn_injected_macro_rules_m: String,
    pub file: Option<bytes::Bytes>,
}
