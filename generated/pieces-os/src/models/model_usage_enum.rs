// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

/// ModelUsageEnum
///
/// These are all the possible uses for a model, i.e. code classification, OCR, text vs code, tagify code, tag-based code search, neural code search, tagify color and code description.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ModelUsageEnum {
    Ocr,
    CodeClassification,
    TextVsCode,
    TagifyCode,
    TlpTagSearch,
    TlpNeuralCodeSearch,
    TagifyColorFromCode,
    CodeDescription,
    CodeTitle,
    CodeSearchQueries,
    CodeExtractiveTags,
    CodeExtractiveLinks,
    CodeConversation,
    CodeGeneration,
    CodeSearch,
    CodeDiscovery,
    CodeRelatedPeople,
    CodeFramework,
    VideoOcr,
    TextVsCodeSegmentation,
    TextEmbedding,
    TechnicalError,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl ModelUsageEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ocr => "OCR",
            Self::CodeClassification => "CODE_CLASSIFICATION",
            Self::TextVsCode => "TEXT_VS_CODE",
            Self::TagifyCode => "TAGIFY_CODE",
            Self::TlpTagSearch => "TLP_TAG_SEARCH",
            Self::TlpNeuralCodeSearch => "TLP_NEURAL_CODE_SEARCH",
            Self::TagifyColorFromCode => "TAGIFY_COLOR_FROM_CODE",
            Self::CodeDescription => "CODE_DESCRIPTION",
            Self::CodeTitle => "CODE_TITLE",
            Self::CodeSearchQueries => "CODE_SEARCH_QUERIES",
            Self::CodeExtractiveTags => "CODE_EXTRACTIVE_TAGS",
            Self::CodeExtractiveLinks => "CODE_EXTRACTIVE_LINKS",
            Self::CodeConversation => "CODE_CONVERSATION",
            Self::CodeGeneration => "CODE_GENERATION",
            Self::CodeSearch => "CODE_SEARCH",
            Self::CodeDiscovery => "CODE_DISCOVERY",
            Self::CodeRelatedPeople => "CODE_RELATED_PEOPLE",
            Self::CodeFramework => "CODE_FRAMEWORK",
            Self::VideoOcr => "VIDEO_OCR",
            Self::TextVsCodeSegmentation => "TEXT_VS_CODE_SEGMENTATION",
            Self::TextEmbedding => "TEXT_EMBEDDING",
            Self::TechnicalError => "TECHNICAL_ERROR",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for ModelUsageEnum {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "OCR" => Self::Ocr,
            "CODE_CLASSIFICATION" => Self::CodeClassification,
            "TEXT_VS_CODE" => Self::TextVsCode,
            "TAGIFY_CODE" => Self::TagifyCode,
            "TLP_TAG_SEARCH" => Self::TlpTagSearch,
            "TLP_NEURAL_CODE_SEARCH" => Self::TlpNeuralCodeSearch,
            "TAGIFY_COLOR_FROM_CODE" => Self::TagifyColorFromCode,
            "CODE_DESCRIPTION" => Self::CodeDescription,
            "CODE_TITLE" => Self::CodeTitle,
            "CODE_SEARCH_QUERIES" => Self::CodeSearchQueries,
            "CODE_EXTRACTIVE_TAGS" => Self::CodeExtractiveTags,
            "CODE_EXTRACTIVE_LINKS" => Self::CodeExtractiveLinks,
            "CODE_CONVERSATION" => Self::CodeConversation,
            "CODE_GENERATION" => Self::CodeGeneration,
            "CODE_SEARCH" => Self::CodeSearch,
            "CODE_DISCOVERY" => Self::CodeDiscovery,
            "CODE_RELATED_PEOPLE" => Self::CodeRelatedPeople,
            "CODE_FRAMEWORK" => Self::CodeFramework,
            "VIDEO_OCR" => Self::VideoOcr,
            "TEXT_VS_CODE_SEGMENTATION" => Self::TextVsCodeSegmentation,
            "TEXT_EMBEDDING" => Self::TextEmbedding,
            "TECHNICAL_ERROR" => Self::TechnicalError,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(ModelUsageEnum);
