// @generated from tests/fixtures/query-date-time.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq)]
pub struct Window {
    pub since: chrono::DateTime<chrono::FixedOffset>,
    pub until: Option<chrono::DateTime<chrono::FixedOffset>>,
}

crate::support::object!(Window {
    since: "since" required,
    until: "until" optional,
});
