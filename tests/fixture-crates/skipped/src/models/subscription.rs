// @generated from tests/fixtures/skipped.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct Subscription {
        pub id: Option<String> = "id" optional,
        pub callback_url: crate::Uri = "callbackUrl" required,
    }
}
