// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// Applications
    ///
    /// A list of all the applications
    #[derive(Debug, Clone, PartialEq)]
    pub struct Applications {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub iterable: Vec<Application> = "iterable" required,
    }
}
