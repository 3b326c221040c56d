// @generated from tests/fixtures/schemas-misc.yaml by openapi-gen; do not edit.

crate::support::object! {
    /// Named properties and a typed `additionalProperties`.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct Counted {
        pub total: Option<i64> = "total" optional,
        #[rest]
        pub additional_properties: std::collections::BTreeMap<String, i64>,
    }
}
