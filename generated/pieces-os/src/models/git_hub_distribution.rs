// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// GitHubDistribution
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GitHubDistribution {
    pub schema: Option<EmbeddedModelSchema>,
    pub gist: Option<GitHubGistDistribution>,
}

crate::support::object!(GitHubDistribution {
    schema: "schema" optional,
    gist: "gist" optional,
});
