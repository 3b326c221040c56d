// @generated from spec/alfresco-core.yaml by openapi-gen; do not edit.

#[cfg(feature = "server")]
use crate::support::non_null;

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Error {
    pub error: ErrorError,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ErrorError {
    #[serde(rename = "errorKey", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub error_key: Option<String>,
    #[serde(rename = "statusCode")]
    pub status_code: i32,
    #[serde(rename = "briefSummary")]
    pub brief_summary: String,
    #[serde(rename = "stackTrace")]
    pub stack_trace: String,
    #[serde(rename = "descriptionURL")]
    pub description_url: String,
    #[serde(rename = "logId", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub log_id: Option<String>,
}
