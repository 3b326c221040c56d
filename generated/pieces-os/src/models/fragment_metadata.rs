// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// FragmentMetadata
    ///
    /// This is a model for metadata of a file!
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct FragmentMetadata {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub ext: Option<ClassificationSpecificEnum> = "ext" optional,
    }
}
