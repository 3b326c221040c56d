// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// FlattenedDistribution
    #[derive(Debug, Clone, PartialEq)]
    pub struct FlattenedDistribution {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub id: String = "id" required,
        /// This is the UUId of the share.
        pub share: String = "share" required,
        pub created: GroupedTimestamp = "created" required,
        pub updated: GroupedTimestamp = "updated" required,
        pub deleted: Option<GroupedTimestamp> = "deleted" optional,
        pub mailgun: Option<MailgunDistribution> = "mailgun" optional,
        pub github: Option<GitHubDistribution> = "github" optional,
    }
}
