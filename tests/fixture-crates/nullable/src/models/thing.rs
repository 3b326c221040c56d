// @generated from tests/fixtures/nullable.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct Thing {
        pub required_nullable: Option<String> = "requiredNullable" required_or_null,
        pub optional_nullable: Option<i64> = "optionalNullable" optional_or_null,
        pub ref_: Option<MaybeName> = "ref" optional_or_null,
    }
}
