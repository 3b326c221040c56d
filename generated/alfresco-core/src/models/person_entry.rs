// @generated from spec/alfresco-core.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct PersonEntry {
        pub entry: Person = "entry" required,
    }
}
