// @generated from tests/fixtures/oas31-binary.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct Stored {
        pub size: i64 = "size" required,
        /// A base64 picture.
        pub thumbnail: Option<crate::Base64> = "thumbnail" optional,
    }
}
