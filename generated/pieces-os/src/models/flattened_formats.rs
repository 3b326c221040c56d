// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// FlattenedFormats
    ///
    /// A collection of Formats specific to the authenticated user.
    #[derive(Debug, Clone, PartialEq)]
    pub struct FlattenedFormats {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub iterable: Vec<ReferencedFormat> = "iterable" required,
    }
}
