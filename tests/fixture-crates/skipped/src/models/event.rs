// @generated from tests/fixtures/skipped.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Event {
    pub kind: Option<String>,
}

crate::support::object!(Event {
    kind: "kind" optional,
});
