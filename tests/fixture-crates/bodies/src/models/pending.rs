// @generated from tests/fixtures/bodies.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Pending {
    pub retry_after: Option<i64>,
}

crate::support::object!(Pending {
    retry_after: "retryAfter" optional,
});
