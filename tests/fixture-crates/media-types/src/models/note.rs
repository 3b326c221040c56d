// @generated from tests/fixtures/media-types.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    pub title: String,
    pub pinned: Option<bool>,
}

crate::support::object!(Note {
    title: "title" required,
    pinned: "pinned" optional,
});
