// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// Auth0UserBetaStatus
    ///
    /// Note: continuous: this means that from this moment in time, the user is continuously opted into beta
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct Auth0UserBetaStatus {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub vision: Option<AnonymousTemporalRange> = "vision" optional,
    }
}
