// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// Applications
///
/// A list of all the applications
#[derive(Debug, Clone, PartialEq)]
pub struct Applications {
    pub schema: Option<EmbeddedModelSchema>,
    pub iterable: Vec<Application>,
}

crate::support::object!(Applications {
    schema: "schema" optional,
    iterable: "iterable" required,
});
