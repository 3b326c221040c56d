// @generated from spec/docspace.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq, Default)]
    #[closed]
    pub struct KeyValuePairStringStringValues {
        pub key: Option<String> = "key" optional_or_null,
        pub value: Option<Vec<String>> = "value" optional,
    }
}
