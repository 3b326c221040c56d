// @generated from spec/docspace.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct FileUploadResultWrapper {
        pub response: Option<FileUploadResultDto> = "response" optional,
        pub count: Option<i32> = "count" optional,
        pub links: Option<Vec<ActiveConnectionsWrapperLinksInner>> = "links" optional,
        pub status: Option<i32> = "status" optional,
        pub status_code: Option<i32> = "statusCode" optional,
    }
}
