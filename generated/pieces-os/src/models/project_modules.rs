// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// ProjectModules
    ///
    /// This is a plural representation of the ProjectModule
    #[derive(Debug, Clone, PartialEq)]
    pub struct ProjectModules {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub iterable: Vec<ProjectModule> = "iterable" required,
    }
}
