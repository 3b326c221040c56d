// @generated from tests/fixtures/composition.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct Cat {
        pub meows: Option<bool> = "meows" optional,
    }
}
