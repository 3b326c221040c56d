// @generated from tests/fixtures/schemas-misc.yaml by openapi-gen; do not edit.

/// A map of arrays.
pub type Tags = std::collections::BTreeMap<String, Vec<String>>;
