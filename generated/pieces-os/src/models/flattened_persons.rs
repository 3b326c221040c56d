// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// FlattenedPersons
///
/// This is the plural of Person.
#[derive(Debug, Clone, PartialEq)]
pub struct FlattenedPersons {
    pub schema: Option<EmbeddedModelSchema>,
    pub iterable: Vec<ReferencedPerson>,
    /// This is a Map<String, int> where the the key is an person id.
    pub indices: Option<std::collections::BTreeMap<String, i64>>,
    pub score: Option<Score>,
}

crate::support::object!(FlattenedPersons {
    schema: "schema" optional,
    iterable: "iterable" required,
    indices: "indices" optional,
    score: "score" optional,
});
