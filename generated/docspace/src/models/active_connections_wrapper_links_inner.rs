// @generated from spec/docspace.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct ActiveConnectionsWrapperLinksInner {
        pub href: Option<String> = "href" optional,
        pub action: Option<String> = "action" optional,
    }
}
