// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// TrackedAssetEventIdentifierDescriptionPairs
    ///
    /// These are all of the available event types that are permitted in an object pair notation.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct TrackedAssetEventIdentifierDescriptionPairs {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        /// The key value pair for an asset being created.
        pub asset_created: Option<TrackedAssetEventIdentifierDescriptionPairsAssetCreated> =
            "asset_created" optional,
        /// An asset was viewed
        pub asset_viewed: Option<TrackedAssetEventIdentifierDescriptionPairsAssetViewed> =
            "asset_viewed" optional,
        /// An asset's format was copied
        pub asset_format_copied: Option<TrackedAssetEventIdentifierDescriptionPairsAssetFormatCopied> =
            "asset_format_copied" optional,
        /// An asset's format was downloaded
        pub asset_format_downloaded: Option<TrackedAssetEventIdentifierDescriptionPairsAssetFormatDownloaded> =
            "asset_format_downloaded" optional,
        /// An asset was deleted or not
        pub asset_deleted: Option<TrackedAssetEventIdentifierDescriptionPairsAssetDeleted> =
            "asset_deleted" optional,
        /// An asset was redescribed by the user
        pub asset_description_updated: Option<TrackedAssetEventIdentifierDescriptionPairsAssetDescriptionUpdated> =
            "asset_description_updated" optional,
        /// An asset was renamed by the user
        pub asset_name_updated: Option<TrackedAssetEventIdentifierDescriptionPairsAssetNameUpdated> =
            "asset_name_updated" optional,
        /// A generic classification was changed on a format within an asset
        pub asset_format_generic_classification_updated: Option<TrackedAssetEventIdentifierDescriptionPairsAssetFormatGenericClassificationUpdated> =
            "asset_format_generic_classification_updated" optional,
        /// A specific classification was changed on a format within an asset
        pub asset_format_specific_classification_updated: Option<TrackedAssetEventIdentifierDescriptionPairsAssetFormatSpecificClassificationUpdated> =
            "asset_format_specific_classification_updated" optional,
        pub asset_creation_failed: Option<TrackedAssetEventIdentifierDescriptionPairsAssetCreationFailed> =
            "asset_creation_failed" optional,
        pub asset_tag_added: Option<TrackedAssetEventIdentifierDescriptionPairsAssetTagAdded> =
            "asset_tag_added" optional,
        pub asset_link_added: Option<TrackedAssetEventIdentifierDescriptionPairsAssetLinkAdded> =
            "asset_link_added" optional,
        /// user generated a link for the asset
        pub asset_link_generated: Option<TrackedAssetEventIdentifierDescriptionPairsAssetLinkGenerated> =
            "asset_link_generated" optional,
        pub asset_link_deleted: Option<TrackedAssetEventIdentifierDescriptionPairsAssetLinkDeleted> =
            "asset_link_deleted" optional,
        pub asset_tag_deleted: Option<TrackedAssetEventIdentifierDescriptionPairsAssetTagDeleted> =
            "asset_tag_deleted" optional,
        /// This is just a generic string for an asset was updated.
        pub asset_updated: Option<TrackedAssetEventIdentifierDescriptionPairsAssetUpdated> =
            "asset_updated" optional,
        /// This is a side effect event for a format value getting edited that exists on an asset.
        pub asset_format_value_edited: Option<TrackedAssetEventIdentifierDescriptionPairsAssetFormatValueEdited> =
            "asset_format_value_edited" optional,
        /// This is a generic activity event for an asset getting updated because our format was updated for some reason.
        pub asset_format_updated: Option<TrackedAssetEventIdentifierDescriptionPairsAssetFormatUpdated> =
            "asset_format_updated" optional,
        /// This means that a shareable link was revoked.
        pub asset_link_revoked: Option<TrackedAssetEventIdentifierDescriptionPairsAssetLinkRevoked> =
            "asset_link_revoked" optional,
        /// This just means that a person was added via the user.
        pub asset_person_added: Option<TrackedAssetEventIdentifierDescriptionPairsAssetPersonAdded> =
            "asset_person_added" optional,
        /// This just means that a person was deleted via the user.
        pub asset_person_deleted: Option<TrackedAssetEventIdentifierDescriptionPairsAssetPersonDeleted> =
            "asset_person_deleted" optional,
        /// This just means that a sensitive was added via the user.
        pub asset_sensitive_added: Option<TrackedAssetEventIdentifierDescriptionPairsAssetSensitiveAdded> =
            "asset_sensitive_added" optional,
        /// This just means that a sensitive was deleted via the user.
        pub asset_sensitive_deleted: Option<TrackedAssetEventIdentifierDescriptionPairsAssetSensitiveDeleted> =
            "asset_sensitive_deleted" optional,
        /// This means that an asset was view/used while the user was looking at the suggestion view.
        pub suggested_asset_referenced: Option<TrackedAssetEventIdentifierDescriptionPairsSuggestedAssetReferenced> =
            "suggested_asset_referenced" optional,
        /// This means that an asset was view/used while the user was looking at the searching view.
        pub searched_asset_referenced: Option<TrackedAssetEventIdentifierDescriptionPairsSearchedAssetReferenced> =
            "searched_asset_referenced" optional,
        /// This means that an asset was view/used while the user was looking at the default view.
        pub asset_referenced: Option<TrackedAssetEventIdentifierDescriptionPairsAssetReferenced> =
            "asset_referenced" optional,
        /// This means that a user referenced an asset by first clicking on an asset within an activity event.(ie from the activity view)
        pub activity_asset_referenced: Option<TrackedAssetEventIdentifierDescriptionPairsActivityAssetReferenced> =
            "activity_asset_referenced" optional,
        pub asset_annotation_added: Option<TrackedAssetEventIdentifierDescriptionPairsAssetAnnotationAdded> =
            "asset_annotation_added" optional,
        pub asset_annotation_deleted: Option<TrackedAssetEventIdentifierDescriptionPairsAssetAnnotationDeleted> =
            "asset_annotation_deleted" optional,
        pub asset_annotation_updated: Option<TrackedAssetEventIdentifierDescriptionPairsAssetAnnotationUpdated> =
            "asset_annotation_updated" optional,
        pub asset_hint_added: Option<TrackedAssetEventIdentifierDescriptionPairsAssetHintAdded> =
            "asset_hint_added" optional,
        pub asset_hint_deleted: Option<TrackedAssetEventIdentifierDescriptionPairsAssetHintDeleted> =
            "asset_hint_deleted" optional,
        pub asset_hint_updated: Option<TrackedAssetEventIdentifierDescriptionPairsAssetHintUpdated> =
            "asset_hint_updated" optional,
        pub asset_anchor_added: Option<TrackedAssetEventIdentifierDescriptionPairsAssetAnchorAdded> =
            "asset_anchor_added" optional,
        pub asset_anchor_deleted: Option<TrackedAssetEventIdentifierDescriptionPairsAssetAnchorDeleted> =
            "asset_anchor_deleted" optional,
        pub asset_anchor_updated: Option<TrackedAssetEventIdentifierDescriptionPairsAssetAnchorUpdated> =
            "asset_anchor_updated" optional,
    }
}

