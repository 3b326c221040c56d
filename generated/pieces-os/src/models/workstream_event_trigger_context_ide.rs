// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// WorkstreamEventTriggerContextIDE
///
/// This is the given context for an IDE.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WorkstreamEventTriggerContextIde {
    pub schema: Option<EmbeddedModelSchema>,
    pub tabs: Option<IdeTabs>,
    pub modules: Option<ProjectModules>,
    pub name: Option<String>,
}

crate::support::object!(WorkstreamEventTriggerContextIde {
    schema: "schema" optional,
    tabs: "tabs" optional,
    modules: "modules" optional,
    name: "name" optional,
});
