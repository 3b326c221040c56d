// @generated from tests/fixtures/nullable.yaml by openapi-gen; do not edit.

use super::*;

#[derive(Debug, Clone, PartialEq)]
pub struct Thing {
    pub required_nullable: Option<String>,
    pub optional_nullable: Option<i64>,
    pub ref_: Option<MaybeName>,
}

crate::support::object!(Thing {
    required_nullable: "requiredNullable" required_or_null,
    optional_nullable: "optionalNullable" optional_or_null,
    ref_: "ref" optional_or_null,
});
