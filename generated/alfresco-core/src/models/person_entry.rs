// @generated from spec/alfresco-core.yaml by openapi-gen; do not edit.

use super::*;

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PersonEntry {
    pub entry: Person,
}
