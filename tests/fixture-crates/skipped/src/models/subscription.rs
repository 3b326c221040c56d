// @generated from tests/fixtures/skipped.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq)]
pub struct Subscription {
    pub id: Option<String>,
    pub callback_url: crate::Uri,
}

crate::support::object!(Subscription {
    id: "id" optional,
    callback_url: "callbackUrl" required,
});
