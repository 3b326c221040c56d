// @generated from tests/fixtures/hostile.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct Cat {
        pub kind_fn_injected: Option<String> = "kind\"\n}fn injected(){}" optional,
        pub colour: Option<Colour> = "colour" optional,
    }
}
