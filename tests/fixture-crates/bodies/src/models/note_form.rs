// @generated from tests/fixtures/bodies.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct NoteForm {
        pub title: String = "title" required,
        pub pinned: Option<bool> = "pinned" optional,
        pub count: Option<i64> = "count" optional,
    }
}
