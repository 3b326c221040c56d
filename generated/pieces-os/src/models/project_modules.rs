// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// ProjectModules
///
/// This is a plural representation of the ProjectModule
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectModules {
    pub schema: Option<EmbeddedModelSchema>,
    pub iterable: Vec<ProjectModule>,
}

crate::support::object!(ProjectModules {
    schema: "schema" optional,
    iterable: "iterable" required,
});
