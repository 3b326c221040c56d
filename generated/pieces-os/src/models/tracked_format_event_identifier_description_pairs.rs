// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// TrackedFormatEventIdentifierDescriptionPairs
    ///
    /// This is a model that allows us to send send over super specific format related events such as copied, deleted, downloaded, etc
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct TrackedFormatEventIdentifierDescriptionPairs {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        /// The key value pair for an asset being created.
        pub format_created: Option<TrackedFormatEventIdentifierDescriptionPairsFormatCreated> =
            "format_created" optional,
        /// If a format was copied entirely
        pub format_copied: Option<TrackedFormatEventIdentifierDescriptionPairsFormatCopied> =
            "format_copied" optional,
        /// If a format was copied partially
        pub format_partially_copied: Option<TrackedFormatEventIdentifierDescriptionPairsFormatPartiallyCopied> =
            "format_partially_copied" optional,
        /// If a format was downloaded
        pub format_downloaded: Option<TrackedFormatEventIdentifierDescriptionPairsFormatDownloaded> =
            "format_downloaded" optional,
        /// If an format was deleted
        pub format_deleted: Option<TrackedFormatEventIdentifierDescriptionPairsFormatDeleted> =
            "format_deleted" optional,
        /// If a generic classification was changed on a format
        pub format_generic_classification_updated: Option<TrackedFormatEventIdentifierDescriptionPairsFormatGenericClassificationUpdated> =
            "format_generic_classification_updated" optional,
        /// If a specific classification was changed on a format
        pub format_specific_classification_updated: Option<TrackedFormatEventIdentifierDescriptionPairsFormatSpecificClassificationUpdated> =
            "format_specific_classification_updated" optional,
        /// a format was updated, generic update.
        pub format_updated: Option<TrackedFormatEventIdentifierDescriptionPairsFormatUpdated> =
            "format_updated" optional,
        /// a format was inserted
        pub format_inserted: Option<TrackedFormatEventIdentifierDescriptionPairsFormatInserted> =
            "format_inserted" optional,
        /// a format's value was update ie, the text, etc...
        pub format_value_edited: Option<TrackedFormatEventIdentifierDescriptionPairsFormatValueEdited> =
            "format_value_edited" optional,
    }
}

