// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// WorkstreamEventContext
    ///
    /// This is a free form data object that will enable additional data to be passed into SeededWorkstreamEvent, that corresponds to the event on the WorkstreamEvent.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct WorkstreamEventContext {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub ide: Option<WorkstreamEventTriggerContextIde> = "ide" optional,
        pub browser: Option<WorkstreamEventTriggerContextBrowser> = "browser" optional,
    }
}
