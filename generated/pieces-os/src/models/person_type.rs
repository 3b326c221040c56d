// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// PersonType
    ///
    /// basic or platform is absolutely required here.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct PersonType {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub basic: Option<PersonBasicType> = "basic" optional,
        pub platform: Option<UserProfile> = "platform" optional,
    }
}
