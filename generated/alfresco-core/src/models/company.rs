// @generated from spec/alfresco-core.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct Company {
        pub organization: Option<String> = "organization" optional,
        pub address1: Option<String> = "address1" optional,
        pub address2: Option<String> = "address2" optional,
        pub address3: Option<String> = "address3" optional,
        pub postcode: Option<String> = "postcode" optional,
        pub telephone: Option<String> = "telephone" optional,
        pub fax: Option<String> = "fax" optional,
        pub email: Option<String> = "email" optional,
    }
}
