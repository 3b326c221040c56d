// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// TextMatch
    ///
    /// Thext Match currently used for sensitive for scales for people, and anything related to text matching.
    #[derive(Debug, Clone, PartialEq)]
    pub struct TextMatch {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub group: TextLocation = "group" required,
        pub subgroup: Option<TextLocation> = "subgroup" optional,
    }
}
