// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// BrowserTabValues
///
/// Plural model that represent many tabs
#[derive(Debug, Clone, PartialEq)]
pub struct BrowserTabValues {
    pub schema: Option<EmbeddedModelSchema>,
    pub iterable: Vec<BrowserTabValue>,
}

crate::support::object!(BrowserTabValues {
    schema: "schema" optional,
    iterable: "iterable" required,
});
