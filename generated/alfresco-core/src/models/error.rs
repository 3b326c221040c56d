// @generated from spec/alfresco-core.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct Error {
        pub error: ErrorError = "error" required,
    }
}

crate::support::object! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct ErrorError {
        pub error_key: Option<String> = "errorKey" optional,
        pub status_code: i32 = "statusCode" required,
        pub brief_summary: String = "briefSummary" required,
        pub stack_trace: String = "stackTrace" required,
        pub description_url: String = "descriptionURL" required,
        pub log_id: Option<String> = "logId" optional,
    }
}
