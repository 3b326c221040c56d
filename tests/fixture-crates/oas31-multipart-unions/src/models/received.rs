// @generated from tests/fixtures/oas31-multipart-unions.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq)]
pub struct Received {
    pub size: i64,
    pub strategy: String,
    pub owner: Option<String>,
    pub labels: Option<String>,
    pub expires: Option<String>,
}

crate::support::object!(Received {
    size: "size" required,
    strategy: "strategy" required,
    owner: "owner" optional,
    labels: "labels" optional,
    expires: "expires" optional,
});
