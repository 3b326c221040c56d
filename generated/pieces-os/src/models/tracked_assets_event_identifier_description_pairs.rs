// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// TrackedAssetsEventIdentifierDescriptionPairs
    ///
    /// These are all of the available event types that are permitted in an object pair notation.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct TrackedAssetsEventIdentifierDescriptionPairs {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        /// A If the assets were searched
        pub assets_searched: Option<TrackedAssetsEventIdentifierDescriptionPairsAssetsSearched> =
            "assets_searched" optional,
    }
}

/// A If the assets were searched
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedAssetsEventIdentifierDescriptionPairsAssetsSearched {
    AssetsWereSearched,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedAssetsEventIdentifierDescriptionPairsAssetsSearched {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AssetsWereSearched => "assets_were_searched",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for TrackedAssetsEventIdentifierDescriptionPairsAssetsSearched {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "assets_were_searched" => Self::AssetsWereSearched,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(TrackedAssetsEventIdentifierDescriptionPairsAssetsSearched);
