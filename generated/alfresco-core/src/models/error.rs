// @generated from spec/alfresco-core.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq)]
pub struct Error {
    pub error: ErrorError,
}

crate::support::object!(Error {
    error: "error" required,
});

#[derive(Debug, Clone, PartialEq)]
pub struct ErrorError {
    pub error_key: Option<String>,
    pub status_code: i32,
    pub brief_summary: String,
    pub stack_trace: String,
    pub description_url: String,
    pub log_id: Option<String>,
}

crate::support::object!(ErrorError {
    error_key: "errorKey" optional,
    status_code: "statusCode" required,
    brief_summary: "briefSummary" required,
    stack_trace: "stackTrace" required,
    description_url: "descriptionURL" required,
    log_id: "logId" optional,
});
