// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// SystemExecutionInformation
///
/// This is system information that we are able to get from the users machine(rust package TBD).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SystemExecutionInformation {
    pub memory: i64,
    pub os: String,
    pub kernel: String,
    pub cpu: SystemExecutionCpuInformation,
}
