// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

/// AllocationStatusEnum
///
/// This is a Generic status enumeration that will be used for the status of dns and pod or cloud.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AllocationStatusEnum {
    Pending,
    Running,
    Failed,
    Succeeded,
    Unknown,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl AllocationStatusEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "PENDING",
            Self::Running => "RUNNING",
            Self::Failed => "FAILED",
            Self::Succeeded => "SUCCEEDED",
            Self::Unknown => "UNKNOWN",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for AllocationStatusEnum {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "PENDING" => Self::Pending,
            "RUNNING" => Self::Running,
            "FAILED" => Self::Failed,
            "SUCCEEDED" => Self::Succeeded,
            "UNKNOWN" => Self::Unknown,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(AllocationStatusEnum);
