// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// TextLocation
    ///
    /// This is a generic model that is used for text location.
    #[derive(Debug, Clone, PartialEq)]
    pub struct TextLocation {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        /// this is the value that was found.
        pub text: String = "text" required,
        /// this is the start index within the original string.
        pub start: i64 = "start" required,
        /// this is the end index within the original string.
        pub end: i64 = "end" required,
    }
}
