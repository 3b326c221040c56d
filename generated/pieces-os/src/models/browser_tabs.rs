// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// BrowserTabs
    ///
    /// This is a plural representation of the BrowserTab
    #[derive(Debug, Clone, PartialEq)]
    pub struct BrowserTabs {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub iterable: Vec<BrowserTab> = "iterable" required,
    }
}
