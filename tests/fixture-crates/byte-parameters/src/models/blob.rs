// @generated from tests/fixtures/byte-parameters.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq)]
pub struct Blob {
    pub key: crate::Base64,
    pub salt: crate::Base64,
    pub chunks: Option<Vec<crate::Base64>>,
    pub signature: Option<crate::Base64>,
}

crate::support::object!(Blob {
    key: "key" required,
    salt: "salt" required,
    chunks: "chunks" optional,
    signature: "signature" optional,
});
