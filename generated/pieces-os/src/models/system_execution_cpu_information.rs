// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

/// SystemExecutionCpuInformation
#[derive(Debug, Clone, PartialEq)]
pub struct SystemExecutionCpuInformation {
    /// this is the number of cpus
    pub count: i64,
    /// this is the brand of cpu
    pub brand: String,
    pub frequency: i64,
}

crate::support::object!(SystemExecutionCpuInformation {
    count: "count" required,
    brand: "brand" required,
    frequency: "frequency" required,
});
