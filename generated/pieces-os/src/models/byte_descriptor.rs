// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// ByteDescriptor
    ///
    /// This is a nice microclass to help with managing the size of a File or Fragment in a readable way for UI's
    #[derive(Debug, Clone, PartialEq)]
    pub struct ByteDescriptor {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub value: i64 = "value" required,
        pub readable: String = "readable" required,
    }
}
