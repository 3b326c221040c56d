// @generated from tests/fixtures/schemas-misc.yaml by openapi-gen; do not edit.

/// A single-value boolean enum, the OpenAPI 3.0 spelling of `const`.
pub type BooleanConst = bool;
