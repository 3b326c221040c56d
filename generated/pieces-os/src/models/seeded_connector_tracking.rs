// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// SeededConnectorTracking
///
/// This model is designed to be light weight and low friction while most of the heavy lifting will be happening inside of the context servers.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SeededConnectorTracking {
    pub schema: Option<EmbeddedModelSchema>,
    pub format: Option<SeededTrackedFormatEvent>,
    pub asset: Option<SeededTrackedAssetEvent>,
    pub interaction: Option<SeededTrackedInteractionEvent>,
    pub keyboard: Option<SeededTrackedKeyboardEvent>,
    pub session: Option<SeededTrackedSessionEvent>,
    pub assets: Option<SeededTrackedAssetsEvent>,
    pub ml: Option<SeededTrackedMachineLearningEvent>,
    pub adoption: Option<SeededTrackedAdoptionEvent>,
    pub conversation: Option<SeededTrackedConversationEvent>,
}

crate::support::object!(SeededConnectorTracking {
    schema: "schema" optional,
    format: "format" optional,
    asset: "asset" optional,
    interaction: "interaction" optional,
    keyboard: "keyboard" optional,
    session: "session" optional,
    assets: "assets" optional,
    ml: "ml" optional,
    adoption: "adoption" optional,
    conversation: "conversation" optional,
});
