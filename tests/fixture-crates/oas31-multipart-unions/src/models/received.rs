// @generated from tests/fixtures/oas31-multipart-unions.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct Received {
        pub size: i64 = "size" required,
        pub strategy: String = "strategy" required,
        pub owner: Option<String> = "owner" optional,
        pub labels: Option<String> = "labels" optional,
        pub expires: Option<String> = "expires" optional,
    }
}
