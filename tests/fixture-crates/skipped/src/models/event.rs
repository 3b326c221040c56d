// @generated from tests/fixtures/skipped.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct Event {
        pub kind: Option<String> = "kind" optional,
    }
}
