// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// Recipients
///
/// This an iterable of People that are attached to a specific distribution ie, slack, maigun, ...etc
#[derive(Debug, Clone, PartialEq)]
pub struct Recipients {
    pub iterable: Vec<PersonBasicType>,
    pub schema: Option<EmbeddedModelSchema>,
}

crate::support::object!(Recipients {
    iterable: "iterable" required,
    schema: "schema" optional,
});
