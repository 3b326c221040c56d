// @generated from spec/alfresco-core.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Capabilities {
    pub is_admin: Option<bool>,
    pub is_guest: Option<bool>,
    pub is_mutable: Option<bool>,
}

crate::support::object!(Capabilities {
    is_admin: "isAdmin" optional,
    is_guest: "isGuest" optional,
    is_mutable: "isMutable" optional,
});
