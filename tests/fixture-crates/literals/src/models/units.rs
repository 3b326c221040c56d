// @generated from tests/fixtures/literals.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Units {
    pub å: Option<String>,
    pub å2: Option<String>,
    pub k: Option<String>,
    pub k2: Option<String>,
    pub å3: Option<String>,
}

crate::support::object!(Units {
    å: "Å" optional,
    å2: "Å" optional,
    k: "K" optional,
    k2: "K" optional,
    å3: "A\u{30a}" optional,
});
