// @generated from tests/fixtures/schemas-misc.yaml by openapi-gen; do not edit.

use super::*;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Crate {
    pub link: Option<ShelfLink>,
    pub state: Option<ShelfState>,
    /// A crate's label (differs from `Shelf.label` in this text only).
    pub label: Option<CrateLabel>,
}

crate::support::object!(Crate {
    link: "link" optional,
    state: "state" optional,
    label: "label" optional,
});

/// A crate's label (differs from `Shelf.label` in this text only).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CrateLabel {
    pub text: Option<String>,
}

crate::support::object!(CrateLabel {
    text: "text" optional,
});
