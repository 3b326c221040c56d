// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// DocumentContributor
    ///
    /// A DocumentContributor is a preseeded representation of a Person
    #[derive(Debug, Clone, PartialEq)]
    pub struct DocumentContributor {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub classification: Option<Classification> = "classification" optional,
        pub value: Option<TransferableString> = "value" optional,
        pub person: PersonBasicType = "person" required,
        pub updated: Option<GroupedTimestamp> = "updated" optional,
    }
}