/// The key value pair for an asset being created.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetCreated {
    AnAssetWasCreated,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedAssetEventIdentifierDescriptionPairsAssetCreated {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AnAssetWasCreated => "an_asset_was_created",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for TrackedAssetEventIdentifierDescriptionPairsAssetCreated {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "an_asset_was_created" => Self::AnAssetWasCreated,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(TrackedAssetEventIdentifierDescriptionPairsAssetCreated);

/// An asset was viewed
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetViewed {
    AnAssetWasViewed,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedAssetEventIdentifierDescriptionPairsAssetViewed {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AnAssetWasViewed => "an_asset_was_viewed",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for TrackedAssetEventIdentifierDescriptionPairsAssetViewed {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "an_asset_was_viewed" => Self::AnAssetWasViewed,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(TrackedAssetEventIdentifierDescriptionPairsAssetViewed);

/// An asset's format was copied
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetFormatCopied {
    AnAssetPreviewFormatWasCopied,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedAssetEventIdentifierDescriptionPairsAssetFormatCopied {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AnAssetPreviewFormatWasCopied => "an_asset_preview_format_was_copied",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for TrackedAssetEventIdentifierDescriptionPairsAssetFormatCopied {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "an_asset_preview_format_was_copied" => Self::AnAssetPreviewFormatWasCopied,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(
    TrackedAssetEventIdentifierDescriptionPairsAssetFormatCopied
);

/// An asset's format was downloaded
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetFormatDownloaded {
    AnAssetFormatWasDownloaded,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedAssetEventIdentifierDescriptionPairsAssetFormatDownloaded {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AnAssetFormatWasDownloaded => "an_asset_format_was_downloaded",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr
for TrackedAssetEventIdentifierDescriptionPairsAssetFormatDownloaded {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "an_asset_format_was_downloaded" => Self::AnAssetFormatWasDownloaded,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(
    TrackedAssetEventIdentifierDescriptionPairsAssetFormatDownloaded
);

/// An asset was deleted or not
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetDeleted {
    AnAssetWasDeleted,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedAssetEventIdentifierDescriptionPairsAssetDeleted {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AnAssetWasDeleted => "an_asset_was_deleted",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for TrackedAssetEventIdentifierDescriptionPairsAssetDeleted {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "an_asset_was_deleted" => Self::AnAssetWasDeleted,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(TrackedAssetEventIdentifierDescriptionPairsAssetDeleted);

/// An asset was redescribed by the user
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetDescriptionUpdated {
    AnAssetWasRedescribedByTheUser,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedAssetEventIdentifierDescriptionPairsAssetDescriptionUpdated {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AnAssetWasRedescribedByTheUser => {
                "an_asset_was_redescribed_by_the_user"
            }
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr
for TrackedAssetEventIdentifierDescriptionPairsAssetDescriptionUpdated {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "an_asset_was_redescribed_by_the_user" => {
                Self::AnAssetWasRedescribedByTheUser
            }
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(
    TrackedAssetEventIdentifierDescriptionPairsAssetDescriptionUpdated
);

/// An asset was renamed by the user
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetNameUpdated {
    AnAssetWasRenamedByTheUser,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedAssetEventIdentifierDescriptionPairsAssetNameUpdated {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AnAssetWasRenamedByTheUser => "an_asset_was_renamed_by_the_user",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for TrackedAssetEventIdentifierDescriptionPairsAssetNameUpdated {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "an_asset_was_renamed_by_the_user" => Self::AnAssetWasRenamedByTheUser,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(
    TrackedAssetEventIdentifierDescriptionPairsAssetNameUpdated
);

/// A generic classification was changed on a format within an asset
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetFormatGenericClassificationUpdated {
    AGenericClassificationWasChangedOnAFormatWithinAnAsset,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedAssetEventIdentifierDescriptionPairsAssetFormatGenericClassificationUpdated {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AGenericClassificationWasChangedOnAFormatWithinAnAsset => {
                "a_generic_classification_was_changed_on_a_format_within_an_asset"
            }
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr
for TrackedAssetEventIdentifierDescriptionPairsAssetFormatGenericClassificationUpdated {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "a_generic_classification_was_changed_on_a_format_within_an_asset" => {
                Self::AGenericClassificationWasChangedOnAFormatWithinAnAsset
            }
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(
    TrackedAssetEventIdentifierDescriptionPairsAssetFormatGenericClassificationUpdated
);

/// A specific classification was changed on a format within an asset
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetFormatSpecificClassificationUpdated {
    ASpecificClassificationWasChangedOnAFormatWithinAnAsset,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedAssetEventIdentifierDescriptionPairsAssetFormatSpecificClassificationUpdated {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ASpecificClassificationWasChangedOnAFormatWithinAnAsset => {
                "a_specific_classification_was_changed_on_a_format_within_an_asset"
            }
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr
for TrackedAssetEventIdentifierDescriptionPairsAssetFormatSpecificClassificationUpdated {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "a_specific_classification_was_changed_on_a_format_within_an_asset" => {
                Self::ASpecificClassificationWasChangedOnAFormatWithinAnAsset
            }
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(
    TrackedAssetEventIdentifierDescriptionPairsAssetFormatSpecificClassificationUpdated
);

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetCreationFailed {
    AnAssetFailedToBeCreated,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedAssetEventIdentifierDescriptionPairsAssetCreationFailed {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AnAssetFailedToBeCreated => "an_asset_failed_to_be_created",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr
for TrackedAssetEventIdentifierDescriptionPairsAssetCreationFailed {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "an_asset_failed_to_be_created" => Self::AnAssetFailedToBeCreated,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(
    TrackedAssetEventIdentifierDescriptionPairsAssetCreationFailed
);

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetTagAdded {
    ATagWasAddedByTheUser,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedAssetEventIdentifierDescriptionPairsAssetTagAdded {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ATagWasAddedByTheUser => "a_tag_was_added_by_the_user",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for TrackedAssetEventIdentifierDescriptionPairsAssetTagAdded {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "a_tag_was_added_by_the_user" => Self::ATagWasAddedByTheUser,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(TrackedAssetEventIdentifierDescriptionPairsAssetTagAdded);

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetLinkAdded {
    ALinkWasAddedByTheUser,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedAssetEventIdentifierDescriptionPairsAssetLinkAdded {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ALinkWasAddedByTheUser => "a_link_was_added_by_the_user",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for TrackedAssetEventIdentifierDescriptionPairsAssetLinkAdded {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "a_link_was_added_by_the_user" => Self::ALinkWasAddedByTheUser,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(TrackedAssetEventIdentifierDescriptionPairsAssetLinkAdded);

/// user generated a link for the asset
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetLinkGenerated {
    AnAssetLinkWasGenerated,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedAssetEventIdentifierDescriptionPairsAssetLinkGenerated {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AnAssetLinkWasGenerated => "an_asset_link_was_generated",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr
for TrackedAssetEventIdentifierDescriptionPairsAssetLinkGenerated {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "an_asset_link_was_generated" => Self::AnAssetLinkWasGenerated,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(
    TrackedAssetEventIdentifierDescriptionPairsAssetLinkGenerated
);

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetLinkDeleted {
    ALinkWasDeletedByTheUser,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedAssetEventIdentifierDescriptionPairsAssetLinkDeleted {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ALinkWasDeletedByTheUser => "a_link_was_deleted_by_the_user",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for TrackedAssetEventIdentifierDescriptionPairsAssetLinkDeleted {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "a_link_was_deleted_by_the_user" => Self::ALinkWasDeletedByTheUser,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(
    TrackedAssetEventIdentifierDescriptionPairsAssetLinkDeleted
);

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetTagDeleted {
    ATagWasDeletedByTheUser,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedAssetEventIdentifierDescriptionPairsAssetTagDeleted {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ATagWasDeletedByTheUser => "a_tag_was_deleted_by_the_user",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for TrackedAssetEventIdentifierDescriptionPairsAssetTagDeleted {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "a_tag_was_deleted_by_the_user" => Self::ATagWasDeletedByTheUser,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(TrackedAssetEventIdentifierDescriptionPairsAssetTagDeleted);

/// This is just a generic string for an asset was updated.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetUpdated {
    AnAssetWasUpdated,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedAssetEventIdentifierDescriptionPairsAssetUpdated {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AnAssetWasUpdated => "an_asset_was_updated",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for TrackedAssetEventIdentifierDescriptionPairsAssetUpdated {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "an_asset_was_updated" => Self::AnAssetWasUpdated,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(TrackedAssetEventIdentifierDescriptionPairsAssetUpdated);

/// This is a side effect event for a format value getting edited that exists on an asset.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetFormatValueEdited {
    ASpecificFormatValueWasEditedOnAnAsset,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedAssetEventIdentifierDescriptionPairsAssetFormatValueEdited {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ASpecificFormatValueWasEditedOnAnAsset => {
                "a_specific_format_value_was_edited_on_an_asset"
            }
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr
for TrackedAssetEventIdentifierDescriptionPairsAssetFormatValueEdited {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "a_specific_format_value_was_edited_on_an_asset" => {
                Self::ASpecificFormatValueWasEditedOnAnAsset
            }
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(
    TrackedAssetEventIdentifierDescriptionPairsAssetFormatValueEdited
);

/// This is a generic activity event for an asset getting updated because our format was updated for some reason.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetFormatUpdated {
    ASpecificFormatWasUpdatedOnAnAsset,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedAssetEventIdentifierDescriptionPairsAssetFormatUpdated {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ASpecificFormatWasUpdatedOnAnAsset => {
                "a_specific_format_was_updated_on_an_asset"
            }
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr
for TrackedAssetEventIdentifierDescriptionPairsAssetFormatUpdated {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "a_specific_format_was_updated_on_an_asset" => {
                Self::ASpecificFormatWasUpdatedOnAnAsset
            }
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(
    TrackedAssetEventIdentifierDescriptionPairsAssetFormatUpdated
);

/// This means that a shareable link was revoked.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetLinkRevoked {
    AnAssetLinkWasRevoked,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedAssetEventIdentifierDescriptionPairsAssetLinkRevoked {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AnAssetLinkWasRevoked => "an_asset_link_was_revoked",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for TrackedAssetEventIdentifierDescriptionPairsAssetLinkRevoked {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "an_asset_link_was_revoked" => Self::AnAssetLinkWasRevoked,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(
    TrackedAssetEventIdentifierDescriptionPairsAssetLinkRevoked
);

/// This just means that a person was added via the user.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetPersonAdded {
    APersonWasAddedByTheUser,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedAssetEventIdentifierDescriptionPairsAssetPersonAdded {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::APersonWasAddedByTheUser => "a_person_was_added_by_the_user",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for TrackedAssetEventIdentifierDescriptionPairsAssetPersonAdded {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "a_person_was_added_by_the_user" => Self::APersonWasAddedByTheUser,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(
    TrackedAssetEventIdentifierDescriptionPairsAssetPersonAdded
);

/// This just means that a person was deleted via the user.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetPersonDeleted {
    APersonWasDeletedByTheUser,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedAssetEventIdentifierDescriptionPairsAssetPersonDeleted {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::APersonWasDeletedByTheUser => "a_person_was_deleted_by_the_user",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr
for TrackedAssetEventIdentifierDescriptionPairsAssetPersonDeleted {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "a_person_was_deleted_by_the_user" => Self::APersonWasDeletedByTheUser,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(
    TrackedAssetEventIdentifierDescriptionPairsAssetPersonDeleted
);

/// This just means that a sensitive was added via the user.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetSensitiveAdded {
    ASensitiveWasAddedByTheUser,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedAssetEventIdentifierDescriptionPairsAssetSensitiveAdded {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ASensitiveWasAddedByTheUser => "a_sensitive_was_added_by_the_user",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr
for TrackedAssetEventIdentifierDescriptionPairsAssetSensitiveAdded {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "a_sensitive_was_added_by_the_user" => Self::ASensitiveWasAddedByTheUser,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(
    TrackedAssetEventIdentifierDescriptionPairsAssetSensitiveAdded
);

/// This just means that a sensitive was deleted via the user.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetSensitiveDeleted {
    ASensitiveWasDeletedByTheUser,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedAssetEventIdentifierDescriptionPairsAssetSensitiveDeleted {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ASensitiveWasDeletedByTheUser => "a_sensitive_was_deleted_by_the_user",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr
for TrackedAssetEventIdentifierDescriptionPairsAssetSensitiveDeleted {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "a_sensitive_was_deleted_by_the_user" => Self::ASensitiveWasDeletedByTheUser,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(
    TrackedAssetEventIdentifierDescriptionPairsAssetSensitiveDeleted
);

/// This means that an asset was view/used while the user was looking at the suggestion view.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsSuggestedAssetReferenced {
    ASuggestedAssetWasReferencedByTheUser,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedAssetEventIdentifierDescriptionPairsSuggestedAssetReferenced {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ASuggestedAssetWasReferencedByTheUser => {
                "a_suggested_asset_was_referenced_by_the_user"
            }
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr
for TrackedAssetEventIdentifierDescriptionPairsSuggestedAssetReferenced {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "a_suggested_asset_was_referenced_by_the_user" => {
                Self::ASuggestedAssetWasReferencedByTheUser
            }
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(
    TrackedAssetEventIdentifierDescriptionPairsSuggestedAssetReferenced
);

/// This means that an asset was view/used while the user was looking at the searching view.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsSearchedAssetReferenced {
    ASearchedAssetWasReferencedByTheUser,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedAssetEventIdentifierDescriptionPairsSearchedAssetReferenced {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ASearchedAssetWasReferencedByTheUser => {
                "a_searched_asset_was_referenced_by_the_user"
            }
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr
for TrackedAssetEventIdentifierDescriptionPairsSearchedAssetReferenced {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "a_searched_asset_was_referenced_by_the_user" => {
                Self::ASearchedAssetWasReferencedByTheUser
            }
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(
    TrackedAssetEventIdentifierDescriptionPairsSearchedAssetReferenced
);

/// This means that an asset was view/used while the user was looking at the default view.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetReferenced {
    AnAssetWasReferencedByTheUser,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedAssetEventIdentifierDescriptionPairsAssetReferenced {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AnAssetWasReferencedByTheUser => "an_asset_was_referenced_by_the_user",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for TrackedAssetEventIdentifierDescriptionPairsAssetReferenced {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "an_asset_was_referenced_by_the_user" => Self::AnAssetWasReferencedByTheUser,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(TrackedAssetEventIdentifierDescriptionPairsAssetReferenced);

/// This means that a user referenced an asset by first clicking on an asset within an activity event.(ie from the activity view)
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsActivityAssetReferenced {
    AnActivityAssetWasReferencedByTheUser,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedAssetEventIdentifierDescriptionPairsActivityAssetReferenced {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AnActivityAssetWasReferencedByTheUser => {
                "an_activity_asset_was_referenced_by_the_user"
            }
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr
for TrackedAssetEventIdentifierDescriptionPairsActivityAssetReferenced {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "an_activity_asset_was_referenced_by_the_user" => {
                Self::AnActivityAssetWasReferencedByTheUser
            }
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(
    TrackedAssetEventIdentifierDescriptionPairsActivityAssetReferenced
);

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetAnnotationAdded {
    AnAnnotationWasAddedByTheUser,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedAssetEventIdentifierDescriptionPairsAssetAnnotationAdded {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AnAnnotationWasAddedByTheUser => "an_annotation_was_added_by_the_user",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr
for TrackedAssetEventIdentifierDescriptionPairsAssetAnnotationAdded {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "an_annotation_was_added_by_the_user" => Self::AnAnnotationWasAddedByTheUser,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(
    TrackedAssetEventIdentifierDescriptionPairsAssetAnnotationAdded
);

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetAnnotationDeleted {
    AnAnnotationWasDeletedByTheUser,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedAssetEventIdentifierDescriptionPairsAssetAnnotationDeleted {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AnAnnotationWasDeletedByTheUser => {
                "an_annotation_was_deleted_by_the_user"
            }
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr
for TrackedAssetEventIdentifierDescriptionPairsAssetAnnotationDeleted {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "an_annotation_was_deleted_by_the_user" => {
                Self::AnAnnotationWasDeletedByTheUser
            }
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(
    TrackedAssetEventIdentifierDescriptionPairsAssetAnnotationDeleted
);

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetAnnotationUpdated {
    AnAnnotationWasUpdatedByTheUser,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedAssetEventIdentifierDescriptionPairsAssetAnnotationUpdated {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AnAnnotationWasUpdatedByTheUser => {
                "an_annotation_was_updated_by_the_user"
            }
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr
for TrackedAssetEventIdentifierDescriptionPairsAssetAnnotationUpdated {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "an_annotation_was_updated_by_the_user" => {
                Self::AnAnnotationWasUpdatedByTheUser
            }
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(
    TrackedAssetEventIdentifierDescriptionPairsAssetAnnotationUpdated
);

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetHintAdded {
    AHintWasAddedByTheUser,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedAssetEventIdentifierDescriptionPairsAssetHintAdded {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AHintWasAddedByTheUser => "a_hint_was_added_by_the_user",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for TrackedAssetEventIdentifierDescriptionPairsAssetHintAdded {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "a_hint_was_added_by_the_user" => Self::AHintWasAddedByTheUser,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(TrackedAssetEventIdentifierDescriptionPairsAssetHintAdded);

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetHintDeleted {
    AHintWasDeletedByTheUser,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedAssetEventIdentifierDescriptionPairsAssetHintDeleted {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AHintWasDeletedByTheUser => "a_hint_was_deleted_by_the_user",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for TrackedAssetEventIdentifierDescriptionPairsAssetHintDeleted {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "a_hint_was_deleted_by_the_user" => Self::AHintWasDeletedByTheUser,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(
    TrackedAssetEventIdentifierDescriptionPairsAssetHintDeleted
);

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetHintUpdated {
    AHintWasUpdatedByTheUser,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedAssetEventIdentifierDescriptionPairsAssetHintUpdated {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AHintWasUpdatedByTheUser => "a_hint_was_updated_by_the_user",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for TrackedAssetEventIdentifierDescriptionPairsAssetHintUpdated {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "a_hint_was_updated_by_the_user" => Self::AHintWasUpdatedByTheUser,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(
    TrackedAssetEventIdentifierDescriptionPairsAssetHintUpdated
);

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetAnchorAdded {
    AAnchorWasAddedByTheUser,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedAssetEventIdentifierDescriptionPairsAssetAnchorAdded {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AAnchorWasAddedByTheUser => "a_anchor_was_added_by_the_user",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for TrackedAssetEventIdentifierDescriptionPairsAssetAnchorAdded {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "a_anchor_was_added_by_the_user" => Self::AAnchorWasAddedByTheUser,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(
    TrackedAssetEventIdentifierDescriptionPairsAssetAnchorAdded
);

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetAnchorDeleted {
    AAnchorWasDeletedByTheUser,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedAssetEventIdentifierDescriptionPairsAssetAnchorDeleted {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AAnchorWasDeletedByTheUser => "a_anchor_was_deleted_by_the_user",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr
for TrackedAssetEventIdentifierDescriptionPairsAssetAnchorDeleted {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "a_anchor_was_deleted_by_the_user" => Self::AAnchorWasDeletedByTheUser,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(
    TrackedAssetEventIdentifierDescriptionPairsAssetAnchorDeleted
);

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetAnchorUpdated {
    AAnchorWasUpdatedByTheUser,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedAssetEventIdentifierDescriptionPairsAssetAnchorUpdated {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AAnchorWasUpdatedByTheUser => "a_anchor_was_updated_by_the_user",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr
for TrackedAssetEventIdentifierDescriptionPairsAssetAnchorUpdated {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "a_anchor_was_updated_by_the_user" => Self::AAnchorWasUpdatedByTheUser,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(
    TrackedAssetEventIdentifierDescriptionPairsAssetAnchorUpdated
);
