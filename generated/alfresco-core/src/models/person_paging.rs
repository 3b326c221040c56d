// @generated from spec/alfresco-core.yaml by openapi-gen; do not edit.

use super::*;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PersonPaging {
    pub list: Option<PersonPagingList>,
}

crate::support::object!(PersonPaging {
    list: "list" optional,
});

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PersonPagingList {
    pub pagination: Option<Pagination>,
    pub entries: Option<Vec<PersonEntry>>,
}

crate::support::object!(PersonPagingList {
    pagination: "pagination" optional,
    entries: "entries" optional,
});
