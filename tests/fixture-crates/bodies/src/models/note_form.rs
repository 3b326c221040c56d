// @generated from tests/fixtures/bodies.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq)]
pub struct NoteForm {
    pub title: String,
    pub pinned: Option<bool>,
    pub count: Option<i64>,
}

crate::support::object!(NoteForm {
    title: "title" required,
    pinned: "pinned" optional,
    count: "count" optional,
});
