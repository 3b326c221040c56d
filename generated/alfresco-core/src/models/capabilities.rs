// @generated from spec/alfresco-core.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct Capabilities {
        pub is_admin: Option<bool> = "isAdmin" optional,
        pub is_guest: Option<bool> = "isGuest" optional,
        pub is_mutable: Option<bool> = "isMutable" optional,
    }
}
