// @generated from tests/fixtures/byte-parameters.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct Blob {
        pub key: crate::Base64 = "key" required,
        pub salt: crate::Base64 = "salt" required,
        pub chunks: Option<Vec<crate::Base64>> = "chunks" optional,
        pub signature: Option<crate::Base64> = "signature" optional,
    }
}
