// @generated from tests/fixtures/hostile.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq)]
pub struct Dog {
    pub kind_fn_injected: String,
    /// name *\/
    /// }
    pub name: Option<String>,
    pub weird_key_fn_x: Option<i32>,
}

crate::support::object!(Dog {
    kind_fn_injected: "kind\"\n}fn injected(){}" required,
    name: "name" optional,
    weird_key_fn_x: "weird key\"\n}fn x(){}\u{2028}" optional,
});
