// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// UserBetaStatus
///
/// This is used to either grant or remove a specific provider betastatus
#[derive(Debug, Clone, PartialEq)]
pub struct UserBetaStatus {
    pub schema: Option<EmbeddedModelSchema>,
    pub auth0: Option<Auth0UserBetaStatus>,
    pub user: String,
}

crate::support::object!(UserBetaStatus {
    schema: "schema" optional,
    auth0: "auth0" optional,
    user: "user" required,
});
