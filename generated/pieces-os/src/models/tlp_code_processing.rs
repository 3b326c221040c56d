// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// TLPCodeProcessing
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct TlpCodeProcessing {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub fragment: Option<TlpCodeSnippetAnalytics> = "fragment" optional,
        pub file: Option<TlpCodeFileAnalytics> = "file" optional,
        pub directory: Option<TlpCodeDirectoryAnalytics> = "directory" optional,
        pub repository: Option<TlpCodeRepositoryAnalytics> = "repository" optional,
    }
}
