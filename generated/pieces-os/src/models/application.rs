// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// Application
    ///
    /// A Model to describe what application a format/analytics event originated.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Application {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        /// The ID of the application at the device level
        pub id: String = "id" required,
        pub name: ApplicationNameEnum = "name" required,
        /// This is the specific version number 0.0.0
        pub version: String = "version" required,
        pub platform: Option<PlatformEnum> = "platform" optional,
        pub onboarded: bool = "onboarded" required,
        pub privacy: PrivacyEnum = "privacy" required,
        pub capabilities: Option<CapabilitiesEnum> = "capabilities" optional,
        pub mechanism: Option<MechanismEnum> = "mechanism" optional,
        /// This is a proper that will let us know if we will proactivity unload all of your machine learning models.by default this is false.
        pub automatic_unload: Option<bool> = "automaticUnload" optional,
        pub enrichment: Option<SeededAssetEnrichment> = "enrichment" optional,
    }
}
