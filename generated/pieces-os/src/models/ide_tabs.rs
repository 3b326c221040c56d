// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// IDETabs
///
/// This is a plural representation of a IDETab
#[derive(Debug, Clone, PartialEq)]
pub struct IdeTabs {
    pub schema: Option<EmbeddedModelSchema>,
    pub iterable: Vec<IdeTab>,
}

crate::support::object!(IdeTabs {
    schema: "schema" optional,
    iterable: "iterable" required,
});
