// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// FlattenedPreview
    ///
    /// These are the references of the formats **Only UUIDS**
    #[derive(Debug, Clone, PartialEq)]
    pub struct FlattenedPreview {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        /// this is a reference(uuid) to the base format
        pub base: String = "base" required,
        /// this is a reference(uuid) to the overlay format
        pub overlay: Option<String> = "overlay" optional,
    }
}
