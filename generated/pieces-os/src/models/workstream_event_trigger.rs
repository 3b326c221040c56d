// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// WorkstreamEventTrigger
    ///
    /// This is the specific event that represent the Shadow Activity ie the copy/paste ...xyz
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct WorkstreamEventTrigger {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        /// this is a sort of check-in event(ie when ever your application is in the forground on there is an interaction)
        pub check_in: Option<bool> = "check_in" optional,
        pub copy: Option<bool> = "copy" optional,
        pub paste: Option<bool> = "paste" optional,
        pub file_open: Option<bool> = "file_open" optional,
        pub file_close: Option<bool> = "file_close" optional,
        pub tab_switch: Option<bool> = "tab_switch" optional,
        pub tab_close: Option<bool> = "tab_close" optional,
        pub tab_open: Option<bool> = "tab_open" optional,
        pub tab_enter: Option<bool> = "tab_enter" optional,
        pub tab_leave: Option<bool> = "tab_leave" optional,
        pub url_changed: Option<bool> = "url_changed" optional,
        pub application_enter: Option<bool> = "application_enter" optional,
        pub application_leave: Option<bool> = "application_leave" optional,
        pub application_switch: Option<bool> = "application_switch" optional,
    }
}
