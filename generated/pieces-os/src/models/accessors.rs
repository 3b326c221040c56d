// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// Accessors
    #[derive(Debug, Clone, PartialEq)]
    pub struct Accessors {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub iterable: Vec<Accessor> = "iterable" required,
    }
}
