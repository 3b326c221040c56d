// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// IDESelections
    ///
    /// Plural model that represent many selections in the browser
    #[derive(Debug, Clone, PartialEq)]
    pub struct IdeSelections {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub iterable: Vec<IdeSelection> = "iterable" required,
    }
}