/// The key value pair for an asset being created.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedFormatEventIdentifierDescriptionPairsFormatCreated {
    AFormatWasCreated,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedFormatEventIdentifierDescriptionPairsFormatCreated {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AFormatWasCreated => "a_format_was_created",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for TrackedFormatEventIdentifierDescriptionPairsFormatCreated {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "a_format_was_created" => Self::AFormatWasCreated,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(TrackedFormatEventIdentifierDescriptionPairsFormatCreated);

/// If a format was copied entirely
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedFormatEventIdentifierDescriptionPairsFormatCopied {
    IfAFormatWasEntirelyCopied,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedFormatEventIdentifierDescriptionPairsFormatCopied {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::IfAFormatWasEntirelyCopied => "if_a_format_was_entirely_copied",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for TrackedFormatEventIdentifierDescriptionPairsFormatCopied {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "if_a_format_was_entirely_copied" => Self::IfAFormatWasEntirelyCopied,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(TrackedFormatEventIdentifierDescriptionPairsFormatCopied);

/// If a format was copied partially
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedFormatEventIdentifierDescriptionPairsFormatPartiallyCopied {
    IfAFormatWasPartiallyCopied,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedFormatEventIdentifierDescriptionPairsFormatPartiallyCopied {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::IfAFormatWasPartiallyCopied => "if_a_format_was_partially_copied",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr
for TrackedFormatEventIdentifierDescriptionPairsFormatPartiallyCopied {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "if_a_format_was_partially_copied" => Self::IfAFormatWasPartiallyCopied,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(
    TrackedFormatEventIdentifierDescriptionPairsFormatPartiallyCopied
);

/// If a format was downloaded
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedFormatEventIdentifierDescriptionPairsFormatDownloaded {
    IfAFormatWasDownloaded,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedFormatEventIdentifierDescriptionPairsFormatDownloaded {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::IfAFormatWasDownloaded => "if_a_format_was_downloaded",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for TrackedFormatEventIdentifierDescriptionPairsFormatDownloaded {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "if_a_format_was_downloaded" => Self::IfAFormatWasDownloaded,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(
    TrackedFormatEventIdentifierDescriptionPairsFormatDownloaded
);

/// If an format was deleted
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedFormatEventIdentifierDescriptionPairsFormatDeleted {
    IfAFormatWasDeleted,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedFormatEventIdentifierDescriptionPairsFormatDeleted {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::IfAFormatWasDeleted => "if_a_format_was_deleted",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for TrackedFormatEventIdentifierDescriptionPairsFormatDeleted {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "if_a_format_was_deleted" => Self::IfAFormatWasDeleted,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(TrackedFormatEventIdentifierDescriptionPairsFormatDeleted);

/// If a generic classification was changed on a format
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedFormatEventIdentifierDescriptionPairsFormatGenericClassificationUpdated {
    IfAGenericClassificationWasChangedOnAFormat,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedFormatEventIdentifierDescriptionPairsFormatGenericClassificationUpdated {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::IfAGenericClassificationWasChangedOnAFormat => {
                "if_a_generic_classification_was_changed_on_a_format"
            }
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr
for TrackedFormatEventIdentifierDescriptionPairsFormatGenericClassificationUpdated {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "if_a_generic_classification_was_changed_on_a_format" => {
                Self::IfAGenericClassificationWasChangedOnAFormat
            }
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(
    TrackedFormatEventIdentifierDescriptionPairsFormatGenericClassificationUpdated
);

/// If a specific classification was changed on a format
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedFormatEventIdentifierDescriptionPairsFormatSpecificClassificationUpdated {
    IfASpecificClassificationWasChangedOnAFormat,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedFormatEventIdentifierDescriptionPairsFormatSpecificClassificationUpdated {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::IfASpecificClassificationWasChangedOnAFormat => {
                "if_a_specific_classification_was_changed_on_a_format"
            }
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr
for TrackedFormatEventIdentifierDescriptionPairsFormatSpecificClassificationUpdated {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "if_a_specific_classification_was_changed_on_a_format" => {
                Self::IfASpecificClassificationWasChangedOnAFormat
            }
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(
    TrackedFormatEventIdentifierDescriptionPairsFormatSpecificClassificationUpdated
);

/// a format was updated, generic update.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedFormatEventIdentifierDescriptionPairsFormatUpdated {
    AFormatWasUpdated,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedFormatEventIdentifierDescriptionPairsFormatUpdated {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AFormatWasUpdated => "a_format_was_updated",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for TrackedFormatEventIdentifierDescriptionPairsFormatUpdated {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "a_format_was_updated" => Self::AFormatWasUpdated,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(TrackedFormatEventIdentifierDescriptionPairsFormatUpdated);

/// a format was inserted
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedFormatEventIdentifierDescriptionPairsFormatInserted {
    AFormatWasInserted,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedFormatEventIdentifierDescriptionPairsFormatInserted {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AFormatWasInserted => "a_format_was_inserted",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for TrackedFormatEventIdentifierDescriptionPairsFormatInserted {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "a_format_was_inserted" => Self::AFormatWasInserted,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(TrackedFormatEventIdentifierDescriptionPairsFormatInserted);

/// a format's value was update ie, the text, etc...
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedFormatEventIdentifierDescriptionPairsFormatValueEdited {
    AFormatValueWasEdited,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedFormatEventIdentifierDescriptionPairsFormatValueEdited {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AFormatValueWasEdited => "a_format_value_was_edited",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr
for TrackedFormatEventIdentifierDescriptionPairsFormatValueEdited {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "a_format_value_was_edited" => Self::AFormatValueWasEdited,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(
    TrackedFormatEventIdentifierDescriptionPairsFormatValueEdited
);
