// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// IDESelections
///
/// Plural model that represent many selections in the browser
#[derive(Debug, Clone, PartialEq)]
pub struct IdeSelections {
    pub schema: Option<EmbeddedModelSchema>,
    pub iterable: Vec<IdeSelection>,
}

crate::support::object!(IdeSelections {
    schema: "schema" optional,
    iterable: "iterable" required,
});
