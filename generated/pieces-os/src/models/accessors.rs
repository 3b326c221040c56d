// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// Accessors
#[derive(Debug, Clone, PartialEq)]
pub struct Accessors {
    pub schema: Option<EmbeddedModelSchema>,
    pub iterable: Vec<Accessor>,
}

crate::support::object!(Accessors {
    schema: "schema" optional,
    iterable: "iterable" required,
});
