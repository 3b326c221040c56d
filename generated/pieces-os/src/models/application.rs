// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

#[cfg(feature = "server")]
use crate::support::non_null;
use super::*;

/// Application
///
/// A Model to describe what application a format/analytics event originated.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Application {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    /// The ID of the application at the device level
    pub id: String,
    pub name: ApplicationNameEnum,
    /// This is the specific version number 0.0.0
    pub version: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub platform: Option<PlatformEnum>,
    pub onboarded: bool,
    pub privacy: PrivacyEnum,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub capabilities: Option<CapabilitiesEnum>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub mechanism: Option<MechanismEnum>,
    /// This is a proper that will let us know if we will proactivity unload all of your machine learning models.by default this is false.
    #[serde(rename = "automaticUnload", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub automatic_unload: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub enrichment: Option<SeededAssetEnrichment>,
}
