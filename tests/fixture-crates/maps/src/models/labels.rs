// @generated from tests/fixtures/maps.yaml by openapi-gen; do not edit.

pub type Labels = std::collections::BTreeMap<String, String>;
