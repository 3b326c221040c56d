// @generated from spec/docspace.yaml by openapi-gen; do not edit.

use super::*;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct FileUploadResultWrapper {
    pub response: Option<FileUploadResultDto>,
    pub count: Option<i32>,
    pub links: Option<Vec<ActiveConnectionsWrapperLinksInner>>,
    pub status: Option<i32>,
    pub status_code: Option<i32>,
}

crate::support::object!(FileUploadResultWrapper {
    response: "response" optional,
    count: "count" optional,
    links: "links" optional,
    status: "status" optional,
    status_code: "statusCode" optional,
});
