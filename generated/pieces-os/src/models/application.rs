// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// Application
///
/// A Model to describe what application a format/analytics event originated.
#[derive(Debug, Clone, PartialEq)]
pub struct Application {
    pub schema: Option<EmbeddedModelSchema>,
    /// The ID of the application at the device level
    pub id: String,
    pub name: ApplicationNameEnum,
    /// This is the specific version number 0.0.0
    pub version: String,
    pub platform: Option<PlatformEnum>,
    pub onboarded: bool,
    pub privacy: PrivacyEnum,
    pub capabilities: Option<CapabilitiesEnum>,
    pub mechanism: Option<MechanismEnum>,
    /// This is a proper that will let us know if we will proactivity unload all of your machine learning models.by default this is false.
    pub automatic_unload: Option<bool>,
    pub enrichment: Option<SeededAssetEnrichment>,
}

crate::support::object!(Application {
    schema: "schema" optional,
    id: "id" required,
    name: "name" required,
    version: "version" required,
    platform: "platform" optional,
    onboarded: "onboarded" required,
    privacy: "privacy" required,
    capabilities: "capabilities" optional,
    mechanism: "mechanism" optional,
    automatic_unload: "automaticUnload" optional,
    enrichment: "enrichment" optional,
});
