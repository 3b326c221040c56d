// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// FlattenedAnalysis
    #[derive(Debug, Clone, PartialEq)]
    pub struct FlattenedAnalysis {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub code: Option<CodeAnalysis> = "code" optional,
        pub id: String = "id" required,
        /// this is a reference to the format that it belongs too.
        pub format: String = "format" required,
        pub image: Option<Box<FlattenedImageAnalysis>> = "image" optional,
    }
}
