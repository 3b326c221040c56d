// @generated from spec/docspace.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq, Default)]
pub struct KeyValuePairStringStringValues {
    pub key: Option<String>,
    pub value: Option<Vec<String>>,
}

crate::support::object!(closed KeyValuePairStringStringValues {
    key: "key" optional_or_null,
    value: "value" optional,
});
