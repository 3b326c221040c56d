// @generated from tests/fixtures/names.yaml by openapi-gen; do not edit.

pub type StatusCode = String;
