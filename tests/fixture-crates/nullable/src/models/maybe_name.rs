// @generated from tests/fixtures/nullable.yaml by openapi-gen; do not edit.

pub type MaybeName = String;
