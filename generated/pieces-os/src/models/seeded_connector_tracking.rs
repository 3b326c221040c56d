// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// SeededConnectorTracking
    ///
    /// This model is designed to be light weight and low friction while most of the heavy lifting will be happening inside of the context servers.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct SeededConnectorTracking {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub format: Option<SeededTrackedFormatEvent> = "format" optional,
        pub asset: Option<SeededTrackedAssetEvent> = "asset" optional,
        pub interaction: Option<SeededTrackedInteractionEvent> = "interaction" optional,
        pub keyboard: Option<SeededTrackedKeyboardEvent> = "keyboard" optional,
        pub session: Option<SeededTrackedSessionEvent> = "session" optional,
        pub assets: Option<SeededTrackedAssetsEvent> = "assets" optional,
        pub ml: Option<SeededTrackedMachineLearningEvent> = "ml" optional,
        pub adoption: Option<SeededTrackedAdoptionEvent> = "adoption" optional,
        pub conversation: Option<SeededTrackedConversationEvent> = "conversation" optional,
    }
}
