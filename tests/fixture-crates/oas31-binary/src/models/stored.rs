// @generated from tests/fixtures/oas31-binary.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq)]
pub struct Stored {
    pub size: i64,
    /// A base64 picture.
    pub thumbnail: Option<crate::Base64>,
}

crate::support::object!(Stored {
    size: "size" required,
    thumbnail: "thumbnail" optional,
});
