// @generated from tests/fixtures/schemas-misc.yaml by openapi-gen; do not edit.

crate::support::object! {
    /// `additionalProperties: true` beside named properties.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct Open {
        pub name: Option<String> = "name" optional,
        #[rest]
        pub additional_properties: serde_json::Map<String, serde_json::Value>,
    }
}
