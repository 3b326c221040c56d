// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// BrowserTabValues
    ///
    /// Plural model that represent many tabs
    #[derive(Debug, Clone, PartialEq)]
    pub struct BrowserTabValues {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub iterable: Vec<BrowserTabValue> = "iterable" required,
    }
}
