// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// Auth0OpenAIUserMetadata
///
/// Only supporting a single api key per user.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Auth0OpenAiUserMetadata {
    pub schema: Option<EmbeddedModelSchema>,
    pub api_key: Option<String>,
    pub api_key_name: Option<String>,
    pub organization_key: Option<String>,
}

crate::support::object!(Auth0OpenAiUserMetadata {
    schema: "schema" optional,
    api_key: "api_key" optional,
    api_key_name: "api_key_name" optional,
    organization_key: "organization_key" optional,
});
