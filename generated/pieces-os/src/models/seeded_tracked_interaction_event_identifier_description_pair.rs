// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

#[cfg(feature = "server")]
use crate::support::non_null;
use super::*;

/// SeededTrackedInteractionEventIdentifierDescriptionPairs
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct SeededTrackedInteractionEventIdentifierDescriptionPairs {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub assets_list_refreshed: Option<
        SeededTrackedInteractionEventIdentifierDescriptionPairsAssetsListRefreshed,
    >,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SeededTrackedInteractionEventIdentifierDescriptionPairsAssetsListRefreshed {
    TheAssetsListWasRefreshedThroughUiElement,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl SeededTrackedInteractionEventIdentifierDescriptionPairsAssetsListRefreshed {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TheAssetsListWasRefreshedThroughUiElement => {
                "the_assets_list_was_refreshed_through_ui_element"
            }
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr
for SeededTrackedInteractionEventIdentifierDescriptionPairsAssetsListRefreshed {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "the_assets_list_was_refreshed_through_ui_element" => {
                Self::TheAssetsListWasRefreshedThroughUiElement
            }
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}
crate::support::string_enum!(
    SeededTrackedInteractionEventIdentifierDescriptionPairsAssetsListRefreshed
);
