// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// BrowserTabs
///
/// This is a plural representation of the BrowserTab
#[derive(Debug, Clone, PartialEq)]
pub struct BrowserTabs {
    pub schema: Option<EmbeddedModelSchema>,
    pub iterable: Vec<BrowserTab>,
}

crate::support::object!(BrowserTabs {
    schema: "schema" optional,
    iterable: "iterable" required,
});
