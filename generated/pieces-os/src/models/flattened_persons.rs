// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// FlattenedPersons
    ///
    /// This is the plural of Person.
    #[derive(Debug, Clone, PartialEq)]
    pub struct FlattenedPersons {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub iterable: Vec<ReferencedPerson> = "iterable" required,
        /// This is a Map<String, int> where the the key is an person id.
        pub indices: Option<std::collections::BTreeMap<String, i64>> = "indices" optional,
        pub score: Option<Score> = "score" optional,
    }
}
