// @generated from tests/fixtures/query-date-time.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct Window {
        pub since: chrono::DateTime<chrono::FixedOffset> = "since" required,
        pub until: Option<chrono::DateTime<chrono::FixedOffset>> = "until" optional,
    }
}
