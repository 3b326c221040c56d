// @generated from tests/fixtures/names.yaml by openapi-gen; do not edit.

#![cfg(any(feature = "tag-client", feature = "tag-default-api"))]

crate::support::object! {
    /// Named like the client's error type.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct Error {
        pub message: Option<String> = "message" optional,
    }
}
