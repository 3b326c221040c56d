// @generated from tests/fixtures/swagger2-bodies.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct Pet {
        pub name: String = "name" required,
    }
}
