// @generated from tests/fixtures/oas31-roundtrip.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq)]
pub struct Attachment {
    pub size: i64,
    pub sha: String,
    pub caption: Option<String>,
}

crate::support::object!(Attachment {
    size: "size" required,
    sha: "sha" required,
    caption: "caption" optional_or_null,
});
