// @generated from tests/fixtures/oas31-roundtrip.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct Attachment {
        pub size: i64 = "size" required,
        pub sha: String = "sha" required,
        pub caption: Option<String> = "caption" optional_or_null,
    }
}
