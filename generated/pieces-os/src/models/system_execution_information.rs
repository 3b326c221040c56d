// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// SystemExecutionInformation
    ///
    /// This is system information that we are able to get from the users machine(rust package TBD).
    #[derive(Debug, Clone, PartialEq)]
    pub struct SystemExecutionInformation {
        pub memory: i64 = "memory" required,
        pub os: String = "os" required,
        pub kernel: String = "kernel" required,
        pub cpu: SystemExecutionCpuInformation = "cpu" required,
    }
}
