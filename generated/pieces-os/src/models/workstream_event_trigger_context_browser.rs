// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// WorkstreamEventTriggerContextBrowser
    ///
    /// This is the given context for the browser,
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct WorkstreamEventTriggerContextBrowser {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub tabs: Option<BrowserTabs> = "tabs" optional,
    }
}
