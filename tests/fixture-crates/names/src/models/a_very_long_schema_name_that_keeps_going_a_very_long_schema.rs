// @generated from tests/fixtures/names.yaml by openapi-gen; do not edit.

#![cfg(feature = "tag-default-api")]

#[cfg(feature = "server")]
use crate::support::non_null;

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct AVeryLongSchemaNameThatKeepsGoingAVeryLongSchemaNameThatKeepsGoingAVeryLongSchemaNameThatKeepsGoingAVeryLongSchemaNameThatKeepsGoingAVeryLongSchemaNameThatKeepsGoingAVeryLongSchemaNameThatKeepsGoingAv {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_th: Option<
        String,
    >,
}
