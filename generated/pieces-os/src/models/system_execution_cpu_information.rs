// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

/// SystemExecutionCpuInformation
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SystemExecutionCpuInformation {
    /// this is the number of cpus
    pub count: i64,
    /// this is the brand of cpu
    pub brand: String,
    pub frequency: i64,
}
