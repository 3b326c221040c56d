// @generated from tests/fixtures/literals.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct Units {
        pub å: Option<String> = "Å" optional,
        pub å2: Option<String> = "Å" optional,
        pub k: Option<String> = "K" optional,
        pub k2: Option<String> = "K" optional,
        pub å3: Option<String> = "A\u{30a}" optional,
    }
}
