// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// WorkstreamEventTriggerContextBrowser
///
/// This is the given context for the browser,
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WorkstreamEventTriggerContextBrowser {
    pub schema: Option<EmbeddedModelSchema>,
    pub tabs: Option<BrowserTabs>,
}

crate::support::object!(WorkstreamEventTriggerContextBrowser {
    schema: "schema" optional,
    tabs: "tabs" optional,
});
