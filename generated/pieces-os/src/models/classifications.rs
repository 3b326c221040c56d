// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// Classifications
///
/// This is a plural representation of a Classification
#[derive(Debug, Clone, PartialEq)]
pub struct Classifications {
    pub schema: Option<EmbeddedModelSchema>,
    pub iterable: Vec<Classification>,
}

crate::support::object!(Classifications {
    schema: "schema" optional,
    iterable: "iterable" required,
});
