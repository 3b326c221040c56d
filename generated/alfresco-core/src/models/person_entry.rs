// @generated from spec/alfresco-core.yaml by openapi-gen; do not edit.

use super::*;

#[derive(Debug, Clone, PartialEq)]
pub struct PersonEntry {
    pub entry: Person,
}

crate::support::object!(PersonEntry {
    entry: "entry" required,
});
