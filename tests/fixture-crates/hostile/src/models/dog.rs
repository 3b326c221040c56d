// @generated from tests/fixtures/hostile.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct Dog {
        pub kind_fn_injected: String = "kind\"\n}fn injected(){}" required,
        /// name *\/
        /// }
        pub name: Option<String> = "name" optional,
        pub weird_key_fn_x: Option<i32> = "weird key\"\n}fn x(){}\u{2028}" optional,
    }
}
