// @generated from tests/fixtures/names.yaml by openapi-gen; do not edit.

#![cfg(feature = "tag-default-api")]

use super::*;

crate::support::object! {
    /// Named like the generated client.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct Client {
        pub error: Option<Error> = "error" optional,
    }
}
