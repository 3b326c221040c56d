// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

/// ExternalMLProviderEnum
///
/// This is a Model used for the Model class.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ExternalMlProviderEnum {
    Apple,
    Amazon,
    Google,
    Meta,
    Openai,
    Lmsys,
    Salesforce,
    HuggingFace,
    UniversityOfWashington,
    OpenLmResearch,
    Microsoft,
    UcBerkley,
    PekingUniversity,
    RenminUniversityOfChina,
    TogetherAi,
    Databricks,
    EleutherAi,
    FudanUniversity,
    Blickdl,
    HongKongBaptistUniversity,
    Bigcode,
    Jina,
    Pieces,
    Anthropic,
    Ibm,
    Snowflake,
    Perplexity,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl ExternalMlProviderEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Apple => "APPLE",
            Self::Amazon => "AMAZON",
            Self::Google => "GOOGLE",
            Self::Meta => "META",
            Self::Openai => "OPENAI",
            Self::Lmsys => "LMSYS",
            Self::Salesforce => "SALESFORCE",
            Self::HuggingFace => "HUGGING_FACE",
            Self::UniversityOfWashington => "UNIVERSITY_OF_WASHINGTON",
            Self::OpenLmResearch => "OPEN_LM_RESEARCH",
            Self::Microsoft => "MICROSOFT",
            Self::UcBerkley => "UC_BERKLEY",
            Self::PekingUniversity => "PEKING_UNIVERSITY",
            Self::RenminUniversityOfChina => "RENMIN_UNIVERSITY_OF_CHINA",
            Self::TogetherAi => "TOGETHER_AI",
            Self::Databricks => "DATABRICKS",
            Self::EleutherAi => "ELEUTHER_AI",
            Self::FudanUniversity => "FUDAN_UNIVERSITY",
            Self::Blickdl => "BLICKDL",
            Self::HongKongBaptistUniversity => "HONG_KONG_BAPTIST_UNIVERSITY",
            Self::Bigcode => "BIGCODE",
            Self::Jina => "JINA",
            Self::Pieces => "PIECES",
            Self::Anthropic => "ANTHROPIC",
            Self::Ibm => "IBM",
            Self::Snowflake => "SNOWFLAKE",
            Self::Perplexity => "PERPLEXITY",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for ExternalMlProviderEnum {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "APPLE" => Self::Apple,
            "AMAZON" => Self::Amazon,
            "GOOGLE" => Self::Google,
            "META" => Self::Meta,
            "OPENAI" => Self::Openai,
            "LMSYS" => Self::Lmsys,
            "SALESFORCE" => Self::Salesforce,
            "HUGGING_FACE" => Self::HuggingFace,
            "UNIVERSITY_OF_WASHINGTON" => Self::UniversityOfWashington,
            "OPEN_LM_RESEARCH" => Self::OpenLmResearch,
            "MICROSOFT" => Self::Microsoft,
            "UC_BERKLEY" => Self::UcBerkley,
            "PEKING_UNIVERSITY" => Self::PekingUniversity,
            "RENMIN_UNIVERSITY_OF_CHINA" => Self::RenminUniversityOfChina,
            "TOGETHER_AI" => Self::TogetherAi,
            "DATABRICKS" => Self::Databricks,
            "ELEUTHER_AI" => Self::EleutherAi,
            "FUDAN_UNIVERSITY" => Self::FudanUniversity,
            "BLICKDL" => Self::Blickdl,
            "HONG_KONG_BAPTIST_UNIVERSITY" => Self::HongKongBaptistUniversity,
            "BIGCODE" => Self::Bigcode,
            "JINA" => Self::Jina,
            "PIECES" => Self::Pieces,
            "ANTHROPIC" => Self::Anthropic,
            "IBM" => Self::Ibm,
            "SNOWFLAKE" => Self::Snowflake,
            "PERPLEXITY" => Self::Perplexity,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(ExternalMlProviderEnum);
