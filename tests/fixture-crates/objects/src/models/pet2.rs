// @generated from tests/fixtures/objects.yaml by openapi-gen; do not edit.

crate::support::object! {
    /// Differs from `Pet` only in case.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct Pet2 {
        pub name: Option<String> = "Name" optional,
        pub name2: Option<String> = "name" optional,
    }
}
