// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// TLPCodeProcessing
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TlpCodeProcessing {
    pub schema: Option<EmbeddedModelSchema>,
    pub fragment: Option<TlpCodeSnippetAnalytics>,
    pub file: Option<TlpCodeFileAnalytics>,
    pub directory: Option<TlpCodeDirectoryAnalytics>,
    pub repository: Option<TlpCodeRepositoryAnalytics>,
}

crate::support::object!(TlpCodeProcessing {
    schema: "schema" optional,
    fragment: "fragment" optional,
    file: "file" optional,
    directory: "directory" optional,
    repository: "repository" optional,
});
