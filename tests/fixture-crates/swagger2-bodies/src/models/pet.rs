// @generated from tests/fixtures/swagger2-bodies.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq)]
pub struct Pet {
    pub name: String,
}

crate::support::object!(Pet {
    name: "name" required,
});
