// @generated from tests/fixtures/names.yaml by openapi-gen; do not edit.

#![cfg(feature = "tag-admin-users")]

pub type GetUserResponse = String;
