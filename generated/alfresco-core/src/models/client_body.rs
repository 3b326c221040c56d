// @generated from spec/alfresco-core.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct ClientBody {
        /// the client name
        pub client: String = "client" required,
    }
}
