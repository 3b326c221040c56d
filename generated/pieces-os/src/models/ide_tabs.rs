// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// IDETabs
    ///
    /// This is a plural representation of a IDETab
    #[derive(Debug, Clone, PartialEq)]
    pub struct IdeTabs {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub iterable: Vec<IdeTab> = "iterable" required,
    }
}
