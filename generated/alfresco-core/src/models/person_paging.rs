// @generated from spec/alfresco-core.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct PersonPaging {
        pub list: Option<PersonPagingList> = "list" optional,
    }
}

crate::support::object! {
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct PersonPagingList {
        pub pagination: Option<Pagination> = "pagination" optional,
        pub entries: Option<Vec<PersonEntry>> = "entries" optional,
    }
}
