// @generated from tests/fixtures/oas31-multipart-unions.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct StaticStrategy {
        pub max_chunk_size_tokens: i64 = "max_chunk_size_tokens" required,
        pub chunk_overlap_tokens: Option<i64> = "chunk_overlap_tokens" optional,
    }
}
