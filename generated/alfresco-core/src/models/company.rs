// @generated from spec/alfresco-core.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Company {
    pub organization: Option<String>,
    pub address1: Option<String>,
    pub address2: Option<String>,
    pub address3: Option<String>,
    pub postcode: Option<String>,
    pub telephone: Option<String>,
    pub fax: Option<String>,
    pub email: Option<String>,
}

crate::support::object!(Company {
    organization: "organization" optional,
    address1: "address1" optional,
    address2: "address2" optional,
    address3: "address3" optional,
    postcode: "postcode" optional,
    telephone: "telephone" optional,
    fax: "fax" optional,
    email: "email" optional,
});
