// @generated from tests/fixtures/names.yaml by openapi-gen; do not edit.

#![cfg(feature = "all-tags")]

pub type Integer = String;
