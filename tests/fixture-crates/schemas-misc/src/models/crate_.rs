// @generated from tests/fixtures/schemas-misc.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct Crate {
        pub link: Option<ShelfLink> = "link" optional,
        pub state: Option<ShelfState> = "state" optional,
        /// A crate's label (differs from `Shelf.label` in this text only).
        pub label: Option<CrateLabel> = "label" optional,
    }
}

crate::support::object! {
    /// A crate's label (differs from `Shelf.label` in this text only).
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct CrateLabel {
        pub text: Option<String> = "text" optional,
    }
}
