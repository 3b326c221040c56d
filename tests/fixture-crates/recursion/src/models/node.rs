// @generated from tests/fixtures/recursion.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct Node {
        pub value: Option<String> = "value" optional,
        pub next: Option<Box<Node>> = "next" optional,
        pub children: Option<Vec<Node>> = "children" optional,
    }
}
