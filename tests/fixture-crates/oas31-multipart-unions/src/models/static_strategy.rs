// @generated from tests/fixtures/oas31-multipart-unions.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq)]
pub struct StaticStrategy {
    pub max_chunk_size_tokens: i64,
    pub chunk_overlap_tokens: Option<i64>,
}

crate::support::object!(StaticStrategy {
    max_chunk_size_tokens: "max_chunk_size_tokens" required,
    chunk_overlap_tokens: "chunk_overlap_tokens" optional,
});
