// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// WorkstreamEventTrigger
///
/// This is the specific event that represent the Shadow Activity ie the copy/paste ...xyz
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WorkstreamEventTrigger {
    pub schema: Option<EmbeddedModelSchema>,
    /// this is a sort of check-in event(ie when ever your application is in the forground on there is an interaction)
    pub check_in: Option<bool>,
    pub copy: Option<bool>,
    pub paste: Option<bool>,
    pub file_open: Option<bool>,
    pub file_close: Option<bool>,
    pub tab_switch: Option<bool>,
    pub tab_close: Option<bool>,
    pub tab_open: Option<bool>,
    pub tab_enter: Option<bool>,
    pub tab_leave: Option<bool>,
    pub url_changed: Option<bool>,
    pub application_enter: Option<bool>,
    pub application_leave: Option<bool>,
    pub application_switch: Option<bool>,
}

crate::support::object!(WorkstreamEventTrigger {
    schema: "schema" optional,
    check_in: "check_in" optional,
    copy: "copy" optional,
    paste: "paste" optional,
    file_open: "file_open" optional,
    file_close: "file_close" optional,
    tab_switch: "tab_switch" optional,
    tab_close: "tab_close" optional,
    tab_open: "tab_open" optional,
    tab_enter: "tab_enter" optional,
    tab_leave: "tab_leave" optional,
    url_changed: "url_changed" optional,
    application_enter: "application_enter" optional,
    application_leave: "application_leave" optional,
    application_switch: "application_switch" optional,
});
