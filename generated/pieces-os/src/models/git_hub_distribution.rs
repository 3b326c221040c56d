// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// GitHubDistribution
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct GitHubDistribution {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub gist: Option<GitHubGistDistribution> = "gist" optional,
    }
}
