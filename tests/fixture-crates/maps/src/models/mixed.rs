// @generated from tests/fixtures/maps.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct Mixed {
        pub name: Option<String> = "name" optional,
        #[rest]
        pub additional_properties: std::collections::BTreeMap<String, i64>,
    }
}
