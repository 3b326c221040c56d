// @generated from tests/fixtures/hostile.yaml by openapi-gen; do not edit.

crate::support::object! {
    /// a schema whose key is hostile
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct NamedFnInjected {
        pub value: Option<String> = "value" optional,
    }
}
