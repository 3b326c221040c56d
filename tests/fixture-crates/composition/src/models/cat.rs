// @generated from tests/fixtures/composition.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Cat {
    pub meows: Option<bool>,
}

crate::support::object!(Cat {
    meows: "meows" optional,
});
