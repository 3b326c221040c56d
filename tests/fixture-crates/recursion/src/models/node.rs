// @generated from tests/fixtures/recursion.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Node {
    pub value: Option<String>,
    pub next: Option<Box<Node>>,
    pub children: Option<Vec<Node>>,
}

crate::support::object!(Node {
    value: "value" optional,
    next: "next" optional,
    children: "children" optional,
});
