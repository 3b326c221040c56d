// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// AnalyticsTrackedAdoptionEventIdentifierDescriptionPairs
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct AnalyticsTrackedAdoptionEventIdentifierDescriptionPairs {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub adoption_install: Option<AnalyticsTrackedAdoptionEventIdentifierDescriptionPairsAdoptionInstall> =
            "adoption_install" optional,
        pub adoption_uninstall: Option<AnalyticsTrackedAdoptionEventIdentifierDescriptionPairsAdoptionUninstall> =
            "adoption_uninstall" optional,
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AnalyticsTrackedAdoptionEventIdentifierDescriptionPairsAdoptionInstall {
    TheUserHasInstalledAPiecesApplication,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl AnalyticsTrackedAdoptionEventIdentifierDescriptionPairsAdoptionInstall {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TheUserHasInstalledAPiecesApplication => {
                "the_user_has_installed_a_pieces_application"
            }
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr
for AnalyticsTrackedAdoptionEventIdentifierDescriptionPairsAdoptionInstall {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "the_user_has_installed_a_pieces_application" => {
                Self::TheUserHasInstalledAPiecesApplication
            }
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(
    AnalyticsTrackedAdoptionEventIdentifierDescriptionPairsAdoptionInstall
);

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AnalyticsTrackedAdoptionEventIdentifierDescriptionPairsAdoptionUninstall {
    TheUserHasUninstalledAPiecesApplication,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl AnalyticsTrackedAdoptionEventIdentifierDescriptionPairsAdoptionUninstall {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TheUserHasUninstalledAPiecesApplication => {
                "the_user_has_uninstalled_a_pieces_application"
            }
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr
for AnalyticsTrackedAdoptionEventIdentifierDescriptionPairsAdoptionUninstall {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "the_user_has_uninstalled_a_pieces_application" => {
                Self::TheUserHasUninstalledAPiecesApplication
            }
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(
    AnalyticsTrackedAdoptionEventIdentifierDescriptionPairsAdoptionUninstall
);
