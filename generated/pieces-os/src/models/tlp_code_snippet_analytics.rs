// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// TLPCodeSnippetAnalytics
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TlpCodeSnippetAnalytics {
    pub schema: Option<EmbeddedModelSchema>,
    pub statistics: Option<TlpCodeFragmentStatistics>,
    pub classification: Option<TlpCodeFragmentClassification>,
    pub reclassification: Option<TlpCodeFragmentReclassification>,
    pub suggested: Option<TlpCodeSnippetSuggestedInteractions>,
    pub tagify: Option<TlpCodeFragmentTagify>,
    pub description: Option<TlpCodeFragmentDescription>,
}

crate::support::object!(TlpCodeSnippetAnalytics {
    schema: "schema" optional,
    statistics: "statistics" optional,
    classification: "classification" optional,
    reclassification: "reclassification" optional,
    suggested: "suggested" optional,
    tagify: "tagify" optional,
    description: "description" optional,
});
