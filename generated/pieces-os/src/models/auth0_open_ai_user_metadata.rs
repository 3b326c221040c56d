// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// Auth0OpenAIUserMetadata
    ///
    /// Only supporting a single api key per user.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct Auth0OpenAiUserMetadata {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub api_key: Option<String> = "api_key" optional,
        pub api_key_name: Option<String> = "api_key_name" optional,
        pub organization_key: Option<String> = "organization_key" optional,
    }
}
