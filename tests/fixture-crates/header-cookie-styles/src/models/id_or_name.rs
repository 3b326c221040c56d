// @generated from tests/fixtures/header-cookie-styles.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum IdOrName {
    Variant0(i64),
    Variant1(String),
}

impl std::fmt::Display for IdOrName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Variant0(value) => value.fmt(f),
            Self::Variant1(value) => value.fmt(f),
        }
    }
}

impl std::str::FromStr for IdOrName {
    type Err = String;

    /// Tries the alternatives in the order the spec lists them.
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        value
            .parse()
            .map(Self::Variant0)
            .or_else(|_| value.parse().map(Self::Variant1))
            .map_err(|_| "matches none of the alternatives of `IdOrName`".to_string())
    }
}
