// @generated from tests/fixtures/maps.yaml by openapi-gen; do not edit.

pub type Matrix = Vec<Vec<f64>>;
