// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// WorkstreamEventTriggerContextIDE
    ///
    /// This is the given context for an IDE.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct WorkstreamEventTriggerContextIde {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub tabs: Option<IdeTabs> = "tabs" optional,
        pub modules: Option<ProjectModules> = "modules" optional,
        pub name: Option<String> = "name" optional,
    }
}
