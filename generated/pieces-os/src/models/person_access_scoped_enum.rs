// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

/// PersonAccessScopedEnum
///
/// This is an enum that will help provide information around what permission this person has in relate to their scope.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PersonAccessScopedEnum {
    Owner,
    Editor,
    Commenter,
    Viewer,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl PersonAccessScopedEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Owner => "OWNER",
            Self::Editor => "EDITOR",
            Self::Commenter => "COMMENTER",
            Self::Viewer => "VIEWER",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for PersonAccessScopedEnum {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "OWNER" => Self::Owner,
            "EDITOR" => Self::Editor,
            "COMMENTER" => Self::Commenter,
            "VIEWER" => Self::Viewer,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(PersonAccessScopedEnum);
