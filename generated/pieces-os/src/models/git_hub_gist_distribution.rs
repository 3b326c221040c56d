// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// GitHubGistDistribution
    ///
    /// This is a published Github Gist.
    #[derive(Debug, Clone, PartialEq)]
    pub struct GitHubGistDistribution {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub recipients: Recipients = "recipients" required,
        /// This will let us know if the gist is public or private.
        pub public: bool = "public" required,
        /// This is the description of the Gist Distribution
        pub description: Option<String> = "description" optional,
        /// This is the name of the gist you will add.
        pub name: String = "name" required,
        pub created: GroupedTimestamp = "created" required,
        pub updated: GroupedTimestamp = "updated" required,
        pub deleted: Option<GroupedTimestamp> = "deleted" optional,
        /// This is the id that github uses to represent the gist.
        pub github_id: String = "github_id" required,
        /// This is the url where the gist is.
        pub url: String = "url" required,
    }
}
