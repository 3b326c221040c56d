// @generated from tests/fixtures/bodies.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct Pending {
        pub retry_after: Option<i64> = "retryAfter" optional,
    }
}
