// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// WorkstreamEventContext
///
/// This is a free form data object that will enable additional data to be passed into SeededWorkstreamEvent, that corresponds to the event on the WorkstreamEvent.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WorkstreamEventContext {
    pub schema: Option<EmbeddedModelSchema>,
    pub ide: Option<WorkstreamEventTriggerContextIde>,
    pub browser: Option<WorkstreamEventTriggerContextBrowser>,
}

crate::support::object!(WorkstreamEventContext {
    schema: "schema" optional,
    ide: "ide" optional,
    browser: "browser" optional,
});
