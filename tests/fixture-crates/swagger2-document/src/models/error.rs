// @generated from tests/fixtures/swagger2-document.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Error {
    pub message: Option<String>,
}

crate::support::object!(Error {
    message: "message" optional,
});
