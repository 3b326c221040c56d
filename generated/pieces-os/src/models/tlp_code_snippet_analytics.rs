// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// TLPCodeSnippetAnalytics
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct TlpCodeSnippetAnalytics {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub statistics: Option<TlpCodeFragmentStatistics> = "statistics" optional,
        pub classification: Option<TlpCodeFragmentClassification> = "classification" optional,
        pub reclassification: Option<TlpCodeFragmentReclassification> = "reclassification" optional,
        pub suggested: Option<TlpCodeSnippetSuggestedInteractions> = "suggested" optional,
        pub tagify: Option<TlpCodeFragmentTagify> = "tagify" optional,
        pub description: Option<TlpCodeFragmentDescription> = "description" optional,
    }
}
