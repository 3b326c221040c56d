// @generated from tests/fixtures/swagger2-bodies.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq)]
pub struct Photo {
    pub size: i64,
    pub caption: Option<String>,
}

crate::support::object!(Photo {
    size: "size" required,
    caption: "caption" optional,
});
