// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// ByteDescriptor
///
/// This is a nice microclass to help with managing the size of a File or Fragment in a readable way for UI's
#[derive(Debug, Clone, PartialEq)]
pub struct ByteDescriptor {
    pub schema: Option<EmbeddedModelSchema>,
    pub value: i64,
    pub readable: String,
}

crate::support::object!(ByteDescriptor {
    schema: "schema" optional,
    value: "value" required,
    readable: "readable" required,
});
