// @generated from tests/fixtures/maps.yaml by openapi-gen; do not edit.

pub type Groups = std::collections::BTreeMap<String, Vec<String>>;
