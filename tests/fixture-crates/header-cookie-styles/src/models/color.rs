// @generated from tests/fixtures/header-cookie-styles.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct Color {
        pub r: Option<i32> = "R" optional,
        pub g: Option<i32> = "G" optional,
        pub b: Option<i32> = "B" optional,
    }
}
