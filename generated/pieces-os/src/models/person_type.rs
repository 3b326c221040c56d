// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// PersonType
///
/// basic or platform is absolutely required here.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PersonType {
    pub schema: Option<EmbeddedModelSchema>,
    pub basic: Option<PersonBasicType>,
    pub platform: Option<UserProfile>,
}

crate::support::object!(PersonType {
    schema: "schema" optional,
    basic: "basic" optional,
    platform: "platform" optional,
});
