// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// SystemExecutionInformation
///
/// This is system information that we are able to get from the users machine(rust package TBD).
#[derive(Debug, Clone, PartialEq)]
pub struct SystemExecutionInformation {
    pub memory: i64,
    pub os: String,
    pub kernel: String,
    pub cpu: SystemExecutionCpuInformation,
}

crate::support::object!(SystemExecutionInformation {
    memory: "memory" required,
    os: "os" required,
    kernel: "kernel" required,
    cpu: "cpu" required,
});
