// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// Recipients
    ///
    /// This an iterable of People that are attached to a specific distribution ie, slack, maigun, ...etc
    #[derive(Debug, Clone, PartialEq)]
    pub struct Recipients {
        pub iterable: Vec<PersonBasicType> = "iterable" required,
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
    }
}
