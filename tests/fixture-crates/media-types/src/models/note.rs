// @generated from tests/fixtures/media-types.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct Note {
        pub title: String = "title" required,
        pub pinned: Option<bool> = "pinned" optional,
    }
}
