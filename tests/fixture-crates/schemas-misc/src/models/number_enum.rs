// @generated from tests/fixtures/schemas-misc.yaml by openapi-gen; do not edit.

pub type NumberEnum = f64;
