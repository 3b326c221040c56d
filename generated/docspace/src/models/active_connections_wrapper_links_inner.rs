// @generated from spec/docspace.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ActiveConnectionsWrapperLinksInner {
    pub href: Option<String>,
    pub action: Option<String>,
}

crate::support::object!(ActiveConnectionsWrapperLinksInner {
    href: "href" optional,
    action: "action" optional,
});
