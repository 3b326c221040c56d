// @generated from tests/fixtures/names.yaml by openapi-gen; do not edit.

#![cfg(feature = "tag-default-api")]

crate::support::object! {
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct AVeryLongSchemaNameThatKeepsGoingAVeryLongSchemaNameThatKeepsGoingAVeryLongSchemaNameThatKeepsGoingAVeryLongSchemaNameThatKeepsGoingAVeryLongSchemaNameThatKeepsGoingAVeryLongSchemaNameThatKeepsGoingAv {
        pub a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_th: Option<String> =
            "a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_th" optional,
    }
}
