// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// DocumentContributors
///
/// This is a plural representation of the DocumentContributor
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentContributors {
    pub schema: Option<EmbeddedModelSchema>,
    pub iterable: Vec<DocumentContributor>,
}

crate::support::object!(DocumentContributors {
    schema: "schema" optional,
    iterable: "iterable" required,
});
