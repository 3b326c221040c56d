// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// ExternalProviders
#[derive(Debug, Clone, PartialEq)]
pub struct ExternalProviders {
    pub schema: Option<EmbeddedModelSchema>,
    pub iterable: Vec<ExternalProvider>,
}

crate::support::object!(ExternalProviders {
    schema: "schema" optional,
    iterable: "iterable" required,
});
