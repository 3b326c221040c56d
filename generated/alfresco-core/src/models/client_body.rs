// @generated from spec/alfresco-core.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq)]
pub struct ClientBody {
    /// the client name
    pub client: String,
}

crate::support::object!(ClientBody {
    client: "client" required,
});
