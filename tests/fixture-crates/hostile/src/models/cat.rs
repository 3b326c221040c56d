// @generated from tests/fixtures/hostile.yaml by openapi-gen; do not edit.

use super::*;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Cat {
    pub kind_fn_injected: Option<String>,
    pub colour: Option<Colour>,
}

crate::support::object!(Cat {
    kind_fn_injected: "kind\"\n}fn injected(){}" optional,
    colour: "colour" optional,
});
