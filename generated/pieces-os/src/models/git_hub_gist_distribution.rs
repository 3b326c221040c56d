// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// GitHubGistDistribution
///
/// This is a published Github Gist.
#[derive(Debug, Clone, PartialEq)]
pub struct GitHubGistDistribution {
    pub schema: Option<EmbeddedModelSchema>,
    pub recipients: Recipients,
    /// This will let us know if the gist is public or private.
    pub public: bool,
    /// This is the description of the Gist Distribution
    pub description: Option<String>,
    /// This is the name of the gist you will add.
    pub name: String,
    pub created: GroupedTimestamp,
    pub updated: GroupedTimestamp,
    pub deleted: Option<GroupedTimestamp>,
    /// This is the id that github uses to represent the gist.
    pub github_id: String,
    /// This is the url where the gist is.
    pub url: String,
}

crate::support::object!(GitHubGistDistribution {
    schema: "schema" optional,
    recipients: "recipients" required,
    public: "public" required,
    description: "description" optional,
    name: "name" required,
    created: "created" required,
    updated: "updated" required,
    deleted: "deleted" optional,
    github_id: "github_id" required,
    url: "url" required,
});
