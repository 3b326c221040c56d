// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// DocumentContributor
///
/// A DocumentContributor is a preseeded representation of a Person
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentContributor {
    pub schema: Option<EmbeddedModelSchema>,
    pub classification: Option<Classification>,
    pub value: Option<TransferableString>,
    pub person: PersonBasicType,
    pub updated: Option<GroupedTimestamp>,
}

crate::support::object!(DocumentContributor {
    schema: "schema" optional,
    classification: "classification" optional,
    value: "value" optional,
    person: "person" required,
    updated: "updated" optional,
});
