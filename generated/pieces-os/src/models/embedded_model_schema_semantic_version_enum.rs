// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

/// EmbeddedModelSchemaSemanticVersionEnum
///
/// This is a Semantic Version Enum that will reflect the Semantic version of the api.
#[derive(Debug, Clone, PartialEq, Default, Eq, Hash)]
pub enum EmbeddedModelSchemaSemanticVersionEnum {
    #[default]
    Major0Minor0Patch1,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl EmbeddedModelSchemaSemanticVersionEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Major0Minor0Patch1 => "MAJOR_0_MINOR_0_PATCH_1",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for EmbeddedModelSchemaSemanticVersionEnum {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "MAJOR_0_MINOR_0_PATCH_1" => Self::Major0Minor0Patch1,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(EmbeddedModelSchemaSemanticVersionEnum);
