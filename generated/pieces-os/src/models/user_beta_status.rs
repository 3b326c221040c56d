// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// UserBetaStatus
    ///
    /// This is used to either grant or remove a specific provider betastatus
    #[derive(Debug, Clone, PartialEq)]
    pub struct UserBetaStatus {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub auth0: Option<Auth0UserBetaStatus> = "auth0" optional,
        pub user: String = "user" required,
    }
}
