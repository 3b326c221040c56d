// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// FlattenedDistribution
#[derive(Debug, Clone, PartialEq)]
pub struct FlattenedDistribution {
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    /// This is the UUId of the share.
    pub share: String,
    pub created: GroupedTimestamp,
    pub updated: GroupedTimestamp,
    pub deleted: Option<GroupedTimestamp>,
    pub mailgun: Option<MailgunDistribution>,
    pub github: Option<GitHubDistribution>,
}

crate::support::object!(FlattenedDistribution {
    schema: "schema" optional,
    id: "id" required,
    share: "share" required,
    created: "created" required,
    updated: "updated" required,
    deleted: "deleted" optional,
    mailgun: "mailgun" optional,
    github: "github" optional,
});
