// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

crate::support::object! {
    /// SystemExecutionCpuInformation
    #[derive(Debug, Clone, PartialEq)]
    pub struct SystemExecutionCpuInformation {
        /// this is the number of cpus
        pub count: i64 = "count" required,
        /// this is the brand of cpu
        pub brand: String = "brand" required,
        pub frequency: i64 = "frequency" required,
    }
}
