// @generated from tests/fixtures/oas31-multipart-unions.yaml by openapi-gen; do not edit.

/// Labels merged from two parts.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UploadFileLabels {
    pub main: Option<String>,
    pub extra: Option<String>,
}

crate::support::object!(UploadFileLabels {
    main: "main" optional,
    extra: "extra" optional,
});
