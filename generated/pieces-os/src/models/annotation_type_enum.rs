// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

/// AnnotationTypeEnum
///
/// This is used to describe a specific type of annotation.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AnnotationTypeEnum {
    Description,
    Comment,
    Documentation,
    Summary,
    Explanation,
    GitCommit,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl AnnotationTypeEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Description => "DESCRIPTION",
            Self::Comment => "COMMENT",
            Self::Documentation => "DOCUMENTATION",
            Self::Summary => "SUMMARY",
            Self::Explanation => "EXPLANATION",
            Self::GitCommit => "GIT_COMMIT",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for AnnotationTypeEnum {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "DESCRIPTION" => Self::Description,
            "COMMENT" => Self::Comment,
            "DOCUMENTATION" => Self::Documentation,
            "SUMMARY" => Self::Summary,
            "EXPLANATION" => Self::Explanation,
            "GIT_COMMIT" => Self::GitCommit,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(AnnotationTypeEnum);
