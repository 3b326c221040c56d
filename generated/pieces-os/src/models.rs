// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Pieces OS Client API: Person and User.

#[cfg(feature = "server")]
use crate::support::non_null;

/// AccessEnum
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccessEnum {
    Public,
    Private,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl AccessEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Public => "PUBLIC",
            Self::Private => "PRIVATE",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for AccessEnum {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "PUBLIC" => Self::Public,
            "PRIVATE" => Self::Private,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}
crate::support::string_enum!(AccessEnum);

/// Accessor
///
/// This is used to determine who has accessed a share.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Accessor {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    /// this is an os id.
    pub os: String,
    pub share: String,
    /// how many times this user accessed this piece.
    pub count: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub user: Option<FlattenedUserProfile>,
}

/// Accessors
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Accessors {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub iterable: Vec<Accessor>,
}

/// Aesthetics
///
/// These are aesthetics properties that will ensure the darkmode + font size and other aesthetics properties persist:)
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Aesthetics {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub theme: Theme,
    pub font: Font,
}

/// AllocationCloud
///
/// update && version: will be present only if your cloud was successfully spun up && running.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AllocationCloud {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    /// This is a uuid that represents this cloud.(this is the same as the userid)
    pub id: String,
    /// this is your useruuid.
    pub user: String,
    pub urls: AllocationCloudUrls,
    pub status: AllocationCloudStatus,
    /// This is the project that this is attached to.
    pub project: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub updated: Option<GroupedTimestamp>,
    /// this is the current version of the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub version: Option<String>,
    /// this is the region where the project is defined.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub region: Option<String>,
}

/// AllocationCloudStatus
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AllocationCloudStatus {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub cloud: AllocationStatusEnum,
}

/// AllocationCloudUrl
///
/// This is one of the 3 possible urls that will route to your cloud :).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AllocationCloudUrl {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub status: AllocationStatusEnum,
    /// this is the base url that is used to communicat with your vpc.
    pub url: String,
}

/// AllocationCloudUrls
///
/// you will have at minimum 2 urls,
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AllocationCloudUrls {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub base: AllocationCloudUrl,
    pub id: AllocationCloudUrl,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub vanity: Option<AllocationCloudUrl>,
}

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

/// AnalyticsTrackedAdoptionEventIdentifierDescriptionPairs
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct AnalyticsTrackedAdoptionEventIdentifierDescriptionPairs {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub adoption_install: Option<
        AnalyticsTrackedAdoptionEventIdentifierDescriptionPairsAdoptionInstall,
    >,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub adoption_uninstall: Option<
        AnalyticsTrackedAdoptionEventIdentifierDescriptionPairsAdoptionUninstall,
    >,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AnalyticsTrackedAdoptionEventIdentifierDescriptionPairsAdoptionInstall {
    TheUserHasInstalledAPiecesApplication,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl AnalyticsTrackedAdoptionEventIdentifierDescriptionPairsAdoptionInstall {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TheUserHasInstalledAPiecesApplication => {
                "the_user_has_installed_a_pieces_application"
            }
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr
for AnalyticsTrackedAdoptionEventIdentifierDescriptionPairsAdoptionInstall {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "the_user_has_installed_a_pieces_application" => {
                Self::TheUserHasInstalledAPiecesApplication
            }
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}
crate::support::string_enum!(
    AnalyticsTrackedAdoptionEventIdentifierDescriptionPairsAdoptionInstall
);

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AnalyticsTrackedAdoptionEventIdentifierDescriptionPairsAdoptionUninstall {
    TheUserHasUninstalledAPiecesApplication,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl AnalyticsTrackedAdoptionEventIdentifierDescriptionPairsAdoptionUninstall {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TheUserHasUninstalledAPiecesApplication => {
                "the_user_has_uninstalled_a_pieces_application"
            }
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr
for AnalyticsTrackedAdoptionEventIdentifierDescriptionPairsAdoptionUninstall {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "the_user_has_uninstalled_a_pieces_application" => {
                Self::TheUserHasUninstalledAPiecesApplication
            }
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}
crate::support::string_enum!(
    AnalyticsTrackedAdoptionEventIdentifierDescriptionPairsAdoptionUninstall
);

/// AnchorTypeEnum
///
/// This is an enum used to differentiate the different between different anchors.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AnchorTypeEnum {
    File,
    Directory,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl AnchorTypeEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::File => "FILE",
            Self::Directory => "DIRECTORY",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for AnchorTypeEnum {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "FILE" => Self::File,
            "DIRECTORY" => Self::Directory,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}
crate::support::string_enum!(AnchorTypeEnum);

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

/// AnonymousTemporalRange
///
/// if you want a range between you can use from && to.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct AnonymousTemporalRange {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub from: Option<GroupedTimestamp>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub to: Option<GroupedTimestamp>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub between: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub continuous: Option<bool>,
}

/// Application
///
/// A Model to describe what application a format/analytics event originated.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Application {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    /// The ID of the application at the device level
    pub id: String,
    pub name: ApplicationNameEnum,
    /// This is the specific version number 0.0.0
    pub version: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub platform: Option<PlatformEnum>,
    pub onboarded: bool,
    pub privacy: PrivacyEnum,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub capabilities: Option<CapabilitiesEnum>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub mechanism: Option<MechanismEnum>,
    /// This is a proper that will let us know if we will proactivity unload all of your machine learning models.by default this is false.
    #[serde(rename = "automaticUnload", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub automatic_unload: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub enrichment: Option<SeededAssetEnrichment>,
}

/// ApplicationNameEnum
///
/// This is a running enumeration for the Names of all the Applications that can be Registered
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ApplicationNameEnum {
    Sublime,
    VsCode,
    Jetbrains,
    FirefoxAddonMv2,
    FirefoxAddonMv3,
    SafariExtensionMv2,
    SafariExtensionMv3,
    PiecesForDevelopers,
    PiecesForDevelopersCli,
    OsServer,
    GoogleChromeExtensionMv2,
    GoogleChromeExtensionMv3,
    UltraEdit,
    AtomPackage,
    AdobeIllustratorPiecesColorShare,
    MicrosoftTeams,
    ChatGpt,
    Obsidian,
    JupyterHub,
    VisualStudio,
    MicrosoftEdge,
    Brave,
    GoogleChat,
    Slack,
    AzureDataStudio,
    OpenSource,
    RStudio,
    Vim,
    Notion,
    GithubDesktop,
    Raycast,
    Replit,
    Alfred,
    Figma,
    Sketch,
    AdobeIllustrator,
    NotepadPlusPlus,
    Embeetle,
    Eclipse,
    XCode,
    Netbeans,
    Unknown,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl ApplicationNameEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sublime => "SUBLIME",
            Self::VsCode => "VS_CODE",
            Self::Jetbrains => "JETBRAINS",
            Self::FirefoxAddonMv2 => "FIREFOX_ADDON_MV2",
            Self::FirefoxAddonMv3 => "FIREFOX_ADDON_MV3",
            Self::SafariExtensionMv2 => "SAFARI_EXTENSION_MV2",
            Self::SafariExtensionMv3 => "SAFARI_EXTENSION_MV3",
            Self::PiecesForDevelopers => "PIECES_FOR_DEVELOPERS",
            Self::PiecesForDevelopersCli => "PIECES_FOR_DEVELOPERS_CLI",
            Self::OsServer => "OS_SERVER",
            Self::GoogleChromeExtensionMv2 => "GOOGLE_CHROME_EXTENSION_MV2",
            Self::GoogleChromeExtensionMv3 => "GOOGLE_CHROME_EXTENSION_MV3",
            Self::UltraEdit => "ULTRA_EDIT",
            Self::AtomPackage => "ATOM_PACKAGE",
            Self::AdobeIllustratorPiecesColorShare => {
                "ADOBE_ILLUSTRATOR_PIECES_COLOR_SHARE"
            }
            Self::MicrosoftTeams => "MICROSOFT_TEAMS",
            Self::ChatGpt => "CHAT_GPT",
            Self::Obsidian => "OBSIDIAN",
            Self::JupyterHub => "JUPYTER_HUB",
            Self::VisualStudio => "VISUAL_STUDIO",
            Self::MicrosoftEdge => "MICROSOFT_EDGE",
            Self::Brave => "BRAVE",
            Self::GoogleChat => "GOOGLE_CHAT",
            Self::Slack => "SLACK",
            Self::AzureDataStudio => "AZURE_DATA_STUDIO",
            Self::OpenSource => "OPEN_SOURCE",
            Self::RStudio => "R_STUDIO",
            Self::Vim => "VIM",
            Self::Notion => "NOTION",
            Self::GithubDesktop => "GITHUB_DESKTOP",
            Self::Raycast => "RAYCAST",
            Self::Replit => "REPLIT",
            Self::Alfred => "ALFRED",
            Self::Figma => "FIGMA",
            Self::Sketch => "SKETCH",
            Self::AdobeIllustrator => "ADOBE_ILLUSTRATOR",
            Self::NotepadPlusPlus => "NOTEPAD_PLUS_PLUS",
            Self::Embeetle => "EMBEETLE",
            Self::Eclipse => "ECLIPSE",
            Self::XCode => "X_CODE",
            Self::Netbeans => "NETBEANS",
            Self::Unknown => "UNKNOWN",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for ApplicationNameEnum {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "SUBLIME" => Self::Sublime,
            "VS_CODE" => Self::VsCode,
            "JETBRAINS" => Self::Jetbrains,
            "FIREFOX_ADDON_MV2" => Self::FirefoxAddonMv2,
            "FIREFOX_ADDON_MV3" => Self::FirefoxAddonMv3,
            "SAFARI_EXTENSION_MV2" => Self::SafariExtensionMv2,
            "SAFARI_EXTENSION_MV3" => Self::SafariExtensionMv3,
            "PIECES_FOR_DEVELOPERS" => Self::PiecesForDevelopers,
            "PIECES_FOR_DEVELOPERS_CLI" => Self::PiecesForDevelopersCli,
            "OS_SERVER" => Self::OsServer,
            "GOOGLE_CHROME_EXTENSION_MV2" => Self::GoogleChromeExtensionMv2,
            "GOOGLE_CHROME_EXTENSION_MV3" => Self::GoogleChromeExtensionMv3,
            "ULTRA_EDIT" => Self::UltraEdit,
            "ATOM_PACKAGE" => Self::AtomPackage,
            "ADOBE_ILLUSTRATOR_PIECES_COLOR_SHARE" => {
                Self::AdobeIllustratorPiecesColorShare
            }
            "MICROSOFT_TEAMS" => Self::MicrosoftTeams,
            "CHAT_GPT" => Self::ChatGpt,
            "OBSIDIAN" => Self::Obsidian,
            "JUPYTER_HUB" => Self::JupyterHub,
            "VISUAL_STUDIO" => Self::VisualStudio,
            "MICROSOFT_EDGE" => Self::MicrosoftEdge,
            "BRAVE" => Self::Brave,
            "GOOGLE_CHAT" => Self::GoogleChat,
            "SLACK" => Self::Slack,
            "AZURE_DATA_STUDIO" => Self::AzureDataStudio,
            "OPEN_SOURCE" => Self::OpenSource,
            "R_STUDIO" => Self::RStudio,
            "VIM" => Self::Vim,
            "NOTION" => Self::Notion,
            "GITHUB_DESKTOP" => Self::GithubDesktop,
            "RAYCAST" => Self::Raycast,
            "REPLIT" => Self::Replit,
            "ALFRED" => Self::Alfred,
            "FIGMA" => Self::Figma,
            "SKETCH" => Self::Sketch,
            "ADOBE_ILLUSTRATOR" => Self::AdobeIllustrator,
            "NOTEPAD_PLUS_PLUS" => Self::NotepadPlusPlus,
            "EMBEETLE" => Self::Embeetle,
            "ECLIPSE" => Self::Eclipse,
            "X_CODE" => Self::XCode,
            "NETBEANS" => Self::Netbeans,
            "UNKNOWN" => Self::Unknown,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}
crate::support::string_enum!(ApplicationNameEnum);

/// Applications
///
/// A list of all the applications
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Applications {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub iterable: Vec<Application>,
}

/// Auth0Identity
///
/// Contains info retrieved from the identity provider with which the user originally authenticates.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Auth0Identity {
    /// Name of the Auth0 connection used to authenticate the user.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub connection: Option<String>,
    /// Indicates whether the connection is a social one.
    #[serde(rename = "isSocial", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub is_social: Option<bool>,
    /// mapped from user_id -> id
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub provider: Option<String>,
    /// User's unique identifier for this connection/provider.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub user_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub access_token: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub expires_in: Option<i64>,
}

/// Auth0OpenAIUserMetadata
///
/// Only supporting a single api key per user.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Auth0OpenAiUserMetadata {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub api_key: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub api_key_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub organization_key: Option<String>,
}

/// Auth0User
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Auth0User {
    /// User's full name.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub name: Option<String>,
    /// mapped from picture.URL pointing to the user's profile picture.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub picture: Option<crate::Uri>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub created_at: Option<chrono::DateTime<chrono::FixedOffset>>,
    /// Indicates whether the user has verified their email address.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub email_verified: Option<bool>,
    /// User's family name.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub family_name: Option<String>,
    /// User's given name.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub given_name: Option<String>,
    /// Contains info retrieved from the identity provider with which the user originally authenticates.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub identities: Option<Vec<Auth0Identity>>,
    /// User's nickname.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub nickname: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub updated_at: Option<chrono::DateTime<chrono::FixedOffset>>,
    /// (unique) User's username.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub username: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub user_metadata: Option<Auth0UserMetadata>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub locale: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub user_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub last_ip: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub last_login: Option<chrono::DateTime<chrono::FixedOffset>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub logins_count: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub blocked_for: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub guardian_authenticators: Option<Vec<String>>,
}

/// Auth0UserAllocationMetadata
///
/// This is specifically for our allocation server metadata.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Auth0UserAllocationMetadata {
    pub project: String,
    pub region: String,
}

/// Auth0UserBetaStatus
///
/// Note: continuous: this means that from this moment in time, the user is continuously opted into beta
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Auth0UserBetaStatus {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub vision: Option<AnonymousTemporalRange>,
}

/// Auth0UserMetadata
///
/// User Metadata from Auth0
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Auth0UserMetadata {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub global_id: uuid::Uuid,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub cloud_key: Option<String>,
    /// A customer ID that is added to the user in the case of payments
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub stripe_customer_id: Option<String>,
    /// this is the vanityname of the user.(set from their custom CNAME dns record.) ie mark.pieces.cloud where "mark" is the vanityname.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub vanityname: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub allocation: Option<Auth0UserAllocationMetadata>,
    #[serde(rename = "open_AI", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub open_ai: Option<Auth0OpenAiUserMetadata>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub beta: Option<AnonymousTemporalRange>,
}

/// BrowserSelection
///
/// This is a given bit of text/code that is selected in the browser, this can be a copy/paste/selection
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BrowserSelection {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub classification: Classification,
    pub value: TransferableString,
}

/// BrowserTab
///
/// a tab can have many values because you might want to pass in a value that represents the code_blocks(snippets) or a md represenet note: please only pass 1 representation, I will clean on POS side tho (txt || md || html)
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct BrowserTab {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub values: Option<BrowserTabValues>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub anchor: Option<SeededAnchor>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub website: Option<SeededWebsite>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub range: Option<AnonymousTemporalRange>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub current: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub contributors: Option<DocumentContributors>,
}

/// BrowserTabs
///
/// This is a plural representation of the BrowserTab
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BrowserTabs {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub iterable: Vec<BrowserTab>,
}

/// BrowserTabValue
///
/// snippet: these are extracted code blocks selection: here is a copy/paste/selection
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct BrowserTabValue {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub html: Option<TransferableString>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub md: Option<TransferableString>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub text: Option<TransferableString>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub snippet: Option<BrowserSelection>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub selection: Option<BrowserSelection>,
}

/// BrowserTabValues
///
/// Plural model that represent many tabs
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BrowserTabValues {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub iterable: Vec<BrowserTabValue>,
}

/// ByteDescriptor
///
/// This is a nice microclass to help with managing the size of a File or Fragment in a readable way for UI's
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ByteDescriptor {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub value: i64,
    pub readable: String,
}

/// CapabilitiesEnum
///
/// This lets us know what capabilites in relation to ml/ cloud infrastructure you are opting into.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CapabilitiesEnum {
    Local,
    Cloud,
    Blended,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl CapabilitiesEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Local => "LOCAL",
            Self::Cloud => "CLOUD",
            Self::Blended => "BLENDED",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for CapabilitiesEnum {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "LOCAL" => Self::Local,
            "CLOUD" => Self::Cloud,
            "BLENDED" => Self::Blended,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}
crate::support::string_enum!(CapabilitiesEnum);

/// Classification
///
/// This is the specific classification of an Asset's Format.(This is on a per format basis b/c an asset could have different formats that are different format representations of the Asset.)
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Classification {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub generic: ClassificationGenericEnum,
    pub specific: ClassificationSpecificEnum,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub rendering: Option<ClassificationRenderingEnum>,
}

/// ClassificationGenericEnum
///
/// EXTERNAL_RESOURCE_REFERENCE can be thought of as anything such as URL, URI, UNIX PATH, etc
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ClassificationGenericEnum {
    Code,
    Text,
    Image,
    Video,
    ExternalResourceReference,
    Unknown,
    File,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl ClassificationGenericEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Code => "CODE",
            Self::Text => "TEXT",
            Self::Image => "IMAGE",
            Self::Video => "VIDEO",
            Self::ExternalResourceReference => "EXTERNAL_RESOURCE_REFERENCE",
            Self::Unknown => "UNKNOWN",
            Self::File => "FILE",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for ClassificationGenericEnum {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "CODE" => Self::Code,
            "TEXT" => Self::Text,
            "IMAGE" => Self::Image,
            "VIDEO" => Self::Video,
            "EXTERNAL_RESOURCE_REFERENCE" => Self::ExternalResourceReference,
            "UNKNOWN" => Self::Unknown,
            "FILE" => Self::File,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}
crate::support::string_enum!(ClassificationGenericEnum);

/// ClassificationRenderingEnum
///
/// Specifically supported renderings...usually between generic types
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ClassificationRenderingEnum {
    Html,
    TwentyFourBitAnsiEscapedSequences,
    HighlightJsHtml,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl ClassificationRenderingEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Html => "HTML",
            Self::TwentyFourBitAnsiEscapedSequences => {
                "TWENTY_FOUR_BIT_ANSI_ESCAPED_SEQUENCES"
            }
            Self::HighlightJsHtml => "HIGHLIGHT_JS_HTML",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for ClassificationRenderingEnum {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "HTML" => Self::Html,
            "TWENTY_FOUR_BIT_ANSI_ESCAPED_SEQUENCES" => {
                Self::TwentyFourBitAnsiEscapedSequences
            }
            "HIGHLIGHT_JS_HTML" => Self::HighlightJsHtml,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}
crate::support::string_enum!(ClassificationRenderingEnum);

/// Classifications
///
/// This is a plural representation of a Classification
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Classifications {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub iterable: Vec<Classification>,
}

/// ClassificationSpecificEnum
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ClassificationSpecificEnum {
    Csx,
    Cs,
    Html,
    Htm,
    Shtml,
    Xhtml,
    Hs,
    HsBoot,
    Hsig,
    Cpp,
    Cc,
    Cp,
    Cxx,
    C,
    H,
    Hh,
    Hpp,
    Hxx,
    Inl,
    Ipp,
    Ixx,
    Cppm,
    Csv,
    Doc,
    Docm,
    Docx,
    Exe,
    Gif,
    Ico,
    Jpe,
    Jpeg,
    Jpg,
    Jpgm,
    Jpgv,
    Log,
    Mp2,
    Mp2a,
    Mp3,
    Mp4,
    Mp4a,
    Oga,
    Ogg,
    Ogv,
    Ogx,
    Ppt,
    Pptx,
    Pptm,
    Qt,
    Text,
    Tif,
    Tiff,
    Txt,
    Wav,
    Weba,
    Webm,
    Webp,
    Xla,
    Xlam,
    Xlc,
    Xlm,
    Xls,
    Xlsb,
    Xlsm,
    Xlsx,
    Xlt,
    Xltm,
    Xltx,
    Pdf,
    Png,
    Rpm,
    Zip,
    Woff,
    Woff2,
    Svgz,
    Bin,
    Bmp,
    Eot,
    Gz,
    Jar,
    Mpkg,
    Ai,
    Eps,
    Dmg,
    List,
    Rtx,
    Uri,
    Uris,
    Urls,
    Css,
    Dart,
    Java,
    Bsh,
    Js,
    Jsx,
    Mjs,
    Htc,
    Json,
    Ipynb,
    Gltf,
    Jsonml,
    Ps,
    Ssml,
    Wasm,
    Rtf,
    Cco,
    Pl,
    Pc,
    Pm,
    Pmc,
    Pod,
    T,
    Xml,
    Tld,
    Dtml,
    Rng,
    Rss,
    Opml,
    Svg,
    Xaml,
    SublimeSnippet,
    TmLanguage,
    TmPreferences,
    TmSnippet,
    TmTheme,
    Csproj,
    Fsproj,
    Sqlproj,
    Vbproj,
    Vcproj,
    Vcxproj,
    Dae,
    Props,
    Targets,
    Xsd,
    Xsl,
    Xslt,
    Ecma,
    Node,
    Php,
    Php3,
    Php4,
    Php5,
    Php7,
    Php8,
    Phps,
    Phpt,
    Phtml,
    Py,
    Py3,
    Pyw,
    Pyi,
    Pyx,
    PyxIn,
    Pxd,
    PxdIn,
    Pxi,
    PxiIn,
    Rpy,
    Cpy,
    Gyp,
    Gypi,
    Vpy,
    Smk,
    Wscript,
    Bazel,
    Bzl,
    Pyc,
    Class,
    P,
    Pas,
    Curl,
    Mcurl,
    Go,
    Swift,
    Rs,
    Ts,
    Tsx,
    Rb,
    Rbi,
    Rbx,
    Rjs,
    Rabl,
    Rake,
    Capfile,
    Jbuilder,
    Gemspec,
    Podspec,
    Irbrc,
    Pryrc,
    Prawn,
    Thor,
    Appfile,
    Appraisals,
    Berksfile,
    Brewfile,
    Cheffile,
    Deliverfile,
    Fastfile,
    Gemfile,
    Guardfile,
    Podfile,
    Rakefile,
    Rantfile,
    Scanfile,
    Simplecov,
    Snapfile,
    Thorfile,
    Vagrantfile,
    Scala,
    Sbt,
    Sc,
    Cmd,
    Bat,
    Coffee,
    Erl,
    Hrl,
    Escript,
    Lua,
    Md,
    Mdown,
    Mdwn,
    Markdown,
    Markdn,
    Matlab,
    M,
    Ps1,
    Sh,
    Bash,
    Bashrc,
    Ash,
    Zsh,
    BashAliases,
    BashCompletions,
    BashFunctions,
    BashLogin,
    BashLogout,
    BashProfile,
    BashVariables,
    Profile,
    TextmateInit,
    Zlogin,
    Zlogout,
    Zprofile,
    Zshenv,
    Zshrc,
    Pkgbuild,
    Ebuild,
    Eclass,
    R,
    Sql,
    Ddl,
    Dml,
    Tex,
    Ltx,
    Sty,
    Cls,
    Unknown,
    Yaml,
    Yml,
    Toml,
    Tml,
    CargoLock,
    GopkgLock,
    Pipfile,
    PoetryLock,
    UniformResourceLocator,
    CustomUrlScheme,
    UnixFilePath,
    WindowsFilePath,
    UniformResourceIdentifier,
    Hljs1c,
    HljsAbnf,
    HljsAccesslog,
    HljsActionscript,
    HljsAda,
    HljsAngelscript,
    HljsApache,
    HljsApplescript,
    HljsArcade,
    HljsArduino,
    HljsArmasm,
    HljsAsciidoc,
    HljsAspectj,
    HljsAutohotkey,
    HljsAutoit,
    HljsAvrasm,
    HljsAwk,
    HljsAxapta,
    HljsBash,
    HljsBasic,
    HljsBnf,
    HljsBrainfuck,
    HljsCal,
    HljsCapnproto,
    HljsCeylon,
    HljsClean,
    HljsClojureRepl,
    HljsClojure,
    HljsCmake,
    HljsCoffeescript,
    HljsCoq,
    HljsCos,
    HljsCpp,
    HljsCrmsh,
    HljsCrystal,
    HljsC,
    HljsCs,
    HljsCsp,
    HljsCss,
    HljsD,
    HljsDart,
    HljsDelphi,
    HljsDiff,
    HljsDjango,
    HljsDns,
    HljsDockerfile,
    HljsDos,
    HljsDsconfig,
    HljsDts,
    HljsDust,
    HljsEbnf,
    HljsElixir,
    HljsElm,
    HljsErb,
    HljsErlangRepl,
    HljsErlang,
    HljsExcel,
    HljsFix,
    HljsFlix,
    HljsFortran,
    HljsFsharp,
    HljsGams,
    HljsGauss,
    HljsGcode,
    HljsGherkin,
    HljsGlsl,
    HljsGml,
    HljsGo,
    HljsGolo,
    HljsGradle,
    HljsGroovy,
    HljsHaml,
    HljsHandlebars,
    HljsHaskell,
    HljsHaxe,
    HljsHsp,
    HljsHtmlbars,
    HljsHttp,
    HljsHy,
    HljsInform7,
    HljsIni,
    HljsIrpf90,
    HljsIsbl,
    HljsJava,
    HljsJavascript,
    HljsJbossCli,
    HljsJson,
    HljsJuliaRepl,
    HljsJulia,
    HljsKotlin,
    HljsLasso,
    HljsLdif,
    HljsLeaf,
    HljsLess,
    HljsLisp,
    HljsLivecodeserver,
    HljsLivescript,
    HljsLlvm,
    HljsLsl,
    HljsLua,
    HljsMakefile,
    HljsMarkdown,
    HljsMathematica,
    HljsMatlab,
    HljsMaxima,
    HljsMel,
    HljsMercury,
    HljsMipsasm,
    HljsMizar,
    HljsMojolicious,
    HljsMonkey,
    HljsMoonscript,
    HljsN1ql,
    HljsNginx,
    HljsNimrod,
    HljsNix,
    HljsNsis,
    HljsObjectivec,
    HljsOcaml,
    HljsOpenscad,
    HljsOxygene,
    HljsParser3,
    HljsPerl,
    HljsPf,
    HljsPgsql,
    HljsPhp,
    HljsPlaintext,
    HljsPony,
    HljsPowershell,
    HljsProcessing,
    HljsProfile,
    HljsProlog,
    HljsProperties,
    HljsProtobuf,
    HljsPuppet,
    HljsPurebasic,
    HljsPython,
    HljsQ,
    HljsQml,
    HljsR,
    HljsReasonml,
    HljsRib,
    HljsRoboconf,
    HljsRouteros,
    HljsRsl,
    HljsRuby,
    HljsRuleslanguage,
    HljsRust,
    HljsSas,
    HljsScala,
    HljsScheme,
    HljsScilab,
    HljsScss,
    HljsShell,
    HljsSmali,
    HljsSmalltalk,
    HljsSml,
    HljsSqf,
    HljsSql,
    HljsStan,
    HljsStata,
    HljsStep21,
    HljsStylus,
    HljsSubunit,
    HljsSwift,
    HljsTaggerscript,
    HljsTap,
    HljsTcl,
    HljsTex,
    HljsThrift,
    HljsTp,
    HljsTwig,
    HljsTypescript,
    HljsVala,
    HljsVbnet,
    HljsVbscriptHtml,
    HljsVbscript,
    HljsVerilog,
    HljsVhdl,
    HljsVim,
    HljsX86asm,
    HljsXl,
    HljsXml,
    HljsXquery,
    HljsYaml,
    HljsToml,
    HljsZephir,
    HljsHtml,
    Groovy,
    Kt,
    El,
    Clj,
    Ex,
    Adb,
    Ads,
    Agda,
    Elm,
    Exs,
    Glsl,
    Ml,
    Lean,
    Lisp,
    Rkt,
    Sparql,
    Vhdl,
    Zig,
    Dockerfile,
    F03,
    F08,
    F18,
    F90,
    F95,
    Jl,
    Mm,
    Scm,
    Sol,
    Sv,
    Asp,
    Cfm,
    Fs,
    Fsi,
    Fsx,
    Tf,
    Vba,
    Svelte,
    Vue,
    Scss,
    Feature,
    Ini,
    Ftl,
    Hcl,
    Abap,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl ClassificationSpecificEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Csx => "csx",
            Self::Cs => "cs",
            Self::Html => "html",
            Self::Htm => "htm",
            Self::Shtml => "shtml",
            Self::Xhtml => "xhtml",
            Self::Hs => "hs",
            Self::HsBoot => "hs-boot",
            Self::Hsig => "hsig",
            Self::Cpp => "cpp",
            Self::Cc => "cc",
            Self::Cp => "cp",
            Self::Cxx => "cxx",
            Self::C => "c",
            Self::H => "h",
            Self::Hh => "hh",
            Self::Hpp => "hpp",
            Self::Hxx => "hxx",
            Self::Inl => "inl",
            Self::Ipp => "ipp",
            Self::Ixx => "ixx",
            Self::Cppm => "cppm",
            Self::Csv => "csv",
            Self::Doc => "doc",
            Self::Docm => "docm",
            Self::Docx => "docx",
            Self::Exe => "exe",
            Self::Gif => "gif",
            Self::Ico => "ico",
            Self::Jpe => "jpe",
            Self::Jpeg => "jpeg",
            Self::Jpg => "jpg",
            Self::Jpgm => "jpgm",
            Self::Jpgv => "jpgv",
            Self::Log => "log",
            Self::Mp2 => "mp2",
            Self::Mp2a => "mp2a",
            Self::Mp3 => "mp3",
            Self::Mp4 => "mp4",
            Self::Mp4a => "mp4a",
            Self::Oga => "oga",
            Self::Ogg => "ogg",
            Self::Ogv => "ogv",
            Self::Ogx => "ogx",
            Self::Ppt => "ppt",
            Self::Pptx => "pptx",
            Self::Pptm => "pptm",
            Self::Qt => "qt",
            Self::Text => "text",
            Self::Tif => "tif",
            Self::Tiff => "tiff",
            Self::Txt => "txt",
            Self::Wav => "wav",
            Self::Weba => "weba",
            Self::Webm => "webm",
            Self::Webp => "webp",
            Self::Xla => "xla",
            Self::Xlam => "xlam",
            Self::Xlc => "xlc",
            Self::Xlm => "xlm",
            Self::Xls => "xls",
            Self::Xlsb => "xlsb",
            Self::Xlsm => "xlsm",
            Self::Xlsx => "xlsx",
            Self::Xlt => "xlt",
            Self::Xltm => "xltm",
            Self::Xltx => "xltx",
            Self::Pdf => "pdf",
            Self::Png => "png",
            Self::Rpm => "rpm",
            Self::Zip => "zip",
            Self::Woff => "woff",
            Self::Woff2 => "woff2",
            Self::Svgz => "svgz",
            Self::Bin => "bin",
            Self::Bmp => "bmp",
            Self::Eot => "eot",
            Self::Gz => "gz",
            Self::Jar => "jar",
            Self::Mpkg => "mpkg",
            Self::Ai => "ai",
            Self::Eps => "eps",
            Self::Dmg => "dmg",
            Self::List => "list",
            Self::Rtx => "rtx",
            Self::Uri => "uri",
            Self::Uris => "uris",
            Self::Urls => "urls",
            Self::Css => "css",
            Self::Dart => "dart",
            Self::Java => "java",
            Self::Bsh => "bsh",
            Self::Js => "js",
            Self::Jsx => "jsx",
            Self::Mjs => "mjs",
            Self::Htc => "htc",
            Self::Json => "json",
            Self::Ipynb => "ipynb",
            Self::Gltf => "gltf",
            Self::Jsonml => "jsonml",
            Self::Ps => "ps",
            Self::Ssml => "ssml",
            Self::Wasm => "wasm",
            Self::Rtf => "rtf",
            Self::Cco => "cco",
            Self::Pl => "pl",
            Self::Pc => "pc",
            Self::Pm => "pm",
            Self::Pmc => "pmc",
            Self::Pod => "pod",
            Self::T => "t",
            Self::Xml => "xml",
            Self::Tld => "tld",
            Self::Dtml => "dtml",
            Self::Rng => "rng",
            Self::Rss => "rss",
            Self::Opml => "opml",
            Self::Svg => "svg",
            Self::Xaml => "xaml",
            Self::SublimeSnippet => "sublime-snippet",
            Self::TmLanguage => "tmLanguage",
            Self::TmPreferences => "tmPreferences",
            Self::TmSnippet => "tmSnippet",
            Self::TmTheme => "tmTheme",
            Self::Csproj => "csproj",
            Self::Fsproj => "fsproj",
            Self::Sqlproj => "sqlproj",
            Self::Vbproj => "vbproj",
            Self::Vcproj => "vcproj",
            Self::Vcxproj => "vcxproj",
            Self::Dae => "dae",
            Self::Props => "props",
            Self::Targets => "targets",
            Self::Xsd => "xsd",
            Self::Xsl => "xsl",
            Self::Xslt => "xslt",
            Self::Ecma => "ecma",
            Self::Node => "node",
            Self::Php => "php",
            Self::Php3 => "php3",
            Self::Php4 => "php4",
            Self::Php5 => "php5",
            Self::Php7 => "php7",
            Self::Php8 => "php8",
            Self::Phps => "phps",
            Self::Phpt => "phpt",
            Self::Phtml => "phtml",
            Self::Py => "py",
            Self::Py3 => "py3",
            Self::Pyw => "pyw",
            Self::Pyi => "pyi",
            Self::Pyx => "pyx",
            Self::PyxIn => "pyx.in",
            Self::Pxd => "pxd",
            Self::PxdIn => "pxd.in",
            Self::Pxi => "pxi",
            Self::PxiIn => "pxi.in",
            Self::Rpy => "rpy",
            Self::Cpy => "cpy",
            Self::Gyp => "gyp",
            Self::Gypi => "gypi",
            Self::Vpy => "vpy",
            Self::Smk => "smk",
            Self::Wscript => "wscript",
            Self::Bazel => "bazel",
            Self::Bzl => "bzl",
            Self::Pyc => "pyc",
            Self::Class => "class",
            Self::P => "p",
            Self::Pas => "pas",
            Self::Curl => "curl",
            Self::Mcurl => "mcurl",
            Self::Go => "go",
            Self::Swift => "swift",
            Self::Rs => "rs",
            Self::Ts => "ts",
            Self::Tsx => "tsx",
            Self::Rb => "rb",
            Self::Rbi => "rbi",
            Self::Rbx => "rbx",
            Self::Rjs => "rjs",
            Self::Rabl => "rabl",
            Self::Rake => "rake",
            Self::Capfile => "capfile",
            Self::Jbuilder => "jbuilder",
            Self::Gemspec => "gemspec",
            Self::Podspec => "podspec",
            Self::Irbrc => "irbrc",
            Self::Pryrc => "pryrc",
            Self::Prawn => "prawn",
            Self::Thor => "thor",
            Self::Appfile => "Appfile",
            Self::Appraisals => "Appraisals",
            Self::Berksfile => "Berksfile",
            Self::Brewfile => "Brewfile",
            Self::Cheffile => "Cheffile",
            Self::Deliverfile => "Deliverfile",
            Self::Fastfile => "Fastfile",
            Self::Gemfile => "Gemfile",
            Self::Guardfile => "Guardfile",
            Self::Podfile => "Podfile",
            Self::Rakefile => "Rakefile",
            Self::Rantfile => "Rantfile",
            Self::Scanfile => "Scanfile",
            Self::Simplecov => "simplecov",
            Self::Snapfile => "Snapfile",
            Self::Thorfile => "Thorfile",
            Self::Vagrantfile => "Vagrantfile",
            Self::Scala => "scala",
            Self::Sbt => "sbt",
            Self::Sc => "sc",
            Self::Cmd => "cmd",
            Self::Bat => "bat",
            Self::Coffee => "coffee",
            Self::Erl => "erl",
            Self::Hrl => "hrl",
            Self::Escript => "escript",
            Self::Lua => "lua",
            Self::Md => "md",
            Self::Mdown => "mdown",
            Self::Mdwn => "mdwn",
            Self::Markdown => "markdown",
            Self::Markdn => "markdn",
            Self::Matlab => "matlab",
            Self::M => "m",
            Self::Ps1 => "ps1",
            Self::Sh => "sh",
            Self::Bash => "bash",
            Self::Bashrc => "bashrc",
            Self::Ash => "ash",
            Self::Zsh => "zsh",
            Self::BashAliases => ".bash_aliases",
            Self::BashCompletions => ".bash_completions",
            Self::BashFunctions => ".bash_functions",
            Self::BashLogin => ".bash_login",
            Self::BashLogout => ".bash_logout",
            Self::BashProfile => ".bash_profile",
            Self::BashVariables => ".bash_variables",
            Self::Profile => ".profile",
            Self::TextmateInit => ".textmate_init",
            Self::Zlogin => ".zlogin",
            Self::Zlogout => ".zlogout",
            Self::Zprofile => ".zprofile",
            Self::Zshenv => ".zshenv",
            Self::Zshrc => ".zshrc",
            Self::Pkgbuild => "PKGBUILD",
            Self::Ebuild => "ebuild",
            Self::Eclass => "eclass",
            Self::R => "r",
            Self::Sql => "sql",
            Self::Ddl => "ddl",
            Self::Dml => "dml",
            Self::Tex => "tex",
            Self::Ltx => "ltx",
            Self::Sty => "sty",
            Self::Cls => "cls",
            Self::Unknown => "UNKNOWN",
            Self::Yaml => "yaml",
            Self::Yml => "yml",
            Self::Toml => "toml",
            Self::Tml => "tml",
            Self::CargoLock => "Cargo.lock",
            Self::GopkgLock => "Gopkg.lock",
            Self::Pipfile => "Pipfile",
            Self::PoetryLock => "poetry.lock",
            Self::UniformResourceLocator => "uniform_resource_locator",
            Self::CustomUrlScheme => "custom_url_scheme",
            Self::UnixFilePath => "unix_file_path",
            Self::WindowsFilePath => "windows_file_path",
            Self::UniformResourceIdentifier => "uniform_resource_identifier",
            Self::Hljs1c => "hljs-1c",
            Self::HljsAbnf => "hljs-abnf",
            Self::HljsAccesslog => "hljs-accesslog",
            Self::HljsActionscript => "hljs-actionscript",
            Self::HljsAda => "hljs-ada",
            Self::HljsAngelscript => "hljs-angelscript",
            Self::HljsApache => "hljs-apache",
            Self::HljsApplescript => "hljs-applescript",
            Self::HljsArcade => "hljs-arcade",
            Self::HljsArduino => "hljs-arduino",
            Self::HljsArmasm => "hljs-armasm",
            Self::HljsAsciidoc => "hljs-asciidoc",
            Self::HljsAspectj => "hljs-aspectj",
            Self::HljsAutohotkey => "hljs-autohotkey",
            Self::HljsAutoit => "hljs-autoit",
            Self::HljsAvrasm => "hljs-avrasm",
            Self::HljsAwk => "hljs-awk",
            Self::HljsAxapta => "hljs-axapta",
            Self::HljsBash => "hljs-bash",
            Self::HljsBasic => "hljs-basic",
            Self::HljsBnf => "hljs-bnf",
            Self::HljsBrainfuck => "hljs-brainfuck",
            Self::HljsCal => "hljs-cal",
            Self::HljsCapnproto => "hljs-capnproto",
            Self::HljsCeylon => "hljs-ceylon",
            Self::HljsClean => "hljs-clean",
            Self::HljsClojureRepl => "hljs-clojure-repl",
            Self::HljsClojure => "hljs-clojure",
            Self::HljsCmake => "hljs-cmake",
            Self::HljsCoffeescript => "hljs-coffeescript",
            Self::HljsCoq => "hljs-coq",
            Self::HljsCos => "hljs-cos",
            Self::HljsCpp => "hljs-cpp",
            Self::HljsCrmsh => "hljs-crmsh",
            Self::HljsCrystal => "hljs-crystal",
            Self::HljsC => "hljs-c",
            Self::HljsCs => "hljs-cs",
            Self::HljsCsp => "hljs-csp",
            Self::HljsCss => "hljs-css",
            Self::HljsD => "hljs-d",
            Self::HljsDart => "hljs-dart",
            Self::HljsDelphi => "hljs-delphi",
            Self::HljsDiff => "hljs-diff",
            Self::HljsDjango => "hljs-django",
            Self::HljsDns => "hljs-dns",
            Self::HljsDockerfile => "hljs-dockerfile",
            Self::HljsDos => "hljs-dos",
            Self::HljsDsconfig => "hljs-dsconfig",
            Self::HljsDts => "hljs-dts",
            Self::HljsDust => "hljs-dust",
            Self::HljsEbnf => "hljs-ebnf",
            Self::HljsElixir => "hljs-elixir",
            Self::HljsElm => "hljs-elm",
            Self::HljsErb => "hljs-erb",
            Self::HljsErlangRepl => "hljs-erlang-repl",
            Self::HljsErlang => "hljs-erlang",
            Self::HljsExcel => "hljs-excel",
            Self::HljsFix => "hljs-fix",
            Self::HljsFlix => "hljs-flix",
            Self::HljsFortran => "hljs-fortran",
            Self::HljsFsharp => "hljs-fsharp",
            Self::HljsGams => "hljs-gams",
            Self::HljsGauss => "hljs-gauss",
            Self::HljsGcode => "hljs-gcode",
            Self::HljsGherkin => "hljs-gherkin",
            Self::HljsGlsl => "hljs-glsl",
            Self::HljsGml => "hljs-gml",
            Self::HljsGo => "hljs-go",
            Self::HljsGolo => "hljs-golo",
            Self::HljsGradle => "hljs-gradle",
            Self::HljsGroovy => "hljs-groovy",
            Self::HljsHaml => "hljs-haml",
            Self::HljsHandlebars => "hljs-handlebars",
            Self::HljsHaskell => "hljs-haskell",
            Self::HljsHaxe => "hljs-haxe",
            Self::HljsHsp => "hljs-hsp",
            Self::HljsHtmlbars => "hljs-htmlbars",
            Self::HljsHttp => "hljs-http",
            Self::HljsHy => "hljs-hy",
            Self::HljsInform7 => "hljs-inform7",
            Self::HljsIni => "hljs-ini",
            Self::HljsIrpf90 => "hljs-irpf90",
            Self::HljsIsbl => "hljs-isbl",
            Self::HljsJava => "hljs-java",
            Self::HljsJavascript => "hljs-javascript",
            Self::HljsJbossCli => "hljs-jboss-cli",
            Self::HljsJson => "hljs-json",
            Self::HljsJuliaRepl => "hljs-julia-repl",
            Self::HljsJulia => "hljs-julia",
            Self::HljsKotlin => "hljs-kotlin",
            Self::HljsLasso => "hljs-lasso",
            Self::HljsLdif => "hljs-ldif",
            Self::HljsLeaf => "hljs-leaf",
            Self::HljsLess => "hljs-less",
            Self::HljsLisp => "hljs-lisp",
            Self::HljsLivecodeserver => "hljs-livecodeserver",
            Self::HljsLivescript => "hljs-livescript",
            Self::HljsLlvm => "hljs-llvm",
            Self::HljsLsl => "hljs-lsl",
            Self::HljsLua => "hljs-lua",
            Self::HljsMakefile => "hljs-makefile",
            Self::HljsMarkdown => "hljs-markdown",
            Self::HljsMathematica => "hljs-mathematica",
            Self::HljsMatlab => "hljs-matlab",
            Self::HljsMaxima => "hljs-maxima",
            Self::HljsMel => "hljs-mel",
            Self::HljsMercury => "hljs-mercury",
            Self::HljsMipsasm => "hljs-mipsasm",
            Self::HljsMizar => "hljs-mizar",
            Self::HljsMojolicious => "hljs-mojolicious",
            Self::HljsMonkey => "hljs-monkey",
            Self::HljsMoonscript => "hljs-moonscript",
            Self::HljsN1ql => "hljs-n1ql",
            Self::HljsNginx => "hljs-nginx",
            Self::HljsNimrod => "hljs-nimrod",
            Self::HljsNix => "hljs-nix",
            Self::HljsNsis => "hljs-nsis",
            Self::HljsObjectivec => "hljs-objectivec",
            Self::HljsOcaml => "hljs-ocaml",
            Self::HljsOpenscad => "hljs-openscad",
            Self::HljsOxygene => "hljs-oxygene",
            Self::HljsParser3 => "hljs-parser3",
            Self::HljsPerl => "hljs-perl",
            Self::HljsPf => "hljs-pf",
            Self::HljsPgsql => "hljs-pgsql",
            Self::HljsPhp => "hljs-php",
            Self::HljsPlaintext => "hljs-plaintext",
            Self::HljsPony => "hljs-pony",
            Self::HljsPowershell => "hljs-powershell",
            Self::HljsProcessing => "hljs-processing",
            Self::HljsProfile => "hljs-profile",
            Self::HljsProlog => "hljs-prolog",
            Self::HljsProperties => "hljs-properties",
            Self::HljsProtobuf => "hljs-protobuf",
            Self::HljsPuppet => "hljs-puppet",
            Self::HljsPurebasic => "hljs-purebasic",
            Self::HljsPython => "hljs-python",
            Self::HljsQ => "hljs-q",
            Self::HljsQml => "hljs-qml",
            Self::HljsR => "hljs-r",
            Self::HljsReasonml => "hljs-reasonml",
            Self::HljsRib => "hljs-rib",
            Self::HljsRoboconf => "hljs-roboconf",
            Self::HljsRouteros => "hljs-routeros",
            Self::HljsRsl => "hljs-rsl",
            Self::HljsRuby => "hljs-ruby",
            Self::HljsRuleslanguage => "hljs-ruleslanguage",
            Self::HljsRust => "hljs-rust",
            Self::HljsSas => "hljs-sas",
            Self::HljsScala => "hljs-scala",
            Self::HljsScheme => "hljs-scheme",
            Self::HljsScilab => "hljs-scilab",
            Self::HljsScss => "hljs-scss",
            Self::HljsShell => "hljs-shell",
            Self::HljsSmali => "hljs-smali",
            Self::HljsSmalltalk => "hljs-smalltalk",
            Self::HljsSml => "hljs-sml",
            Self::HljsSqf => "hljs-sqf",
            Self::HljsSql => "hljs-sql",
            Self::HljsStan => "hljs-stan",
            Self::HljsStata => "hljs-stata",
            Self::HljsStep21 => "hljs-step21",
            Self::HljsStylus => "hljs-stylus",
            Self::HljsSubunit => "hljs-subunit",
            Self::HljsSwift => "hljs-swift",
            Self::HljsTaggerscript => "hljs-taggerscript",
            Self::HljsTap => "hljs-tap",
            Self::HljsTcl => "hljs-tcl",
            Self::HljsTex => "hljs-tex",
            Self::HljsThrift => "hljs-thrift",
            Self::HljsTp => "hljs-tp",
            Self::HljsTwig => "hljs-twig",
            Self::HljsTypescript => "hljs-typescript",
            Self::HljsVala => "hljs-vala",
            Self::HljsVbnet => "hljs-vbnet",
            Self::HljsVbscriptHtml => "hljs-vbscript-html",
            Self::HljsVbscript => "hljs-vbscript",
            Self::HljsVerilog => "hljs-verilog",
            Self::HljsVhdl => "hljs-vhdl",
            Self::HljsVim => "hljs-vim",
            Self::HljsX86asm => "hljs-x86asm",
            Self::HljsXl => "hljs-xl",
            Self::HljsXml => "hljs-xml",
            Self::HljsXquery => "hljs-xquery",
            Self::HljsYaml => "hljs-yaml",
            Self::HljsToml => "hljs-toml",
            Self::HljsZephir => "hljs-zephir",
            Self::HljsHtml => "hljs-html",
            Self::Groovy => "groovy",
            Self::Kt => "kt",
            Self::El => "el",
            Self::Clj => "clj",
            Self::Ex => "ex",
            Self::Adb => "adb",
            Self::Ads => "ads",
            Self::Agda => "agda",
            Self::Elm => "elm",
            Self::Exs => "exs",
            Self::Glsl => "glsl",
            Self::Ml => "ml",
            Self::Lean => "lean",
            Self::Lisp => "lisp",
            Self::Rkt => "rkt",
            Self::Sparql => "sparql",
            Self::Vhdl => "vhdl",
            Self::Zig => "zig",
            Self::Dockerfile => "dockerfile",
            Self::F03 => "f03",
            Self::F08 => "f08",
            Self::F18 => "f18",
            Self::F90 => "f90",
            Self::F95 => "f95",
            Self::Jl => "jl",
            Self::Mm => "mm",
            Self::Scm => "scm",
            Self::Sol => "sol",
            Self::Sv => "sv",
            Self::Asp => "asp",
            Self::Cfm => "cfm",
            Self::Fs => "fs",
            Self::Fsi => "fsi",
            Self::Fsx => "fsx",
            Self::Tf => "tf",
            Self::Vba => "vba",
            Self::Svelte => "svelte",
            Self::Vue => "vue",
            Self::Scss => "scss",
            Self::Feature => "feature",
            Self::Ini => "ini",
            Self::Ftl => "ftl",
            Self::Hcl => "hcl",
            Self::Abap => "abap",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for ClassificationSpecificEnum {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "csx" => Self::Csx,
            "cs" => Self::Cs,
            "html" => Self::Html,
            "htm" => Self::Htm,
            "shtml" => Self::Shtml,
            "xhtml" => Self::Xhtml,
            "hs" => Self::Hs,
            "hs-boot" => Self::HsBoot,
            "hsig" => Self::Hsig,
            "cpp" => Self::Cpp,
            "cc" => Self::Cc,
            "cp" => Self::Cp,
            "cxx" => Self::Cxx,
            "c" => Self::C,
            "h" => Self::H,
            "hh" => Self::Hh,
            "hpp" => Self::Hpp,
            "hxx" => Self::Hxx,
            "inl" => Self::Inl,
            "ipp" => Self::Ipp,
            "ixx" => Self::Ixx,
            "cppm" => Self::Cppm,
            "csv" => Self::Csv,
            "doc" => Self::Doc,
            "docm" => Self::Docm,
            "docx" => Self::Docx,
            "exe" => Self::Exe,
            "gif" => Self::Gif,
            "ico" => Self::Ico,
            "jpe" => Self::Jpe,
            "jpeg" => Self::Jpeg,
            "jpg" => Self::Jpg,
            "jpgm" => Self::Jpgm,
            "jpgv" => Self::Jpgv,
            "log" => Self::Log,
            "mp2" => Self::Mp2,
            "mp2a" => Self::Mp2a,
            "mp3" => Self::Mp3,
            "mp4" => Self::Mp4,
            "mp4a" => Self::Mp4a,
            "oga" => Self::Oga,
            "ogg" => Self::Ogg,
            "ogv" => Self::Ogv,
            "ogx" => Self::Ogx,
            "ppt" => Self::Ppt,
            "pptx" => Self::Pptx,
            "pptm" => Self::Pptm,
            "qt" => Self::Qt,
            "text" => Self::Text,
            "tif" => Self::Tif,
            "tiff" => Self::Tiff,
            "txt" => Self::Txt,
            "wav" => Self::Wav,
            "weba" => Self::Weba,
            "webm" => Self::Webm,
            "webp" => Self::Webp,
            "xla" => Self::Xla,
            "xlam" => Self::Xlam,
            "xlc" => Self::Xlc,
            "xlm" => Self::Xlm,
            "xls" => Self::Xls,
            "xlsb" => Self::Xlsb,
            "xlsm" => Self::Xlsm,
            "xlsx" => Self::Xlsx,
            "xlt" => Self::Xlt,
            "xltm" => Self::Xltm,
            "xltx" => Self::Xltx,
            "pdf" => Self::Pdf,
            "png" => Self::Png,
            "rpm" => Self::Rpm,
            "zip" => Self::Zip,
            "woff" => Self::Woff,
            "woff2" => Self::Woff2,
            "svgz" => Self::Svgz,
            "bin" => Self::Bin,
            "bmp" => Self::Bmp,
            "eot" => Self::Eot,
            "gz" => Self::Gz,
            "jar" => Self::Jar,
            "mpkg" => Self::Mpkg,
            "ai" => Self::Ai,
            "eps" => Self::Eps,
            "dmg" => Self::Dmg,
            "list" => Self::List,
            "rtx" => Self::Rtx,
            "uri" => Self::Uri,
            "uris" => Self::Uris,
            "urls" => Self::Urls,
            "css" => Self::Css,
            "dart" => Self::Dart,
            "java" => Self::Java,
            "bsh" => Self::Bsh,
            "js" => Self::Js,
            "jsx" => Self::Jsx,
            "mjs" => Self::Mjs,
            "htc" => Self::Htc,
            "json" => Self::Json,
            "ipynb" => Self::Ipynb,
            "gltf" => Self::Gltf,
            "jsonml" => Self::Jsonml,
            "ps" => Self::Ps,
            "ssml" => Self::Ssml,
            "wasm" => Self::Wasm,
            "rtf" => Self::Rtf,
            "cco" => Self::Cco,
            "pl" => Self::Pl,
            "pc" => Self::Pc,
            "pm" => Self::Pm,
            "pmc" => Self::Pmc,
            "pod" => Self::Pod,
            "t" => Self::T,
            "xml" => Self::Xml,
            "tld" => Self::Tld,
            "dtml" => Self::Dtml,
            "rng" => Self::Rng,
            "rss" => Self::Rss,
            "opml" => Self::Opml,
            "svg" => Self::Svg,
            "xaml" => Self::Xaml,
            "sublime-snippet" => Self::SublimeSnippet,
            "tmLanguage" => Self::TmLanguage,
            "tmPreferences" => Self::TmPreferences,
            "tmSnippet" => Self::TmSnippet,
            "tmTheme" => Self::TmTheme,
            "csproj" => Self::Csproj,
            "fsproj" => Self::Fsproj,
            "sqlproj" => Self::Sqlproj,
            "vbproj" => Self::Vbproj,
            "vcproj" => Self::Vcproj,
            "vcxproj" => Self::Vcxproj,
            "dae" => Self::Dae,
            "props" => Self::Props,
            "targets" => Self::Targets,
            "xsd" => Self::Xsd,
            "xsl" => Self::Xsl,
            "xslt" => Self::Xslt,
            "ecma" => Self::Ecma,
            "node" => Self::Node,
            "php" => Self::Php,
            "php3" => Self::Php3,
            "php4" => Self::Php4,
            "php5" => Self::Php5,
            "php7" => Self::Php7,
            "php8" => Self::Php8,
            "phps" => Self::Phps,
            "phpt" => Self::Phpt,
            "phtml" => Self::Phtml,
            "py" => Self::Py,
            "py3" => Self::Py3,
            "pyw" => Self::Pyw,
            "pyi" => Self::Pyi,
            "pyx" => Self::Pyx,
            "pyx.in" => Self::PyxIn,
            "pxd" => Self::Pxd,
            "pxd.in" => Self::PxdIn,
            "pxi" => Self::Pxi,
            "pxi.in" => Self::PxiIn,
            "rpy" => Self::Rpy,
            "cpy" => Self::Cpy,
            "gyp" => Self::Gyp,
            "gypi" => Self::Gypi,
            "vpy" => Self::Vpy,
            "smk" => Self::Smk,
            "wscript" => Self::Wscript,
            "bazel" => Self::Bazel,
            "bzl" => Self::Bzl,
            "pyc" => Self::Pyc,
            "class" => Self::Class,
            "p" => Self::P,
            "pas" => Self::Pas,
            "curl" => Self::Curl,
            "mcurl" => Self::Mcurl,
            "go" => Self::Go,
            "swift" => Self::Swift,
            "rs" => Self::Rs,
            "ts" => Self::Ts,
            "tsx" => Self::Tsx,
            "rb" => Self::Rb,
            "rbi" => Self::Rbi,
            "rbx" => Self::Rbx,
            "rjs" => Self::Rjs,
            "rabl" => Self::Rabl,
            "rake" => Self::Rake,
            "capfile" => Self::Capfile,
            "jbuilder" => Self::Jbuilder,
            "gemspec" => Self::Gemspec,
            "podspec" => Self::Podspec,
            "irbrc" => Self::Irbrc,
            "pryrc" => Self::Pryrc,
            "prawn" => Self::Prawn,
            "thor" => Self::Thor,
            "Appfile" => Self::Appfile,
            "Appraisals" => Self::Appraisals,
            "Berksfile" => Self::Berksfile,
            "Brewfile" => Self::Brewfile,
            "Cheffile" => Self::Cheffile,
            "Deliverfile" => Self::Deliverfile,
            "Fastfile" => Self::Fastfile,
            "Gemfile" => Self::Gemfile,
            "Guardfile" => Self::Guardfile,
            "Podfile" => Self::Podfile,
            "Rakefile" => Self::Rakefile,
            "Rantfile" => Self::Rantfile,
            "Scanfile" => Self::Scanfile,
            "simplecov" => Self::Simplecov,
            "Snapfile" => Self::Snapfile,
            "Thorfile" => Self::Thorfile,
            "Vagrantfile" => Self::Vagrantfile,
            "scala" => Self::Scala,
            "sbt" => Self::Sbt,
            "sc" => Self::Sc,
            "cmd" => Self::Cmd,
            "bat" => Self::Bat,
            "coffee" => Self::Coffee,
            "erl" => Self::Erl,
            "hrl" => Self::Hrl,
            "escript" => Self::Escript,
            "lua" => Self::Lua,
            "md" => Self::Md,
            "mdown" => Self::Mdown,
            "mdwn" => Self::Mdwn,
            "markdown" => Self::Markdown,
            "markdn" => Self::Markdn,
            "matlab" => Self::Matlab,
            "m" => Self::M,
            "ps1" => Self::Ps1,
            "sh" => Self::Sh,
            "bash" => Self::Bash,
            "bashrc" => Self::Bashrc,
            "ash" => Self::Ash,
            "zsh" => Self::Zsh,
            ".bash_aliases" => Self::BashAliases,
            ".bash_completions" => Self::BashCompletions,
            ".bash_functions" => Self::BashFunctions,
            ".bash_login" => Self::BashLogin,
            ".bash_logout" => Self::BashLogout,
            ".bash_profile" => Self::BashProfile,
            ".bash_variables" => Self::BashVariables,
            ".profile" => Self::Profile,
            ".textmate_init" => Self::TextmateInit,
            ".zlogin" => Self::Zlogin,
            ".zlogout" => Self::Zlogout,
            ".zprofile" => Self::Zprofile,
            ".zshenv" => Self::Zshenv,
            ".zshrc" => Self::Zshrc,
            "PKGBUILD" => Self::Pkgbuild,
            "ebuild" => Self::Ebuild,
            "eclass" => Self::Eclass,
            "r" => Self::R,
            "sql" => Self::Sql,
            "ddl" => Self::Ddl,
            "dml" => Self::Dml,
            "tex" => Self::Tex,
            "ltx" => Self::Ltx,
            "sty" => Self::Sty,
            "cls" => Self::Cls,
            "UNKNOWN" => Self::Unknown,
            "yaml" => Self::Yaml,
            "yml" => Self::Yml,
            "toml" => Self::Toml,
            "tml" => Self::Tml,
            "Cargo.lock" => Self::CargoLock,
            "Gopkg.lock" => Self::GopkgLock,
            "Pipfile" => Self::Pipfile,
            "poetry.lock" => Self::PoetryLock,
            "uniform_resource_locator" => Self::UniformResourceLocator,
            "custom_url_scheme" => Self::CustomUrlScheme,
            "unix_file_path" => Self::UnixFilePath,
            "windows_file_path" => Self::WindowsFilePath,
            "uniform_resource_identifier" => Self::UniformResourceIdentifier,
            "hljs-1c" => Self::Hljs1c,
            "hljs-abnf" => Self::HljsAbnf,
            "hljs-accesslog" => Self::HljsAccesslog,
            "hljs-actionscript" => Self::HljsActionscript,
            "hljs-ada" => Self::HljsAda,
            "hljs-angelscript" => Self::HljsAngelscript,
            "hljs-apache" => Self::HljsApache,
            "hljs-applescript" => Self::HljsApplescript,
            "hljs-arcade" => Self::HljsArcade,
            "hljs-arduino" => Self::HljsArduino,
            "hljs-armasm" => Self::HljsArmasm,
            "hljs-asciidoc" => Self::HljsAsciidoc,
            "hljs-aspectj" => Self::HljsAspectj,
            "hljs-autohotkey" => Self::HljsAutohotkey,
            "hljs-autoit" => Self::HljsAutoit,
            "hljs-avrasm" => Self::HljsAvrasm,
            "hljs-awk" => Self::HljsAwk,
            "hljs-axapta" => Self::HljsAxapta,
            "hljs-bash" => Self::HljsBash,
            "hljs-basic" => Self::HljsBasic,
            "hljs-bnf" => Self::HljsBnf,
            "hljs-brainfuck" => Self::HljsBrainfuck,
            "hljs-cal" => Self::HljsCal,
            "hljs-capnproto" => Self::HljsCapnproto,
            "hljs-ceylon" => Self::HljsCeylon,
            "hljs-clean" => Self::HljsClean,
            "hljs-clojure-repl" => Self::HljsClojureRepl,
            "hljs-clojure" => Self::HljsClojure,
            "hljs-cmake" => Self::HljsCmake,
            "hljs-coffeescript" => Self::HljsCoffeescript,
            "hljs-coq" => Self::HljsCoq,
            "hljs-cos" => Self::HljsCos,
            "hljs-cpp" => Self::HljsCpp,
            "hljs-crmsh" => Self::HljsCrmsh,
            "hljs-crystal" => Self::HljsCrystal,
            "hljs-c" => Self::HljsC,
            "hljs-cs" => Self::HljsCs,
            "hljs-csp" => Self::HljsCsp,
            "hljs-css" => Self::HljsCss,
            "hljs-d" => Self::HljsD,
            "hljs-dart" => Self::HljsDart,
            "hljs-delphi" => Self::HljsDelphi,
            "hljs-diff" => Self::HljsDiff,
            "hljs-django" => Self::HljsDjango,
            "hljs-dns" => Self::HljsDns,
            "hljs-dockerfile" => Self::HljsDockerfile,
            "hljs-dos" => Self::HljsDos,
            "hljs-dsconfig" => Self::HljsDsconfig,
            "hljs-dts" => Self::HljsDts,
            "hljs-dust" => Self::HljsDust,
            "hljs-ebnf" => Self::HljsEbnf,
            "hljs-elixir" => Self::HljsElixir,
            "hljs-elm" => Self::HljsElm,
            "hljs-erb" => Self::HljsErb,
            "hljs-erlang-repl" => Self::HljsErlangRepl,
            "hljs-erlang" => Self::HljsErlang,
            "hljs-excel" => Self::HljsExcel,
            "hljs-fix" => Self::HljsFix,
            "hljs-flix" => Self::HljsFlix,
            "hljs-fortran" => Self::HljsFortran,
            "hljs-fsharp" => Self::HljsFsharp,
            "hljs-gams" => Self::HljsGams,
            "hljs-gauss" => Self::HljsGauss,
            "hljs-gcode" => Self::HljsGcode,
            "hljs-gherkin" => Self::HljsGherkin,
            "hljs-glsl" => Self::HljsGlsl,
            "hljs-gml" => Self::HljsGml,
            "hljs-go" => Self::HljsGo,
            "hljs-golo" => Self::HljsGolo,
            "hljs-gradle" => Self::HljsGradle,
            "hljs-groovy" => Self::HljsGroovy,
            "hljs-haml" => Self::HljsHaml,
            "hljs-handlebars" => Self::HljsHandlebars,
            "hljs-haskell" => Self::HljsHaskell,
            "hljs-haxe" => Self::HljsHaxe,
            "hljs-hsp" => Self::HljsHsp,
            "hljs-htmlbars" => Self::HljsHtmlbars,
            "hljs-http" => Self::HljsHttp,
            "hljs-hy" => Self::HljsHy,
            "hljs-inform7" => Self::HljsInform7,
            "hljs-ini" => Self::HljsIni,
            "hljs-irpf90" => Self::HljsIrpf90,
            "hljs-isbl" => Self::HljsIsbl,
            "hljs-java" => Self::HljsJava,
            "hljs-javascript" => Self::HljsJavascript,
            "hljs-jboss-cli" => Self::HljsJbossCli,
            "hljs-json" => Self::HljsJson,
            "hljs-julia-repl" => Self::HljsJuliaRepl,
            "hljs-julia" => Self::HljsJulia,
            "hljs-kotlin" => Self::HljsKotlin,
            "hljs-lasso" => Self::HljsLasso,
            "hljs-ldif" => Self::HljsLdif,
            "hljs-leaf" => Self::HljsLeaf,
            "hljs-less" => Self::HljsLess,
            "hljs-lisp" => Self::HljsLisp,
            "hljs-livecodeserver" => Self::HljsLivecodeserver,
            "hljs-livescript" => Self::HljsLivescript,
            "hljs-llvm" => Self::HljsLlvm,
            "hljs-lsl" => Self::HljsLsl,
            "hljs-lua" => Self::HljsLua,
            "hljs-makefile" => Self::HljsMakefile,
            "hljs-markdown" => Self::HljsMarkdown,
            "hljs-mathematica" => Self::HljsMathematica,
            "hljs-matlab" => Self::HljsMatlab,
            "hljs-maxima" => Self::HljsMaxima,
            "hljs-mel" => Self::HljsMel,
            "hljs-mercury" => Self::HljsMercury,
            "hljs-mipsasm" => Self::HljsMipsasm,
            "hljs-mizar" => Self::HljsMizar,
            "hljs-mojolicious" => Self::HljsMojolicious,
            "hljs-monkey" => Self::HljsMonkey,
            "hljs-moonscript" => Self::HljsMoonscript,
            "hljs-n1ql" => Self::HljsN1ql,
            "hljs-nginx" => Self::HljsNginx,
            "hljs-nimrod" => Self::HljsNimrod,
            "hljs-nix" => Self::HljsNix,
            "hljs-nsis" => Self::HljsNsis,
            "hljs-objectivec" => Self::HljsObjectivec,
            "hljs-ocaml" => Self::HljsOcaml,
            "hljs-openscad" => Self::HljsOpenscad,
            "hljs-oxygene" => Self::HljsOxygene,
            "hljs-parser3" => Self::HljsParser3,
            "hljs-perl" => Self::HljsPerl,
            "hljs-pf" => Self::HljsPf,
            "hljs-pgsql" => Self::HljsPgsql,
            "hljs-php" => Self::HljsPhp,
            "hljs-plaintext" => Self::HljsPlaintext,
            "hljs-pony" => Self::HljsPony,
            "hljs-powershell" => Self::HljsPowershell,
            "hljs-processing" => Self::HljsProcessing,
            "hljs-profile" => Self::HljsProfile,
            "hljs-prolog" => Self::HljsProlog,
            "hljs-properties" => Self::HljsProperties,
            "hljs-protobuf" => Self::HljsProtobuf,
            "hljs-puppet" => Self::HljsPuppet,
            "hljs-purebasic" => Self::HljsPurebasic,
            "hljs-python" => Self::HljsPython,
            "hljs-q" => Self::HljsQ,
            "hljs-qml" => Self::HljsQml,
            "hljs-r" => Self::HljsR,
            "hljs-reasonml" => Self::HljsReasonml,
            "hljs-rib" => Self::HljsRib,
            "hljs-roboconf" => Self::HljsRoboconf,
            "hljs-routeros" => Self::HljsRouteros,
            "hljs-rsl" => Self::HljsRsl,
            "hljs-ruby" => Self::HljsRuby,
            "hljs-ruleslanguage" => Self::HljsRuleslanguage,
            "hljs-rust" => Self::HljsRust,
            "hljs-sas" => Self::HljsSas,
            "hljs-scala" => Self::HljsScala,
            "hljs-scheme" => Self::HljsScheme,
            "hljs-scilab" => Self::HljsScilab,
            "hljs-scss" => Self::HljsScss,
            "hljs-shell" => Self::HljsShell,
            "hljs-smali" => Self::HljsSmali,
            "hljs-smalltalk" => Self::HljsSmalltalk,
            "hljs-sml" => Self::HljsSml,
            "hljs-sqf" => Self::HljsSqf,
            "hljs-sql" => Self::HljsSql,
            "hljs-stan" => Self::HljsStan,
            "hljs-stata" => Self::HljsStata,
            "hljs-step21" => Self::HljsStep21,
            "hljs-stylus" => Self::HljsStylus,
            "hljs-subunit" => Self::HljsSubunit,
            "hljs-swift" => Self::HljsSwift,
            "hljs-taggerscript" => Self::HljsTaggerscript,
            "hljs-tap" => Self::HljsTap,
            "hljs-tcl" => Self::HljsTcl,
            "hljs-tex" => Self::HljsTex,
            "hljs-thrift" => Self::HljsThrift,
            "hljs-tp" => Self::HljsTp,
            "hljs-twig" => Self::HljsTwig,
            "hljs-typescript" => Self::HljsTypescript,
            "hljs-vala" => Self::HljsVala,
            "hljs-vbnet" => Self::HljsVbnet,
            "hljs-vbscript-html" => Self::HljsVbscriptHtml,
            "hljs-vbscript" => Self::HljsVbscript,
            "hljs-verilog" => Self::HljsVerilog,
            "hljs-vhdl" => Self::HljsVhdl,
            "hljs-vim" => Self::HljsVim,
            "hljs-x86asm" => Self::HljsX86asm,
            "hljs-xl" => Self::HljsXl,
            "hljs-xml" => Self::HljsXml,
            "hljs-xquery" => Self::HljsXquery,
            "hljs-yaml" => Self::HljsYaml,
            "hljs-toml" => Self::HljsToml,
            "hljs-zephir" => Self::HljsZephir,
            "hljs-html" => Self::HljsHtml,
            "groovy" => Self::Groovy,
            "kt" => Self::Kt,
            "el" => Self::El,
            "clj" => Self::Clj,
            "ex" => Self::Ex,
            "adb" => Self::Adb,
            "ads" => Self::Ads,
            "agda" => Self::Agda,
            "elm" => Self::Elm,
            "exs" => Self::Exs,
            "glsl" => Self::Glsl,
            "ml" => Self::Ml,
            "lean" => Self::Lean,
            "lisp" => Self::Lisp,
            "rkt" => Self::Rkt,
            "sparql" => Self::Sparql,
            "vhdl" => Self::Vhdl,
            "zig" => Self::Zig,
            "dockerfile" => Self::Dockerfile,
            "f03" => Self::F03,
            "f08" => Self::F08,
            "f18" => Self::F18,
            "f90" => Self::F90,
            "f95" => Self::F95,
            "jl" => Self::Jl,
            "mm" => Self::Mm,
            "scm" => Self::Scm,
            "sol" => Self::Sol,
            "sv" => Self::Sv,
            "asp" => Self::Asp,
            "cfm" => Self::Cfm,
            "fs" => Self::Fs,
            "fsi" => Self::Fsi,
            "fsx" => Self::Fsx,
            "tf" => Self::Tf,
            "vba" => Self::Vba,
            "svelte" => Self::Svelte,
            "vue" => Self::Vue,
            "scss" => Self::Scss,
            "feature" => Self::Feature,
            "ini" => Self::Ini,
            "ftl" => Self::Ftl,
            "hcl" => Self::Hcl,
            "abap" => Self::Abap,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}
crate::support::string_enum!(ClassificationSpecificEnum);

/// CodeAnalysis
///
/// This is the ML Analysis object Specific to code.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CodeAnalysis {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub tokenized: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub language: Option<String>,
    #[serde(rename = "type")]
    pub type_: ClassificationGenericEnum,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub prediction: Option<std::collections::BTreeMap<String, f64>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub similarity: Option<std::collections::BTreeMap<String, f64>>,
    #[serde(rename = "top5Colors", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub top5_colors: Option<Vec<i64>>,
    #[serde(rename = "top5Sorted", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub top5_sorted: Option<Vec<String>>,
    pub id: String,
    /// this is just a reference to the analysis parent object.
    pub analysis: String,
    pub model: Model,
}

/// ConversationGrounding
///
/// This is the context used for grounding the ml models with reguard to a conversation.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct ConversationGrounding {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub messages: Option<FlattenedConversationMessages>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub temporal: Option<TemporalRangeGrounding>,
}

/// ConversationMessageSentimentEnum
///
/// This will describe the sentiment of a specific message ie if the message was liked/disliked/reported
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ConversationMessageSentimentEnum {
    Like,
    Dislike,
    Report,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl ConversationMessageSentimentEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Like => "LIKE",
            Self::Dislike => "DISLIKE",
            Self::Report => "REPORT",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for ConversationMessageSentimentEnum {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "LIKE" => Self::Like,
            "DISLIKE" => Self::Dislike,
            "REPORT" => Self::Report,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}
crate::support::string_enum!(ConversationMessageSentimentEnum);

/// ConversationTypeEnum
///
/// This is a type of conversation, for now just COPILOT.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ConversationTypeEnum {
    Copilot,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl ConversationTypeEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Copilot => "COPILOT",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for ConversationTypeEnum {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "COPILOT" => Self::Copilot,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}
crate::support::string_enum!(ConversationTypeEnum);

/// DocumentContributor
///
/// A DocumentContributor is a preseeded representation of a Person
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DocumentContributor {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub classification: Option<Classification>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub value: Option<TransferableString>,
    pub person: PersonBasicType,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub updated: Option<GroupedTimestamp>,
}

/// DocumentContributors
///
/// This is a plural representation of the DocumentContributor
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DocumentContributors {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub iterable: Vec<DocumentContributor>,
}

/// Edges
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Edges {
    pub iterable: Vec<Node>,
}

/// EmbeddedModelSchema
///
/// This is a model that will keep track of all of our version related to our models.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EmbeddedModelSchema {
    /// this is the current database version that this model was used for.
    pub migration: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub semantic: Option<EmbeddedModelSchemaSemanticVersionEnum>,
}

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

/// Embedding
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Embedding {
    /// this is the raw value of the embedding
    pub raw: Vec<f64>,
    pub model: Model,
    pub created: GroupedTimestamp,
    pub updated: GroupedTimestamp,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub deleted: Option<GroupedTimestamp>,
}

/// Embeddings
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Embeddings {
    pub iterable: Vec<Embedding>,
}

/// ExternallySourcedEnum
///
/// This is an enum that will highlight something that is externally sourced.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ExternallySourcedEnum {
    Twitter,
    Medium,
    LinkedIn,
    Instagram,
    Facebook,
    Reddit,
    Discord,
    BitBucket,
    GitLab,
    GitHub,
    Slack,
    Mailgun,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl ExternallySourcedEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Twitter => "TWITTER",
            Self::Medium => "MEDIUM",
            Self::LinkedIn => "LINKED_IN",
            Self::Instagram => "INSTAGRAM",
            Self::Facebook => "FACEBOOK",
            Self::Reddit => "REDDIT",
            Self::Discord => "DISCORD",
            Self::BitBucket => "BIT_BUCKET",
            Self::GitLab => "GIT_LAB",
            Self::GitHub => "GIT_HUB",
            Self::Slack => "SLACK",
            Self::Mailgun => "MAILGUN",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for ExternallySourcedEnum {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "TWITTER" => Self::Twitter,
            "MEDIUM" => Self::Medium,
            "LINKED_IN" => Self::LinkedIn,
            "INSTAGRAM" => Self::Instagram,
            "FACEBOOK" => Self::Facebook,
            "REDDIT" => Self::Reddit,
            "DISCORD" => Self::Discord,
            "BIT_BUCKET" => Self::BitBucket,
            "GIT_LAB" => Self::GitLab,
            "GIT_HUB" => Self::GitHub,
            "SLACK" => Self::Slack,
            "MAILGUN" => Self::Mailgun,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}
crate::support::string_enum!(ExternallySourcedEnum);

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

/// ExternalProvider
///
/// I know that profileData and user_id have differeing casing but they are done because they map to Auth0's projeecties.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ExternalProvider {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(rename = "type")]
    pub type_: ExternalProviderTypeEnum,
    /// This is the user_id within the provider.
    pub user_id: String,
    /// This is optional here, but will be present for BB, Github, and google.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub access_token: Option<String>,
    /// Some providers have an expiration on their access token.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub expires_in: Option<i64>,
    pub created: GroupedTimestamp,
    pub updated: GroupedTimestamp,
    #[serde(rename = "profileData", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub profile_data: Option<ExternalProviderProfileData>,
    /// This is an optional field that will be provided onentreprise connections.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub connection: Option<String>,
    #[serde(rename = "isSocial", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub is_social: Option<bool>,
}

/// ExternalProviderProfileData
///
/// All of these will be optional.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct ExternalProviderProfileData {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub picture: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub nickname: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub email_verified: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub node_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub gravatar_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub html_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub followers_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub following_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub gists_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub starred_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub subscriptions_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub organizations_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub repos_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub events_url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub received_events_url: Option<String>,
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub type_: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub site_admin: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub company: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub blog: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub anchor: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub hireable: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub bio: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub twitter_username: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub public_repos: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub public_gists: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub followers: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub following: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub created_at: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub updated_at: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub private_gists: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub total_private_repos: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub owned_private_repos: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub disk_usage: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub collaborators: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub two_factor_authentication: Option<bool>,
}

/// ExternalProviders
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ExternalProviders {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub iterable: Vec<ExternalProvider>,
}

/// ExternalProviderTypeEnum
///
/// This is an enum to describe the provider used to authenticate a user.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ExternalProviderTypeEnum {
    Github,
    Auth0,
    GoogleOauth2,
    Bitbucket,
    Linkedin,
    Twitter,
    Facebook,
    Waad,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl ExternalProviderTypeEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Github => "github",
            Self::Auth0 => "auth0",
            Self::GoogleOauth2 => "google-oauth2",
            Self::Bitbucket => "bitbucket",
            Self::Linkedin => "linkedin",
            Self::Twitter => "twitter",
            Self::Facebook => "facebook",
            Self::Waad => "waad",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for ExternalProviderTypeEnum {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "github" => Self::Github,
            "auth0" => Self::Auth0,
            "google-oauth2" => Self::GoogleOauth2,
            "bitbucket" => Self::Bitbucket,
            "linkedin" => Self::Linkedin,
            "twitter" => Self::Twitter,
            "facebook" => Self::Facebook,
            "waad" => Self::Waad,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}
crate::support::string_enum!(ExternalProviderTypeEnum);

/// FileFormat
///
/// This describes a FileFormat.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct FileFormat {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub bytes: Option<TransferableBytes>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub string: Option<TransferableString>,
}

/// FlattenedActivities
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedActivities {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub iterable: Vec<ReferencedActivity>,
}

/// FlattenedActivity
///
/// Note: - if mechanism == internal we will not display to the user.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedActivity {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    pub created: GroupedTimestamp,
    pub updated: GroupedTimestamp,
    pub event: SeededConnectorTracking,
    pub application: Application,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub deleted: Option<GroupedTimestamp>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub asset: Option<ReferencedAsset>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub format: Option<ReferencedFormat>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub user: Option<FlattenedUserProfile>,
    pub mechanism: MechanismEnum,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub rank: Option<i64>,
}

/// FlattenedAnalysis
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedAnalysis {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub code: Option<CodeAnalysis>,
    pub id: String,
    /// this is a reference to the format that it belongs too.
    pub format: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub image: Option<Box<FlattenedImageAnalysis>>,
}

/// FlattenedAnchor
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedAnchor {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    #[serde(rename = "type")]
    pub type_: AnchorTypeEnum,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub watch: Option<bool>,
    pub points: FlattenedAnchorPoints,
    pub created: GroupedTimestamp,
    pub updated: GroupedTimestamp,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub deleted: Option<GroupedTimestamp>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub assets: Option<FlattenedAssets>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub annotations: Option<FlattenedAnnotations>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub conversations: Option<FlattenedConversations>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub score: Option<Score>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub summaries: Option<FlattenedWorkstreamSummaries>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub persons: Option<FlattenedPersons>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub messages: Option<FlattenedConversationMessages>,
    /// Required by the schema, which does not describe `text`: any value it allows.
    pub text: serde_json::Value,
}

/// FlattenedAnchorPoint
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedAnchorPoint {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub verified: Option<bool>,
    /// This is the text of the path.
    pub fullpath: String,
    pub created: GroupedTimestamp,
    pub updated: GroupedTimestamp,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub deleted: Option<GroupedTimestamp>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub platform: Option<PlatformEnum>,
    pub anchor: ReferencedAnchor,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub score: Option<Score>,
}

/// FlattenedAnchorPoints
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedAnchorPoints {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub iterable: Vec<ReferencedAnchorPoint>,
    /// This is a Map<String, int> where the the key is an AnchorPoint id.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub indices: Option<std::collections::BTreeMap<String, i64>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub score: Option<Score>,
}

/// FlattenedAnchors
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedAnchors {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub iterable: Vec<ReferencedAnchor>,
    /// This is a Map<String, int> where the the key is an Anchor id.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub indices: Option<std::collections::BTreeMap<String, i64>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub score: Option<Score>,
}

/// FlattenedAnnotation
///
/// This is the flattened Version of the annotation, IMPORTANT: when referencing these, ONLY Take the UUID, do NOT polinate(ie w/ asset/person/model) the FlattenedAnnotation as it can create an infinite loop.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedAnnotation {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    pub created: GroupedTimestamp,
    pub updated: GroupedTimestamp,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub deleted: Option<GroupedTimestamp>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub mechanism: Option<MechanismEnum>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub asset: Option<ReferencedAsset>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub person: Option<ReferencedPerson>,
    #[serde(rename = "type")]
    pub type_: AnnotationTypeEnum,
    /// This is the text of the annotation.
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub model: Option<ReferencedModel>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub pseudo: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub favorited: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub anchor: Option<ReferencedAnchor>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub conversation: Option<ReferencedConversation>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub score: Option<Score>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub messages: Option<FlattenedConversationMessages>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub summary: Option<ReferencedWorkstreamSummary>,
}

/// FlattenedAnnotations
///
/// This is a flattened plural of Annotation, typically this will just be a list of uuids.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedAnnotations {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub iterable: Vec<ReferencedAnnotation>,
    /// This is a Map<String, int> where the the key is an annotation id.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub indices: Option<std::collections::BTreeMap<String, i64>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub score: Option<Score>,
}

/// FlattenedAsset [DAG Safety]
///
/// An Asset Model representing data extracted from an Application connecting a group of data containing one or more Formats.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedAsset {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    /// The globally available UID representing the asset in the Database, both locally and in the cloud.
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub name: Option<String>,
    pub creator: String,
    pub created: GroupedTimestamp,
    pub updated: GroupedTimestamp,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub synced: Option<GroupedTimestamp>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub deleted: Option<GroupedTimestamp>,
    pub formats: FlattenedFormats,
    pub preview: FlattenedPreview,
    /// An identifier of the format that is a reference to the original.
    pub original: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub shares: Option<FlattenedShares>,
    pub mechanism: MechanismEnum,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub websites: Option<FlattenedWebsites>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub interacted: Option<GroupedTimestamp>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub tags: Option<FlattenedTags>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub sensitives: Option<FlattenedSensitives>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub persons: Option<FlattenedPersons>,
    /// This is an optional boolean that will flag that this asset came from a currated collection.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub curated: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub discovered: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub activities: Option<FlattenedActivities>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub score: Option<Score>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub favorited: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub pseudo: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub annotations: Option<FlattenedAnnotations>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub hints: Option<FlattenedHints>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub anchors: Option<FlattenedAnchors>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub conversations: Option<FlattenedConversations>,
    /// This will let us know if this asset was generated as a 'demo' snippet
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub demo: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub summaries: Option<FlattenedWorkstreamSummaries>,
}

/// FlattenedAssets [DAG Safety]
///
/// A collection of Assets specific to the authenticated user.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct FlattenedAssets {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub iterable: Option<Vec<ReferencedAsset>>,
    /// This is a Map<String, int> where the the key is an asset id.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub indices: Option<std::collections::BTreeMap<String, i64>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub score: Option<Score>,
}

/// FlattenedConversation
///
/// This is a flattened version of the Convsersation for DAG-Safety.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedConversation {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    /// This is a name that is customized.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub name: Option<String>,
    pub created: GroupedTimestamp,
    pub updated: GroupedTimestamp,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub deleted: Option<GroupedTimestamp>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub favorited: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub application: Option<Application>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub annotations: Option<FlattenedAnnotations>,
    pub messages: FlattenedConversationMessages,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub model: Option<ReferencedModel>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub assets: Option<FlattenedAssets>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub websites: Option<FlattenedWebsites>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub anchors: Option<FlattenedAnchors>,
    #[serde(rename = "type")]
    pub type_: ConversationTypeEnum,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub grounding: Option<ConversationGrounding>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub score: Option<Score>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub pipeline: Option<QgptPromptPipeline>,
    /// This will let us know if this conversation was generated as a 'demo' conversation
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub demo: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub summaries: Option<FlattenedWorkstreamSummaries>,
}

/// FlattenedConversationMessage
///
/// This is a flattened DAG safe version of a ConversationMessage.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedConversationMessage {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    pub created: GroupedTimestamp,
    pub updated: GroupedTimestamp,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub deleted: Option<GroupedTimestamp>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub model: Option<Model>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub fragment: Option<FragmentFormat>,
    pub conversation: ReferencedConversation,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub sentiment: Option<ConversationMessageSentimentEnum>,
    pub role: QgptConversationMessageRoleEnum,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub score: Option<Score>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub annotations: Option<FlattenedAnnotations>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub anchors: Option<FlattenedAnchors>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub persons: Option<FlattenedPersons>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub websites: Option<FlattenedWebsites>,
}

/// FlattenedConversationMessages
///
/// This is a flattened plural version of ConversationMessages
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedConversationMessages {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub iterable: Vec<ReferencedConversationMessage>,
    /// This is a Map<String, int> where the the key is an ConversationMessage id.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub indices: Option<std::collections::BTreeMap<String, i64>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub score: Option<Score>,
}

/// FlattenedConversations
///
/// Flattened version of conversations.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedConversations {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub iterable: Vec<ReferencedConversation>,
    /// This is a Map<String, int> where the the key is an Conversation id.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub indices: Option<std::collections::BTreeMap<String, i64>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub score: Option<Score>,
}

/// FlattenedDistribution
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedDistribution {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    /// This is the UUId of the share.
    pub share: String,
    pub created: GroupedTimestamp,
    pub updated: GroupedTimestamp,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub deleted: Option<GroupedTimestamp>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub mailgun: Option<MailgunDistribution>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub github: Option<GitHubDistribution>,
}

/// FlattenedDistributions
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedDistributions {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub iterable: Vec<ReferencedDistribution>,
}

/// FlattenedFormat [DAG Safety]
///
/// A representation of Data for a particular Form Factor of an Asset.[DAG Compatible - Directed Acyclic Graph Data Structure]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedFormat {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    pub creator: String,
    pub classification: Classification,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub icon: Option<String>,
    pub role: Role,
    pub application: Application,
    /// UniversalUniqueIdentifier (UUID)
    ///
    /// A uuid model.
    pub asset: uuid::Uuid,
    pub bytes: ByteDescriptor,
    pub created: GroupedTimestamp,
    pub updated: GroupedTimestamp,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub deleted: Option<GroupedTimestamp>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub synced: Option<GroupedTimestamp>,
    /// This is a path used to determine what path this format lives at within the cloud.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub cloud: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub fragment: Option<FragmentFormat>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub file: Option<FileFormat>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub analysis: Option<Box<FlattenedAnalysis>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub relationship: Option<Relationship>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub activities: Option<FlattenedActivities>,
}

/// FlattenedFormats
///
/// A collection of Formats specific to the authenticated user.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedFormats {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub iterable: Vec<ReferencedFormat>,
}

/// FlattenedHint
///
/// This is the flattened version of a hint.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedHint {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    pub created: GroupedTimestamp,
    pub updated: GroupedTimestamp,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub deleted: Option<GroupedTimestamp>,
    /// This is a Map<String, MechanismEnum> where the the key is an asset id.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub mechanisms: Option<std::collections::BTreeMap<String, MechanismEnum>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub assets: Option<FlattenedAssets>,
    #[serde(rename = "type")]
    pub type_: HintTypeEnum,
    /// This is the text of the hint.
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub model: Option<ReferencedModel>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub score: Option<Score>,
}

/// FlattenedHints
///
/// This is the flattened Version of plural hints.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedHints {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub iterable: Vec<ReferencedHint>,
    /// This is a Map<String, int> where the the key is an hint id.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub indices: Option<std::collections::BTreeMap<String, i64>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub score: Option<Score>,
}

/// FlattenedImageAnalysis
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedImageAnalysis {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub ocr: Option<Box<FlattenedOcrAnalysis>>,
    /// this is a reference to our (parent)analysis
    pub analysis: String,
}

/// FlattenedOCRAnalysis
///
/// [DAG Safe] Ocr Analysis that will reference FlattenedFormats.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedOcrAnalysis {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    pub raw: Box<ReferencedFormat>,
    pub hocr: Box<ReferencedFormat>,
    pub model: Model,
    /// this is a refernece to the image analysis.
    pub image: String,
}

/// FlattenedPerson
///
/// if expiration is add then, after the alloted expiration date the user will only have view && comment only permissions.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedPerson {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    pub created: GroupedTimestamp,
    pub updated: GroupedTimestamp,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub deleted: Option<GroupedTimestamp>,
    #[serde(rename = "type")]
    pub type_: PersonType,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub assets: Option<FlattenedAssets>,
    /// This is a Map<String, MechanismEnum> where the the key is an asset id.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub mechanisms: Option<std::collections::BTreeMap<String, MechanismEnum>>,
    /// This is an optional value that will keep track of the number of times this has been interacted with.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub interactions: Option<i64>,
    /// This is a Map<String, PersonAccess> where the the key is an asset id.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub access: Option<std::collections::BTreeMap<String, PersonAccess>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub tags: Option<FlattenedTags>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub websites: Option<FlattenedWebsites>,
    /// This is a Map<String, PersonModel>, where the the key is an asset id.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub models: Option<std::collections::BTreeMap<String, PersonModel>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub annotations: Option<FlattenedAnnotations>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub score: Option<Score>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub summaries: Option<FlattenedWorkstreamSummaries>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub anchors: Option<FlattenedAnchors>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub messages: Option<FlattenedConversationMessages>,
}

/// FlattenedPersons
///
/// This is the plural of Person.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedPersons {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub iterable: Vec<ReferencedPerson>,
    /// This is a Map<String, int> where the the key is an person id.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub indices: Option<std::collections::BTreeMap<String, i64>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub score: Option<Score>,
}

/// FlattenedPreview
///
/// These are the references of the formats **Only UUIDS**
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedPreview {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    /// this is a reference(uuid) to the base format
    pub base: String,
    /// this is a reference(uuid) to the overlay format
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub overlay: Option<String>,
}

/// FlattenedRange
///
/// This is a DAG-Safe minimal representation of a Range.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedRange {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub score: Option<Score>,
    pub created: GroupedTimestamp,
    pub updated: GroupedTimestamp,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub to: Option<GroupedTimestamp>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub from: Option<GroupedTimestamp>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub between: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub summaries: Option<FlattenedWorkstreamSummaries>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub conversations: Option<FlattenedConversations>,
}

/// FlattenedRanges
///
/// This is a DAG-Safe minimal representation of many Ranges.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedRanges {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub iterable: Vec<ReferencedRange>,
    /// This is a Map<String, int> where the the key is an range id.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub indices: Option<std::collections::BTreeMap<String, i64>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub score: Option<Score>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub continuous: Option<bool>,
}

/// FlattenedSensitive
///
/// This is a dereferenced representation of a sensitive pieces of data.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedSensitive {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    pub created: GroupedTimestamp,
    pub updated: GroupedTimestamp,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub deleted: Option<GroupedTimestamp>,
    pub asset: ReferencedAsset,
    pub text: String,
    pub mechanism: MechanismEnum,
    pub category: SensitiveCategoryEnum,
    pub severity: SensitiveSeverityEnum,
    pub name: String,
    pub description: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub metadata: Option<SensitiveMetadata>,
    /// This is an optional value that will keep track of the number of times this has been interacted with.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub interactions: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub score: Option<Score>,
}

/// FlattenedSensitives
///
/// This is a flattened representation of multiple sensitive pieces of data.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedSensitives {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub iterable: Vec<ReferencedSensitive>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub score: Option<Score>,
}

/// FlattenedShare [DAG SAFE]
///
/// This is a dag safe version of the Share.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedShare {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    /// This references the share it self.
    pub id: String,
    /// this is the asset id on the flattened share.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub asset: Option<String>,
    /// this is the uuid of the user that the share is created for.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub user: Option<String>,
    /// this is the prebuilt link.
    pub link: String,
    pub access: AccessEnum,
    pub accessors: Accessors,
    pub created: GroupedTimestamp,
    /// This is a shortened version of our uuid.
    pub short: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub assets: Option<FlattenedAssets>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub distributions: Option<FlattenedDistributions>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub score: Option<Score>,
}

/// FlattenedShares [DAG Safe]
///
/// This is just an iterable of our individual share models.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedShares {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub iterable: Vec<FlattenedShare>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub score: Option<Score>,
}

/// FlattenedTag
///
/// This is a Flattened Version of a Tag.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedTag {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    pub text: String,
    /// This is a Map<String, MechanismEnum> where the the key is an asset id.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub mechanisms: Option<std::collections::BTreeMap<String, MechanismEnum>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub assets: Option<FlattenedAssets>,
    pub created: GroupedTimestamp,
    pub updated: GroupedTimestamp,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub deleted: Option<GroupedTimestamp>,
    pub category: TagCategoryEnum,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub relationship: Option<Relationship>,
    /// This is an optional value that will keep track of the number of times this has been interacted with.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub interactions: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub persons: Option<FlattenedPersons>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub score: Option<Score>,
}

/// FlattenedTags
///
/// This is multiple ReferencedTags(which includes an optional FlattenedTag Model within the reference model).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedTags {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub iterable: Vec<ReferencedTag>,
    /// This is a Map<String, int> where the the key is an tag id.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub indices: Option<std::collections::BTreeMap<String, i64>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub score: Option<Score>,
}

/// FlattenedUserProfile
///
/// This is a FlattenedUserProfile that includes information that is not sensative in relation to a user.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedUserProfile {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    /// this is the uuid that identifies a user.
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub username: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub picture: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub vanityname: Option<String>,
}

/// FlattenedWebsite
///
/// This is a specific model for related websites to an asset.[DAG SAFE]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedWebsite {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    /// this is aspecific uuid that represents
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub assets: Option<FlattenedAssets>,
    /// A customizable name.
    pub name: String,
    /// The true url or the website.
    pub url: String,
    pub created: GroupedTimestamp,
    pub updated: GroupedTimestamp,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub deleted: Option<GroupedTimestamp>,
    /// This is a Map<String, MechanismEnum> where the the key is an asset id.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub mechanisms: Option<std::collections::BTreeMap<String, MechanismEnum>>,
    /// This is an optional value that will keep track of the number of times this has been interacted with.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub interactions: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub persons: Option<FlattenedPersons>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub conversations: Option<FlattenedConversations>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub score: Option<Score>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub summaries: Option<FlattenedWorkstreamSummaries>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub messages: Option<FlattenedConversationMessages>,
}

/// FlattenedWebsites
///
/// This is a specific model for related websites to an asset.[DAG SAFE]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedWebsites {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub iterable: Vec<ReferencedWebsite>,
    /// This is a Map<String, int> where the the key is an website id.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub indices: Option<std::collections::BTreeMap<String, i64>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub score: Option<Score>,
}

/// FlattenedWorkstreamEvent
///
/// This is a singular (DAG Safe) version of a WorkstreamEvent.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedWorkstreamEvent {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub score: Option<Score>,
    pub application: Application,
    pub created: GroupedTimestamp,
    pub updated: GroupedTimestamp,
    pub trigger: WorkstreamEventTrigger,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub context: Option<WorkstreamEventContext>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub summaries: Option<FlattenedWorkstreamSummaries>,
}

/// FlattenedWorkstreamEvents
///
/// This is a plural (DAG Safe) version of a WorkstreamEvents.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedWorkstreamEvents {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub iterable: Vec<ReferencedWorkstreamEvent>,
    /// This is a Map<String, int> where the the key is an activity id.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub indices: Option<std::collections::BTreeMap<String, i64>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub score: Option<Score>,
}

/// FlattenedWorkstreamSummaries
///
/// This is a DAG-Safe plural model of workstreamsummaries
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedWorkstreamSummaries {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub iterable: Vec<ReferencedWorkstreamSummary>,
    /// This is a Map<String, int> where the the key is an summary id.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub indices: Option<std::collections::BTreeMap<String, i64>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub score: Option<Score>,
}

/// FlattenedWorkstreamSummary
///
/// This is a DAG-Safe minimal representation of a workstream summary
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedWorkstreamSummary {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub score: Option<Score>,
    pub created: GroupedTimestamp,
    pub updated: GroupedTimestamp,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub events: Option<FlattenedWorkstreamEvents>,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub annotations: Option<FlattenedAnnotations>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub ranges: Option<FlattenedRanges>,
    pub model: Model,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub websites: Option<FlattenedWebsites>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub anchors: Option<FlattenedAnchors>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub assets: Option<FlattenedAssets>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub conversations: Option<FlattenedConversations>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub persons: Option<FlattenedPersons>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub applications: Option<Applications>,
    /// Required by the schema, which does not describe `range`: any value it allows.
    pub range: serde_json::Value,
}

/// Font
///
/// This will describe the font that the user sees.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Font {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub size: i64,
}

/// FragmentFormat
///
/// This will be either a TransferableString or TransferableBytes that represent your fragment.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct FragmentFormat {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub string: Option<TransferableString>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub bytes: Option<TransferableBytes>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub metadata: Option<FragmentMetadata>,
}

/// FragmentMetadata
///
/// This is a model for metadata of a file!
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct FragmentMetadata {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub ext: Option<ClassificationSpecificEnum>,
}

/// GitHubDistribution
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct GitHubDistribution {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub gist: Option<GitHubGistDistribution>,
}

/// GitHubGistDistribution
///
/// This is a published Github Gist.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GitHubGistDistribution {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub recipients: Recipients,
    /// This will let us know if the gist is public or private.
    pub public: bool,
    /// This is the description of the Gist Distribution
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub description: Option<String>,
    /// This is the name of the gist you will add.
    pub name: String,
    pub created: GroupedTimestamp,
    pub updated: GroupedTimestamp,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub deleted: Option<GroupedTimestamp>,
    /// This is the id that github uses to represent the gist.
    pub github_id: String,
    /// This is the url where the gist is.
    pub url: String,
}

/// GraphicalImageDescriptiveStatistics
///
/// Model for collecting descriptive statistics of images uploaded to Pieces
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GraphicalImageDescriptiveStatistics {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub width: String,
    pub height: String,
    pub channels: String,
    pub asset: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub user: Option<String>,
    pub created: String,
    pub os: String,
}

/// GraphicalImageProcessing
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct GraphicalImageProcessing {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub statistics: Option<GraphicalImageStatistics>,
}

/// GraphicalImageStatistics
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct GraphicalImageStatistics {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub descriptive: Option<GraphicalImageDescriptiveStatistics>,
}

/// GraphicalMachineLearningProcessingEvent
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct GraphicalMachineLearningProcessingEvent {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub ocr: Option<GraphicalOcrProcessing>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub image: Option<GraphicalImageProcessing>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub svg: Option<GraphicalSvgStatistics>,
}

/// GraphicalOCRDescriptiveStatistics
///
/// Model for monitoring and evaluating the OCR feature
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GraphicalOcrDescriptiveStatistics {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub asset: String,
    pub user: String,
    pub model: String,
    pub created: String,
    pub os: String,
    pub confidence: GraphicalOcrDescriptiveStatisticsConfidence,
    pub duration: String,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GraphicalOcrDescriptiveStatisticsConfidence {
    pub mean: String,
}

/// GraphicalOCRProcessing
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct GraphicalOcrProcessing {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub statistics: Option<GraphicalOcrStatistics>,
}

/// GraphicalOCRStatistics
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct GraphicalOcrStatistics {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub descriptive: Option<GraphicalOcrDescriptiveStatistics>,
}

/// GraphicalSVGStatistics
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct GraphicalSvgStatistics {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub id: Option<String>,
}

/// GroupedTimestamp
///
/// A helper classs to wrap Date-Time Values with Useful Helper Properties
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GroupedTimestamp {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub value: chrono::DateTime<chrono::FixedOffset>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub readable: Option<String>,
}

/// HintTypeEnum
///
/// This is the hint enum used to describe a type of hint.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum HintTypeEnum {
    SuggestedQuery,
    QgptHint,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl HintTypeEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SuggestedQuery => "SUGGESTED_QUERY",
            Self::QgptHint => "QGPT_HINT",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for HintTypeEnum {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "SUGGESTED_QUERY" => Self::SuggestedQuery,
            "QGPT_HINT" => Self::QgptHint,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}
crate::support::string_enum!(HintTypeEnum);

/// IDESelection
///
/// This is a given bit of text/code that is selected in the IDE, this can be a copy/paste/selection
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct IdeSelection {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub location: Option<LanguageServerProtocolLocation>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub classification: Option<Classification>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub value: Option<TransferableString>,
}

/// IDESelections
///
/// Plural model that represent many selections in the browser
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IdeSelections {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub iterable: Vec<IdeSelection>,
}

/// IDETab
///
/// This is a representation of an IDE Tab
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IdeTab {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub value: Option<TransferableString>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub classification: Option<Classification>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub selections: Option<IdeSelections>,
    pub anchor: SeededAnchor,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub range: Option<AnonymousTemporalRange>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub current: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub contributors: Option<DocumentContributors>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub lsp: Option<LanguageServerProtocol>,
}

/// IDETabs
///
/// This is a plural representation of a IDETab
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IdeTabs {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub iterable: Vec<IdeTab>,
}

/// LanguageServerProtocol
///
/// TODO
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct LanguageServerProtocol {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub diagnostics: Option<LanguageServerProtocolDiagnostics>,
}

/// LanguageServerProtocolCode
///
/// NOTE: this can me a union type here..
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct LanguageServerProtocolCode {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub code_integer: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub code_string: Option<String>,
    /// This is a Map<String, String>, basically just a json object for additional data if int/string will not work
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub raw_json: Option<std::collections::BTreeMap<String, String>>,
}

/// LanguageServerProtocolCodeDescription
///
/// modeled off of (https://microsoft.github.io/language-server-protocol/specifications/lsp/3.17/specification/#codeDescription)
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LanguageServerProtocolCodeDescription {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub href: String,
}

/// LanguageServerProtocolDiagnostic
///
/// TODO
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LanguageServerProtocolDiagnostic {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub range: LanguageServerProtocolLocationRange,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub severity: Option<LanguageServerProtocolSeverityEnum>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub code: Option<LanguageServerProtocolCode>,
    #[serde(rename = "codeDescription", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub code_description: Option<LanguageServerProtocolCodeDescription>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub source: Option<String>,
    pub message: String,
}

/// LanguageServerProtocolDiagnostics
///
/// TODO
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LanguageServerProtocolDiagnostics {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub iterable: Vec<LanguageServerProtocolDiagnostic>,
}

/// LanguageServerProtocolLocation
///
/// modeled after this (https://microsoft.github.io/language-server-protocol/specifications/lsp/3.17/specification/#location)
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LanguageServerProtocolLocation {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub uri: String,
    pub range: LanguageServerProtocolLocationRange,
}

/// LanguageServerProtocolLocationRange
///
/// modeled after this (https://microsoft.github.io/language-server-protocol/specifications/lsp/3.17/specification/#range)
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LanguageServerProtocolLocationRange {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub start: LanguageServerProtocolLocationRangePosition,
    pub end: LanguageServerProtocolLocationRangePosition,
}

/// LanguageServerProtocolLocationRangePosition
///
/// modeled after this (https://microsoft.github.io/language-server-protocol/specifications/lsp/3.17/specification/#position)
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LanguageServerProtocolLocationRangePosition {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub line: i64,
    pub character: i64,
}

/// LanguageServerProtocolSeverityEnum
///
/// modeled of of https://microsoft.github.io/language-server-protocol/specifications/lsp/3.17/specification/#diagnosticSeverity
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum LanguageServerProtocolSeverityEnum {
    Error,
    Warning,
    Information,
    Hint,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl LanguageServerProtocolSeverityEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Error => "ERROR",
            Self::Warning => "WARNING",
            Self::Information => "INFORMATION",
            Self::Hint => "HINT",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for LanguageServerProtocolSeverityEnum {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "ERROR" => Self::Error,
            "WARNING" => Self::Warning,
            "INFORMATION" => Self::Information,
            "HINT" => Self::Hint,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}
crate::support::string_enum!(LanguageServerProtocolSeverityEnum);

/// MailgunDistribution
///
/// This is a specific Distribution for mailgun specific information.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MailgunDistribution {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub recipients: Recipients,
}

/// MailgunMetadata
///
/// TODO add additional properties.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MailgunMetadata {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    /// This is the id given to us from mailgun when the email was sent successfully.
    #[serde(rename = "messageId")]
    pub message_id: String,
}

/// MechanismEnum
///
/// This will let us know how an asset was uploaded.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MechanismEnum {
    Manual,
    Recommended,
    Automatic,
    Internal,
    Deleted,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl MechanismEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Manual => "MANUAL",
            Self::Recommended => "RECOMMENDED",
            Self::Automatic => "AUTOMATIC",
            Self::Internal => "INTERNAL",
            Self::Deleted => "DELETED",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for MechanismEnum {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "MANUAL" => Self::Manual,
            "RECOMMENDED" => Self::Recommended,
            "AUTOMATIC" => Self::Automatic,
            "INTERNAL" => Self::Internal,
            "DELETED" => Self::Deleted,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}
crate::support::string_enum!(MechanismEnum);

/// Model
///
/// This is a Machine Learning Model, that will give readable information about the Machine Learning Model Used.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Model {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    /// uuid
    pub id: String,
    /// this is a version of the model.
    pub version: String,
    pub created: GroupedTimestamp,
    /// This is an Optional Name of the Model.
    pub name: String,
    /// An Optional Description of the model itself.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub description: Option<String>,
    /// This will inform the user if this was a model that is hosted in the cloud
    pub cloud: bool,
    #[serde(rename = "type")]
    pub type_: ModelTypeEnum,
    pub usage: ModelUsageEnum,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub bytes: Option<ByteDescriptor>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub ram: Option<ByteDescriptor>,
    /// quantization is a string like: q8f16_0, q4f16_1, etc...
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub quantization: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub foundation: Option<ModelFoundationEnum>,
    /// This is an optional bool to let us know if this model has been downloaded locally.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub downloaded: Option<bool>,
    /// This is a boolean that represents if the model is loaded into memory.(this is not persisted, and is calculated on the fly.)
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub loaded: Option<bool>,
    /// This is the unique model name used to load the model.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub unique: Option<String>,
    /// This is the number of parameters in terms of billions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameters: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub provider: Option<ExternalMlProviderEnum>,
    /// This is an optional bool that is optimized for CPU usage.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub cpu: Option<bool>,
    /// This is a calculated property, that will say if this is currently downloading.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub downloading: Option<bool>,
    #[serde(rename = "maxTokens", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub max_tokens: Option<ModelMaxTokens>,
    /// This will let us know if this is a custom, or fine tuned model imported by the user.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub custom: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub capabilities: Option<ModelCapabilities>,
}

/// ModelCapabilities
///
/// This will let us know what capabilities the model is aloud to be used for.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct ModelCapabilities {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    /// True if model is able to support live context and any other temporally powered RAG Capabilities i.e. "What did I do yesterday?"
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub temporal: Option<bool>,
    /// True if the model can leverage images and graphical material files in it's context window
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub images: Option<bool>,
    /// True if the model can leverage videos files in it's context window
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub videos: Option<bool>,
    /// True if the model can leverage code/text/other files in it's context window
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub documents: Option<bool>,
    /// True if the model can leverage entire code bases/snippetized code bases in its context window
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub codebases: Option<bool>,
    /// True if the model can leverage saved assets & their metadata in its context window.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub assets: Option<bool>,
    /// True if the model can leverage websites in its context window.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub websites: Option<bool>,
}

/// ModelFoundationEnum
///
/// This is used to describe the foundational models used within POS.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ModelFoundationEnum {
    Gpt35,
    Gpt4,
    T5,
    Llama27b,
    Llama213b,
    Llama270b,
    Llama32b,
    Llama313b,
    Llama370b,
    CodeLlama27b,
    CodeLlama213b,
    CodeLlama270b,
    Bard,
    Alpaca7b,
    Alpaca13b,
    Alpaca33b,
    Alpaca65b,
    Vicuna7b,
    Vicuna13b,
    Vicuna33b,
    Vicuna65b,
    Guanaco7b,
    Guanaco13b,
    Guanaco33b,
    Guanaco65b,
    Openllama7b,
    Openllama13b,
    Gorilla7b,
    Gorilla13b,
    Gorilla33b,
    Gorilla65b,
    Wizardlm7b,
    Wizardlm13b,
    Wizardlm30b,
    Yulanchat13b,
    Yulanchat65b,
    Redpajama3b,
    Redpajama7b,
    Redpajama13b,
    Redpajama33b,
    Redpajama65b,
    Dolly70m,
    Dolly160m,
    Dolly410m,
    Dolly1b,
    Dolly14b,
    Dolly28b,
    Dolly69b,
    Dolly12b,
    Pythia70m,
    Pythia160m,
    Pythia410m,
    Pythia1b,
    Pythia14b,
    Pythia28b,
    Pythia69b,
    Pythia12b,
    Moss7b,
    Moss13b,
    RmkvLm100m,
    RmkvLm400m,
    RmkvLm15b,
    RmkvLm3b,
    RmkvLm7b,
    RmkvLm14b,
    Starcoder155b,
    Wizardcoder15b,
    Santacoder11b,
    TextBison,
    TextembeddingGecko,
    ChatBison,
    CodeBison,
    CodechatBison,
    CodeGecko,
    Distilroberta,
    Mistral7b,
    Gemini,
    Gemini15,
    FastText,
    Unixcoder,
    Phi15,
    Phi2,
    Mixtral8X7b,
    Mixtral8X22b,
    Gemma7b,
    Gemma2b,
    CodeGemma7b,
    CodeGemma2b,
    RecurrentGemma2b,
    Grok1,
    Grok15,
    Claude2,
    Claude3,
    Starling7b,
    Dbrx,
    CommandR,
    Gemma112b,
    Gemma117b,
    Gemma29b,
    Phi3Mini,
    Phi3Small,
    Granite3b,
    Granite8b,
    Llama38b,
    Claude35,
    ClaudeLatest,
    GraniteLatest,
    LlamaLatest,
    PhiLatest,
    GemmaLatest,
    GeminiLatest,
    GptLatest,
    AzureLatest,
    AzureFast,
    AzureBest,
    AzureDefault,
    AzureCustom,
    PerplexityLatest,
    PerplexityFast,
    PerplexityBest,
    PerplexityDefault,
    PerplexityCustom,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl ModelFoundationEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Gpt35 => "GPT_3.5",
            Self::Gpt4 => "GPT_4",
            Self::T5 => "T5",
            Self::Llama27b => "LLAMA_2_7B",
            Self::Llama213b => "LLAMA_2_13B",
            Self::Llama270b => "LLAMA_2_70B",
            Self::Llama32b => "LLAMA_3_2B",
            Self::Llama313b => "LLAMA_3_13B",
            Self::Llama370b => "LLAMA_3_70B",
            Self::CodeLlama27b => "CODE_LLAMA_2_7B",
            Self::CodeLlama213b => "CODE_LLAMA_2_13B",
            Self::CodeLlama270b => "CODE_LLAMA_2_70B",
            Self::Bard => "BARD",
            Self::Alpaca7b => "ALPACA_7B",
            Self::Alpaca13b => "ALPACA_13B",
            Self::Alpaca33b => "ALPACA_33B",
            Self::Alpaca65b => "ALPACA_65B",
            Self::Vicuna7b => "VICUNA_7B",
            Self::Vicuna13b => "VICUNA_13B",
            Self::Vicuna33b => "VICUNA_33B",
            Self::Vicuna65b => "VICUNA_65B",
            Self::Guanaco7b => "GUANACO_7B",
            Self::Guanaco13b => "GUANACO_13B",
            Self::Guanaco33b => "GUANACO_33B",
            Self::Guanaco65b => "GUANACO_65B",
            Self::Openllama7b => "OPENLLAMA_7B",
            Self::Openllama13b => "OPENLLAMA_13B",
            Self::Gorilla7b => "GORILLA_7B",
            Self::Gorilla13b => "GORILLA_13B",
            Self::Gorilla33b => "GORILLA_33B",
            Self::Gorilla65b => "GORILLA_65B",
            Self::Wizardlm7b => "WIZARDLM_7B",
            Self::Wizardlm13b => "WIZARDLM_13B",
            Self::Wizardlm30b => "WIZARDLM_30B",
            Self::Yulanchat13b => "YULANCHAT_13B",
            Self::Yulanchat65b => "YULANCHAT_65B",
            Self::Redpajama3b => "REDPAJAMA_3B",
            Self::Redpajama7b => "REDPAJAMA_7B",
            Self::Redpajama13b => "REDPAJAMA_13B",
            Self::Redpajama33b => "REDPAJAMA_33B",
            Self::Redpajama65b => "REDPAJAMA_65B",
            Self::Dolly70m => "DOLLY_70M",
            Self::Dolly160m => "DOLLY_160M",
            Self::Dolly410m => "DOLLY_410M",
            Self::Dolly1b => "DOLLY_1B",
            Self::Dolly14b => "DOLLY_1.4B",
            Self::Dolly28b => "DOLLY_2.8B",
            Self::Dolly69b => "DOLLY_6.9B",
            Self::Dolly12b => "DOLLY_12B",
            Self::Pythia70m => "PYTHIA_70M",
            Self::Pythia160m => "PYTHIA_160M",
            Self::Pythia410m => "PYTHIA_410M",
            Self::Pythia1b => "PYTHIA_1B",
            Self::Pythia14b => "PYTHIA_1.4B",
            Self::Pythia28b => "PYTHIA_2.8B",
            Self::Pythia69b => "PYTHIA_6.9B",
            Self::Pythia12b => "PYTHIA_12B",
            Self::Moss7b => "MOSS_7B",
            Self::Moss13b => "MOSS_13B",
            Self::RmkvLm100m => "RMKV_LM_100M",
            Self::RmkvLm400m => "RMKV_LM_400M",
            Self::RmkvLm15b => "RMKV_LM_1.5B",
            Self::RmkvLm3b => "RMKV_LM_3B",
            Self::RmkvLm7b => "RMKV_LM_7B",
            Self::RmkvLm14b => "RMKV_LM_14B",
            Self::Starcoder155b => "STARCODER_15.5B",
            Self::Wizardcoder15b => "WIZARDCODER_15B",
            Self::Santacoder11b => "SANTACODER_1.1B",
            Self::TextBison => "TEXT_BISON",
            Self::TextembeddingGecko => "TEXTEMBEDDING_GECKO",
            Self::ChatBison => "CHAT_BISON",
            Self::CodeBison => "CODE_BISON",
            Self::CodechatBison => "CODECHAT_BISON",
            Self::CodeGecko => "CODE_GECKO",
            Self::Distilroberta => "DISTILROBERTA",
            Self::Mistral7b => "MISTRAL_7B",
            Self::Gemini => "GEMINI",
            Self::Gemini15 => "GEMINI_1.5",
            Self::FastText => "FAST_TEXT",
            Self::Unixcoder => "UNIXCODER",
            Self::Phi15 => "PHI_1.5",
            Self::Phi2 => "PHI_2",
            Self::Mixtral8X7b => "MIXTRAL_8_x_7B",
            Self::Mixtral8X22b => "MIXTRAL_8_x_22B",
            Self::Gemma7b => "GEMMA_7B",
            Self::Gemma2b => "GEMMA_2B",
            Self::CodeGemma7b => "CODE_GEMMA_7B",
            Self::CodeGemma2b => "CODE_GEMMA_2B",
            Self::RecurrentGemma2b => "RECURRENT_GEMMA_2B",
            Self::Grok1 => "GROK_1",
            Self::Grok15 => "GROK_1.5",
            Self::Claude2 => "CLAUDE_2",
            Self::Claude3 => "CLAUDE_3",
            Self::Starling7b => "STARLING_7B",
            Self::Dbrx => "DBRX",
            Self::CommandR => "COMMAND_R+",
            Self::Gemma112b => "GEMMA_1.1_2B",
            Self::Gemma117b => "GEMMA_1.1_7B",
            Self::Gemma29b => "GEMMA_2_9B",
            Self::Phi3Mini => "PHI_3_MINI",
            Self::Phi3Small => "PHI_3_SMALL",
            Self::Granite3b => "GRANITE_3B",
            Self::Granite8b => "GRANITE_8B",
            Self::Llama38b => "LLAMA_3_8B",
            Self::Claude35 => "CLAUDE_3.5",
            Self::ClaudeLatest => "CLAUDE_LATEST",
            Self::GraniteLatest => "GRANITE_LATEST",
            Self::LlamaLatest => "LLAMA_LATEST",
            Self::PhiLatest => "PHI_LATEST",
            Self::GemmaLatest => "GEMMA_LATEST",
            Self::GeminiLatest => "GEMINI_LATEST",
            Self::GptLatest => "GPT_LATEST",
            Self::AzureLatest => "AZURE_LATEST",
            Self::AzureFast => "AZURE_FAST",
            Self::AzureBest => "AZURE_BEST",
            Self::AzureDefault => "AZURE_DEFAULT",
            Self::AzureCustom => "AZURE_CUSTOM",
            Self::PerplexityLatest => "PERPLEXITY_LATEST",
            Self::PerplexityFast => "PERPLEXITY_FAST",
            Self::PerplexityBest => "PERPLEXITY_BEST",
            Self::PerplexityDefault => "PERPLEXITY_DEFAULT",
            Self::PerplexityCustom => "PERPLEXITY_CUSTOM",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for ModelFoundationEnum {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "GPT_3.5" => Self::Gpt35,
            "GPT_4" => Self::Gpt4,
            "T5" => Self::T5,
            "LLAMA_2_7B" => Self::Llama27b,
            "LLAMA_2_13B" => Self::Llama213b,
            "LLAMA_2_70B" => Self::Llama270b,
            "LLAMA_3_2B" => Self::Llama32b,
            "LLAMA_3_13B" => Self::Llama313b,
            "LLAMA_3_70B" => Self::Llama370b,
            "CODE_LLAMA_2_7B" => Self::CodeLlama27b,
            "CODE_LLAMA_2_13B" => Self::CodeLlama213b,
            "CODE_LLAMA_2_70B" => Self::CodeLlama270b,
            "BARD" => Self::Bard,
            "ALPACA_7B" => Self::Alpaca7b,
            "ALPACA_13B" => Self::Alpaca13b,
            "ALPACA_33B" => Self::Alpaca33b,
            "ALPACA_65B" => Self::Alpaca65b,
            "VICUNA_7B" => Self::Vicuna7b,
            "VICUNA_13B" => Self::Vicuna13b,
            "VICUNA_33B" => Self::Vicuna33b,
            "VICUNA_65B" => Self::Vicuna65b,
            "GUANACO_7B" => Self::Guanaco7b,
            "GUANACO_13B" => Self::Guanaco13b,
            "GUANACO_33B" => Self::Guanaco33b,
            "GUANACO_65B" => Self::Guanaco65b,
            "OPENLLAMA_7B" => Self::Openllama7b,
            "OPENLLAMA_13B" => Self::Openllama13b,
            "GORILLA_7B" => Self::Gorilla7b,
            "GORILLA_13B" => Self::Gorilla13b,
            "GORILLA_33B" => Self::Gorilla33b,
            "GORILLA_65B" => Self::Gorilla65b,
            "WIZARDLM_7B" => Self::Wizardlm7b,
            "WIZARDLM_13B" => Self::Wizardlm13b,
            "WIZARDLM_30B" => Self::Wizardlm30b,
            "YULANCHAT_13B" => Self::Yulanchat13b,
            "YULANCHAT_65B" => Self::Yulanchat65b,
            "REDPAJAMA_3B" => Self::Redpajama3b,
            "REDPAJAMA_7B" => Self::Redpajama7b,
            "REDPAJAMA_13B" => Self::Redpajama13b,
            "REDPAJAMA_33B" => Self::Redpajama33b,
            "REDPAJAMA_65B" => Self::Redpajama65b,
            "DOLLY_70M" => Self::Dolly70m,
            "DOLLY_160M" => Self::Dolly160m,
            "DOLLY_410M" => Self::Dolly410m,
            "DOLLY_1B" => Self::Dolly1b,
            "DOLLY_1.4B" => Self::Dolly14b,
            "DOLLY_2.8B" => Self::Dolly28b,
            "DOLLY_6.9B" => Self::Dolly69b,
            "DOLLY_12B" => Self::Dolly12b,
            "PYTHIA_70M" => Self::Pythia70m,
            "PYTHIA_160M" => Self::Pythia160m,
            "PYTHIA_410M" => Self::Pythia410m,
            "PYTHIA_1B" => Self::Pythia1b,
            "PYTHIA_1.4B" => Self::Pythia14b,
            "PYTHIA_2.8B" => Self::Pythia28b,
            "PYTHIA_6.9B" => Self::Pythia69b,
            "PYTHIA_12B" => Self::Pythia12b,
            "MOSS_7B" => Self::Moss7b,
            "MOSS_13B" => Self::Moss13b,
            "RMKV_LM_100M" => Self::RmkvLm100m,
            "RMKV_LM_400M" => Self::RmkvLm400m,
            "RMKV_LM_1.5B" => Self::RmkvLm15b,
            "RMKV_LM_3B" => Self::RmkvLm3b,
            "RMKV_LM_7B" => Self::RmkvLm7b,
            "RMKV_LM_14B" => Self::RmkvLm14b,
            "STARCODER_15.5B" => Self::Starcoder155b,
            "WIZARDCODER_15B" => Self::Wizardcoder15b,
            "SANTACODER_1.1B" => Self::Santacoder11b,
            "TEXT_BISON" => Self::TextBison,
            "TEXTEMBEDDING_GECKO" => Self::TextembeddingGecko,
            "CHAT_BISON" => Self::ChatBison,
            "CODE_BISON" => Self::CodeBison,
            "CODECHAT_BISON" => Self::CodechatBison,
            "CODE_GECKO" => Self::CodeGecko,
            "DISTILROBERTA" => Self::Distilroberta,
            "MISTRAL_7B" => Self::Mistral7b,
            "GEMINI" => Self::Gemini,
            "GEMINI_1.5" => Self::Gemini15,
            "FAST_TEXT" => Self::FastText,
            "UNIXCODER" => Self::Unixcoder,
            "PHI_1.5" => Self::Phi15,
            "PHI_2" => Self::Phi2,
            "MIXTRAL_8_x_7B" => Self::Mixtral8X7b,
            "MIXTRAL_8_x_22B" => Self::Mixtral8X22b,
            "GEMMA_7B" => Self::Gemma7b,
            "GEMMA_2B" => Self::Gemma2b,
            "CODE_GEMMA_7B" => Self::CodeGemma7b,
            "CODE_GEMMA_2B" => Self::CodeGemma2b,
            "RECURRENT_GEMMA_2B" => Self::RecurrentGemma2b,
            "GROK_1" => Self::Grok1,
            "GROK_1.5" => Self::Grok15,
            "CLAUDE_2" => Self::Claude2,
            "CLAUDE_3" => Self::Claude3,
            "STARLING_7B" => Self::Starling7b,
            "DBRX" => Self::Dbrx,
            "COMMAND_R+" => Self::CommandR,
            "GEMMA_1.1_2B" => Self::Gemma112b,
            "GEMMA_1.1_7B" => Self::Gemma117b,
            "GEMMA_2_9B" => Self::Gemma29b,
            "PHI_3_MINI" => Self::Phi3Mini,
            "PHI_3_SMALL" => Self::Phi3Small,
            "GRANITE_3B" => Self::Granite3b,
            "GRANITE_8B" => Self::Granite8b,
            "LLAMA_3_8B" => Self::Llama38b,
            "CLAUDE_3.5" => Self::Claude35,
            "CLAUDE_LATEST" => Self::ClaudeLatest,
            "GRANITE_LATEST" => Self::GraniteLatest,
            "LLAMA_LATEST" => Self::LlamaLatest,
            "PHI_LATEST" => Self::PhiLatest,
            "GEMMA_LATEST" => Self::GemmaLatest,
            "GEMINI_LATEST" => Self::GeminiLatest,
            "GPT_LATEST" => Self::GptLatest,
            "AZURE_LATEST" => Self::AzureLatest,
            "AZURE_FAST" => Self::AzureFast,
            "AZURE_BEST" => Self::AzureBest,
            "AZURE_DEFAULT" => Self::AzureDefault,
            "AZURE_CUSTOM" => Self::AzureCustom,
            "PERPLEXITY_LATEST" => Self::PerplexityLatest,
            "PERPLEXITY_FAST" => Self::PerplexityFast,
            "PERPLEXITY_BEST" => Self::PerplexityBest,
            "PERPLEXITY_DEFAULT" => Self::PerplexityDefault,
            "PERPLEXITY_CUSTOM" => Self::PerplexityCustom,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}
crate::support::string_enum!(ModelFoundationEnum);

/// ModelMaxTokens
///
/// This will describe the MaxTokens for an MLModel
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ModelMaxTokens {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub total: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output: Option<f64>,
}

/// ModelTypeEnum
///
/// This will describe the type of Model balanced, speed, accuracy...
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ModelTypeEnum {
    Balanced,
    Speed,
    Accuracy,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl ModelTypeEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Balanced => "BALANCED",
            Self::Speed => "SPEED",
            Self::Accuracy => "ACCURACY",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for ModelTypeEnum {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "BALANCED" => Self::Balanced,
            "SPEED" => Self::Speed,
            "ACCURACY" => Self::Accuracy,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}
crate::support::string_enum!(ModelTypeEnum);

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

/// Node
///
/// This describes a node within a relationship graph used to related like types.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Node {
    pub id: String,
    #[serde(rename = "type")]
    pub type_: NodeTypeEnum,
    /// This is a boolean to let us know if this node is the root or origin of the relationship graph.
    pub root: bool,
    pub created: GroupedTimestamp,
}

/// NodeTypeEnum
///
/// This describes the type of a node ie an asset, tag, website, format...
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum NodeTypeEnum {
    Tag,
    Website,
    Format,
    Asset,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl NodeTypeEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Tag => "TAG",
            Self::Website => "WEBSITE",
            Self::Format => "FORMAT",
            Self::Asset => "ASSET",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for NodeTypeEnum {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "TAG" => Self::Tag,
            "WEBSITE" => Self::Website,
            "FORMAT" => Self::Format,
            "ASSET" => Self::Asset,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}
crate::support::string_enum!(NodeTypeEnum);

/// Person
///
/// if expiration is add then, after the alloted expiration date the user will only have view && comment only permissions.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Person {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    pub created: GroupedTimestamp,
    pub updated: GroupedTimestamp,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub deleted: Option<GroupedTimestamp>,
    #[serde(rename = "type")]
    pub type_: PersonType,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub assets: Option<FlattenedAssets>,
    /// This is a Map<String, MechanismEnum> where the the key is an asset id.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub mechanisms: Option<std::collections::BTreeMap<String, MechanismEnum>>,
    /// This is an optional value that will keep track of the number of times this has been interacted with.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub interactions: Option<i64>,
    /// This is a Map<String, PersonAccess> where the the key is an asset id.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub access: Option<std::collections::BTreeMap<String, PersonAccess>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub tags: Option<FlattenedTags>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub websites: Option<FlattenedWebsites>,
    /// This is a Map<String, PersonModel>, where the the key is an asset id.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub models: Option<std::collections::BTreeMap<String, PersonModel>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub annotations: Option<FlattenedAnnotations>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub score: Option<Score>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub summaries: Option<FlattenedWorkstreamSummaries>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub anchors: Option<FlattenedAnchors>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub messages: Option<FlattenedConversationMessages>,
}

/// PersonAccess
///
/// if scoped is provided will let us know what level of permission(access) this specific person has in relation to what scope.(collection, asset,...etc)
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct PersonAccess {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub scoped: Option<PersonAccessScopedEnum>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub deleted: Option<GroupedTimestamp>,
}

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

/// PersonBasicType
///
/// This is all optional properties around the most basic information around a non-pieces user.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct PersonBasicType {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    /// username or twitter handle...etc
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub username: Option<String>,
    /// This is the name of the basic user.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub name: Option<String>,
    /// this is a url picture representation of a user.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub picture: Option<String>,
    /// an email that was extracted.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub sourced: Option<ExternallySourcedEnum>,
    /// This is a specific url that this basic user came from.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub mailgun: Option<MailgunMetadata>,
}

/// PersonModel
///
/// This is a PersonSpecific Model.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct PersonModel {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub asset: Option<ReferencedAsset>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub model: Option<ReferencedModel>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub deleted: Option<GroupedTimestamp>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub explanation: Option<ReferencedAnnotation>,
}

/// PersonType
///
/// basic or platform is absolutely required here.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct PersonType {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub basic: Option<PersonBasicType>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub platform: Option<UserProfile>,
}

/// PlatformEnum
///
/// This is an Enumeration for a Platform ie, WEB, MACOS, LINUX, WINDOWS
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PlatformEnum {
    Web,
    Macos,
    Linux,
    Windows,
    Fuchsia,
    Ios,
    Android,
    Unknown,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl PlatformEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Web => "WEB",
            Self::Macos => "MACOS",
            Self::Linux => "LINUX",
            Self::Windows => "WINDOWS",
            Self::Fuchsia => "FUCHSIA",
            Self::Ios => "IOS",
            Self::Android => "ANDROID",
            Self::Unknown => "UNKNOWN",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for PlatformEnum {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "WEB" => Self::Web,
            "MACOS" => Self::Macos,
            "LINUX" => Self::Linux,
            "WINDOWS" => Self::Windows,
            "FUCHSIA" => Self::Fuchsia,
            "IOS" => Self::Ios,
            "ANDROID" => Self::Android,
            "UNKNOWN" => Self::Unknown,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}
crate::support::string_enum!(PlatformEnum);

/// PrivacyEnum
///
/// OPEN: Means that privacy is fully open CLOSED: Means that privacy is fully locked down, and private ANONYMOUS: Means that we are allowed to collect information but it cannot get attached to me as the user.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PrivacyEnum {
    Open,
    Closed,
    Anonymous,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl PrivacyEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Open => "OPEN",
            Self::Closed => "CLOSED",
            Self::Anonymous => "ANONYMOUS",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for PrivacyEnum {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "OPEN" => Self::Open,
            "CLOSED" => Self::Closed,
            "ANONYMOUS" => Self::Anonymous,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}
crate::support::string_enum!(PrivacyEnum);

/// ProjectModule
///
/// This is a representation of a Module or a Project
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ProjectModule {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub anchor: SeededAnchor,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub range: Option<AnonymousTemporalRange>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub contributors: Option<DocumentContributors>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub classifications: Option<Classifications>,
}

/// ProjectModules
///
/// This is a plural representation of the ProjectModule
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ProjectModules {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub iterable: Vec<ProjectModule>,
}

/// QGPTConversationMessageRoleEnum
///
/// This is the role enum used for a QGPT conversation
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum QgptConversationMessageRoleEnum {
    User,
    System,
    Assistant,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl QgptConversationMessageRoleEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "USER",
            Self::System => "SYSTEM",
            Self::Assistant => "ASSISTANT",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for QgptConversationMessageRoleEnum {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "USER" => Self::User,
            "SYSTEM" => Self::System,
            "ASSISTANT" => Self::Assistant,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}
crate::support::string_enum!(QgptConversationMessageRoleEnum);

/// QGPTConversationPipeline
///
/// This model is specifically for QGPT Conversation pipelines, the model is used to group conversational prompts for instance a conversation around generating code.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct QgptConversationPipeline {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub contextualized_code_generation: Option<
        QgptConversationPipelineForContextualizedCodeGeneration,
    >,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub generalized_code_dialog: Option<
        QgptConversationPipelineForGeneralizedCodeDialog,
    >,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub contextualized_code_dialog: Option<
        QgptConversationPipelineForContextualizedCodeDialog,
    >,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub contextualized_code_workstream_dialog: Option<
        QgptConversationPipelineForContextualizedCodeWorkstreamDialog,
    >,
}

/// QGPTConversationPipelineForContextualizedCodeDialog
///
/// This is for the users that wants to have contextualized code conversations, meaning conversations around code with Context provided.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct QgptConversationPipelineForContextualizedCodeDialog {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
}

/// QGPTConversationPipelineForContextualizedCodeGeneration
///
/// This type of conversation is reccomended to be provided when a user want generate code w/ context provided.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct QgptConversationPipelineForContextualizedCodeGeneration {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
}

/// QGPTConversationPipelineForContextualizedCodeWorkstreamDialog
///
/// This is for the users that wants to have contextualized code conversations around their workstream materials, meaning conversations around code with Context provided, as well as workstream information ie information gathered from the WPE.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct QgptConversationPipelineForContextualizedCodeWorkstreamDialog {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
}

/// QGPTConversationPipelineForGeneralizedCodeDialog
///
/// This is for the users that wants to have generalized code conversations without any context.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct QgptConversationPipelineForGeneralizedCodeDialog {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
}

/// QGPTPromptPipeline
///
/// This is a model related to switching between different prompts based on if we are dealing with various tasks or if we are attempting to converse with LLMs via conversation.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct QgptPromptPipeline {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub task: Option<QgptTaskPipeline>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub conversation: Option<QgptConversationPipeline>,
}

/// QGPTTaskPipeline
///
/// This model is specifically for QGPT Task pipelines, the model is used to group one off tasks for instance fix/explaining/commenting that dont necessarily require a conversation form factor.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct QgptTaskPipeline {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub code_explanation: Option<QgptTaskPipelineForCodeExplanation>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub code_commentation: Option<QgptTaskPipelineForCodeCommentation>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub code_fix: Option<QgptTaskPipelineForCodeFix>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub code_modification: Option<QgptTaskPipelineForCodeModification>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub code_completion: Option<QgptTaskPipelineForCodeCompletion>,
}

/// QGPTTaskPipelineForCodeCommentation
///
/// This task is for commenting a bit of code.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct QgptTaskPipelineForCodeCommentation {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
}

/// QGPTTaskPipelineForCodeCompletion
///
/// This task is for code_completion ie auto-complete.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct QgptTaskPipelineForCodeCompletion {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub context: Option<Vec<String>>,
}

/// QGPTTaskPipelineForCodeExplanation
///
/// This task is for explaining a bit of code.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct QgptTaskPipelineForCodeExplanation {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
}

/// QGPTTaskPipelineForCodeFix
///
/// This task is for fixing a bit of code.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct QgptTaskPipelineForCodeFix {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    /// This is the error message provided from the IDE, that we can use to provide the solution.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub error: Option<String>,
}

/// QGPTTaskPipelineForCodeModification
///
/// This task is for modifying a bit of code, IE modify this code to do xyz.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct QgptTaskPipelineForCodeModification {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    /// This is the instruction that we will use to modify this snippet.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub instruction: Option<String>,
}

/// Recipients
///
/// This an iterable of People that are attached to a specific distribution ie, slack, maigun, ...etc
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Recipients {
    pub iterable: Vec<PersonBasicType>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
}

/// ReferencedActivity
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ReferencedActivity {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub reference: Option<FlattenedActivity>,
}

/// ReferencedAnchor
///
/// This is the referenced version of a Anchor, main used for the uuid.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ReferencedAnchor {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub reference: Option<FlattenedAnchor>,
}

/// ReferencedAnchorPoint
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ReferencedAnchorPoint {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub reference: Option<FlattenedAnchorPoint>,
}

/// ReferencedAnnotation
///
/// This is the referenced version of a annotation, main used for the uuid.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ReferencedAnnotation {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub reference: Option<FlattenedAnnotation>,
}

/// ReferencedAsset [DAG Safety]
///
/// A reference to a asset, which at minimum must have the asset's id.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ReferencedAsset {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub reference: Option<FlattenedAsset>,
}

/// ReferencedConversation
///
/// This is a DAG-Safe Minimal version of a Conversation.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ReferencedConversation {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub reference: Option<FlattenedConversation>,
}

/// ReferencedConversationMessage
///
/// This is a DAG-Safe Minimal version of a ConversationMessage.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ReferencedConversationMessage {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub reference: Option<FlattenedConversationMessage>,
}

/// ReferencedDistribution
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ReferencedDistribution {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub reference: Option<FlattenedDistribution>,
}

/// ReferencedFormat [DAG Safety]
///
/// A reference to a format which at minimum must have the format's id.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ReferencedFormat {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    /// The id of the Format
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub reference: Option<Box<FlattenedFormat>>,
}

/// ReferencedHint
///
/// This is the referenced version of a hint, main used for the uuid.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ReferencedHint {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub reference: Option<FlattenedHint>,
}

/// ReferencedModel
///
/// *****NOTE:***** This is the basic referencedModel, for Now since we dont have a FlattenedModel, im going to simply not include the reference, because I do NOT want to attach a Model here (would cause breaking changes if we switched from a Model -> a flattenedModel).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ReferencedModel {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
}

/// ReferencedPerson
///
/// [DAG Safe] version of a Person Model.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ReferencedPerson {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub reference: Option<FlattenedPerson>,
}

/// ReferencedRange
///
/// This is a minimal version of a Range, with mainly an Id.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ReferencedRange {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub reference: Option<FlattenedRange>,
}

/// ReferencedSensitive
///
/// A reference to a sensitive which at minimum must have the Sensitive id.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ReferencedSensitive {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub reference: Option<FlattenedSensitive>,
}

/// ReferencedShare
///
/// This is a [DAG SAFE] version of a share.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ReferencedShare {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub reference: Option<FlattenedShare>,
}

/// ReferencedTag
///
/// [DAG Safe] version of a Tag Model.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ReferencedTag {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub reference: Option<FlattenedTag>,
}

/// ReferencedWebsite
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ReferencedWebsite {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub reference: Option<FlattenedWebsite>,
}

/// ReferencedWorkstreamEvent
///
/// This is a minimal representation of a WorkstreamEvent event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ReferencedWorkstreamEvent {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub reference: Option<FlattenedWorkstreamEvent>,
}

/// ReferencedWorkstreamSummary
///
/// this is a referenced minimal version of a WorkstreamSummary typically just our uuid.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ReferencedWorkstreamSummary {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub reference: Option<FlattenedWorkstreamSummary>,
}

/// Relationship
///
/// A relationship expresses a graph of like types, to build a relationship graph.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Relationship {
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub embeddings: Embeddings,
    pub edges: Edges,
    pub created: GroupedTimestamp,
    pub updated: GroupedTimestamp,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub deleted: Option<GroupedTimestamp>,
}

/// ReturnedUserProfile
///
/// This is a modle strictly for the purpose that when calling '/user' and other user related endpoints the UserProfile could potentially be null, so we needed a model to do that.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct ReturnedUserProfile {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub user: Option<UserProfile>,
}

/// Role
///
/// This is the specific role of a format.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Role {
    Original,
    Additional,
    Both,
    Preview,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl Role {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Original => "ORIGINAL",
            Self::Additional => "ADDITIONAL",
            Self::Both => "BOTH",
            Self::Preview => "PREVIEW",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for Role {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "ORIGINAL" => Self::Original,
            "ADDITIONAL" => Self::Additional,
            "BOTH" => Self::Both,
            "PREVIEW" => Self::Preview,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}
crate::support::string_enum!(Role);

/// Score
///
/// This is use as the score for an asset.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Score {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    /// These are points assigned via manual user driven events.
    pub manual: i64,
    /// These are point assigned via automatic activity events.
    pub automatic: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub priority: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub reuse: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub update: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub reference: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub searched: Option<i64>,
}

/// SeededAnchor
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SeededAnchor {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(rename = "type")]
    pub type_: AnchorTypeEnum,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub watch: Option<bool>,
    pub fullpath: String,
    /// You may associate a SeededAnchor with an asset
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub asset: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub platform: Option<PlatformEnum>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub annotations: Option<Vec<SeededAnnotation>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub conversation: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub persons: Option<FlattenedPersons>,
}

/// SeededAnnotation
///
/// This is the percursor to a fully referenced Annotation.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SeededAnnotation {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub mechanism: Option<MechanismEnum>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub asset: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub person: Option<String>,
    #[serde(rename = "type")]
    pub type_: AnnotationTypeEnum,
    /// This is the text of the annotation.
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub model: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub pseudo: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub favorited: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub anchor: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub conversation: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub messages: Option<FlattenedConversationMessages>,
}

/// SeededAssetEnrichment
///
/// This is a specific Model for the SeededAsset that will enable the developer to modify the enrichment levels of persons, tags, websites.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct SeededAssetEnrichment {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub tags: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub websites: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub persons: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub hints: Option<i64>,
}

/// SeededConnectorTracking
///
/// This model is designed to be light weight and low friction while most of the heavy lifting will be happening inside of the context servers.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct SeededConnectorTracking {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub format: Option<SeededTrackedFormatEvent>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub asset: Option<SeededTrackedAssetEvent>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub interaction: Option<SeededTrackedInteractionEvent>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub keyboard: Option<SeededTrackedKeyboardEvent>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub session: Option<SeededTrackedSessionEvent>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub assets: Option<SeededTrackedAssetsEvent>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub ml: Option<SeededTrackedMachineLearningEvent>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub adoption: Option<SeededTrackedAdoptionEvent>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub conversation: Option<SeededTrackedConversationEvent>,
}

/// SeededScore
///
/// This is the low level seeded score and will let us know what exactly we want to increment on our material.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct SeededScore {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub reuse: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub update: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub reference: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub priority: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub searched: Option<bool>,
}

/// SeededScoreIncrement
///
/// This is the body for a respective scores increment,
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct SeededScoreIncrement {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub asset: Option<SeededScore>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub assets: Option<SeededScore>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub website: Option<SeededScore>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub websites: Option<SeededScore>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub anchor: Option<SeededScore>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub anchors: Option<SeededScore>,
    #[serde(rename = "anchorPoint", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub anchor_point: Option<SeededScore>,
    #[serde(rename = "anchorPoints", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub anchor_points: Option<SeededScore>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub annotation: Option<SeededScore>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub annotations: Option<SeededScore>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub conversation: Option<SeededScore>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub conversations: Option<SeededScore>,
    #[serde(rename = "conversationMessage", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub conversation_message: Option<SeededScore>,
    #[serde(rename = "conversationMessages", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub conversation_messages: Option<SeededScore>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub share: Option<SeededScore>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub shares: Option<SeededScore>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub sensitive: Option<SeededScore>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub sensitives: Option<SeededScore>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub hint: Option<SeededScore>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub hints: Option<SeededScore>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub person: Option<SeededScore>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub persons: Option<SeededScore>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub tag: Option<SeededScore>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub tags: Option<SeededScore>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub workstream_summary: Option<SeededScore>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub workstream_summaries: Option<SeededScore>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub workstream_events: Option<SeededScore>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub workstream_event: Option<SeededScore>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub ranges: Option<SeededScore>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub range: Option<SeededScore>,
}

/// SeededTrackedAdoptionEvent
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct SeededTrackedAdoptionEvent {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub identifier_description_pair: Option<
        AnalyticsTrackedAdoptionEventIdentifierDescriptionPairs,
    >,
}

/// SeededTrackedAssetEvent
///
/// This seeded tracked asset event will be recieved by a context on the OS Server side, which will then be able to look up the asset id and structure the asset for shipment to Segment aka a fully built TrackedAssetEvent
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SeededTrackedAssetEvent {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub asset: ReferencedAsset,
    pub identifier_description_pair: TrackedAssetEventIdentifierDescriptionPairs,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub metadata: Option<TrackedAssetEventMetadata>,
}

/// SeededTrackedAssetsEvent
///
/// An seeded event model that can occur at the assets level i.e. search
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct SeededTrackedAssetsEvent {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub identifier_description_pair: Option<
        TrackedAssetsEventIdentifierDescriptionPairs,
    >,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub metadata: Option<SeededTrackedAssetsEventMetadata>,
}

/// Additional Metadata as Neeeded i.e. Search + Query, etc
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct SeededTrackedAssetsEventMetadata {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub search: Option<TrackedAssetsEventSearchMetadata>,
}

/// SeededTrackedConversationEvent
///
/// This is a pre-created(seed) TrackedConversationEvent
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SeededTrackedConversationEvent {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub identifier_description_pair: TrackedConversationEventIdentifierDescriptionPairs,
    pub conversation: ReferencedConversation,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub metadata: Option<TrackedConversationEventMetadata>,
}

/// SeededTrackedFormatEvent
///
/// Again this is a model designed to be sent over to a context server to be built and then sent along to segment.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SeededTrackedFormatEvent {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub identifier_description_pair: TrackedFormatEventIdentifierDescriptionPairs,
    pub format: ReferencedFormat,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub metadata: Option<TrackedFormatEventMetadata>,
}

/// SeededTrackedInteractionEvent
///
/// This is a model that will hold relavent information in relation to an interaction(ONLY CLICK/TAP) analytics event(usage).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SeededTrackedInteractionEvent {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    /// These need structure
    pub description: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub element: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub identifier_description_pair: Option<
        SeededTrackedInteractionEventIdentifierDescriptionPairs,
    >,
}

/// SeededTrackedInteractionEventIdentifierDescriptionPairs
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct SeededTrackedInteractionEventIdentifierDescriptionPairs {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub assets_list_refreshed: Option<
        SeededTrackedInteractionEventIdentifierDescriptionPairsAssetsListRefreshed,
    >,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SeededTrackedInteractionEventIdentifierDescriptionPairsAssetsListRefreshed {
    TheAssetsListWasRefreshedThroughUiElement,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl SeededTrackedInteractionEventIdentifierDescriptionPairsAssetsListRefreshed {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TheAssetsListWasRefreshedThroughUiElement => {
                "the_assets_list_was_refreshed_through_ui_element"
            }
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr
for SeededTrackedInteractionEventIdentifierDescriptionPairsAssetsListRefreshed {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "the_assets_list_was_refreshed_through_ui_element" => {
                Self::TheAssetsListWasRefreshedThroughUiElement
            }
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}
crate::support::string_enum!(
    SeededTrackedInteractionEventIdentifierDescriptionPairsAssetsListRefreshed
);

/// SeededTrackedKeyboardEvent
///
/// This is a model that will hold relavent information in relation to a keyboard(including shortcuts) analytics event (usage).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SeededTrackedKeyboardEvent {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    /// This also needs structure such as key vals or enums
    pub description: String,
    pub shortcut: Vec<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub identifier_description_pair: Option<
        SeededTrackedKeyboardEventIdentifierDescriptionPairs,
    >,
}

/// SeededTrackedKeyboardEventIdentifierDescriptionPairs
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct SeededTrackedKeyboardEventIdentifierDescriptionPairs {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub assets_list_refreshed: Option<
        SeededTrackedKeyboardEventIdentifierDescriptionPairsAssetsListRefreshed,
    >,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SeededTrackedKeyboardEventIdentifierDescriptionPairsAssetsListRefreshed {
    TheAssetsListWasRefreshedThroughAKeyboardShortcut,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl SeededTrackedKeyboardEventIdentifierDescriptionPairsAssetsListRefreshed {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TheAssetsListWasRefreshedThroughAKeyboardShortcut => {
                "the_assets_list_was_refreshed_through_a_keyboard_shortcut"
            }
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr
for SeededTrackedKeyboardEventIdentifierDescriptionPairsAssetsListRefreshed {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "the_assets_list_was_refreshed_through_a_keyboard_shortcut" => {
                Self::TheAssetsListWasRefreshedThroughAKeyboardShortcut
            }
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}
crate::support::string_enum!(
    SeededTrackedKeyboardEventIdentifierDescriptionPairsAssetsListRefreshed
);

/// SeededTrackedMachineLearningEvent
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct SeededTrackedMachineLearningEvent {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub tlp: Option<TlpMachineLearningProcessingEvent>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub graphical: Option<GraphicalMachineLearningProcessingEvent>,
}

/// SeededTrackedSessionEvent
///
/// A simple model to capture a Tracked Session to be send to the Connection API
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SeededTrackedSessionEvent {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub identifier_description_pair: TrackedSessionEventIdentifierDescriptionPairs,
}

/// SeededWebsite
///
/// This is the minimum information required to create a website for a specific asset.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SeededWebsite {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    /// This is the specific asset that this website is going to get attached to!!
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub asset: Option<String>,
    /// This is the specific conversation that this website is going to get attached to!!
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub conversation: Option<String>,
    /// this is the url of the website.
    pub url: String,
    /// name of the website.(customizable and updateable as well.)
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub mechanism: Option<MechanismEnum>,
    /// this is a uuid of a person that we are going to add the website too.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub person: Option<String>,
}

/// SensitiveCategoryEnum
///
/// This is the enum that is use to describe the category of our Sensitive Model.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SensitiveCategoryEnum {
    Secret,
    ApiKey,
    ClientId,
    ClientSecret,
    SecretKey,
    ApiToken,
    AccessKey,
    AccessToken,
    Url,
    PublicKey,
    PrivateKey,
    ApiId,
    WebHookUrl,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl SensitiveCategoryEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Secret => "SECRET",
            Self::ApiKey => "API_KEY",
            Self::ClientId => "CLIENT_ID",
            Self::ClientSecret => "CLIENT_SECRET",
            Self::SecretKey => "SECRET_KEY",
            Self::ApiToken => "API_TOKEN",
            Self::AccessKey => "ACCESS_KEY",
            Self::AccessToken => "ACCESS_TOKEN",
            Self::Url => "URL",
            Self::PublicKey => "PUBLIC_KEY",
            Self::PrivateKey => "PRIVATE_KEY",
            Self::ApiId => "API_ID",
            Self::WebHookUrl => "WEB_HOOK_URL",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for SensitiveCategoryEnum {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "SECRET" => Self::Secret,
            "API_KEY" => Self::ApiKey,
            "CLIENT_ID" => Self::ClientId,
            "CLIENT_SECRET" => Self::ClientSecret,
            "SECRET_KEY" => Self::SecretKey,
            "API_TOKEN" => Self::ApiToken,
            "ACCESS_KEY" => Self::AccessKey,
            "ACCESS_TOKEN" => Self::AccessToken,
            "URL" => Self::Url,
            "PUBLIC_KEY" => Self::PublicKey,
            "PRIVATE_KEY" => Self::PrivateKey,
            "API_ID" => Self::ApiId,
            "WEB_HOOK_URL" => Self::WebHookUrl,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}
crate::support::string_enum!(SensitiveCategoryEnum);

/// SensitiveMetadata
///
/// This is optional metatdata attached to a sensitive piece of data.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct SensitiveMetadata {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(rename = "match", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub match_: Option<TextMatch>,
    /// entropy of the sensitive
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub entropy: Option<f64>,
}

/// SensitiveSeverityEnum
///
/// This is the enum used to describe the severity of our sensitive model.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SensitiveSeverityEnum {
    Low,
    Moderate,
    High,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl SensitiveSeverityEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Low => "LOW",
            Self::Moderate => "MODERATE",
            Self::High => "HIGH",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for SensitiveSeverityEnum {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "LOW" => Self::Low,
            "MODERATE" => Self::Moderate,
            "HIGH" => Self::High,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}
crate::support::string_enum!(SensitiveSeverityEnum);

/// Space
///
/// This is used in the TrackedAssetsEventSearchMetadata
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Space {
    /// This is the size of your current catalog.(number of assets)
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub size: Option<i64>,
    /// this is the number in ms it took to run search.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub duration: Option<i64>,
}

/// SystemExecutionCpuInformation
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SystemExecutionCpuInformation {
    /// this is the number of cpus
    pub count: i64,
    /// this is the brand of cpu
    pub brand: String,
    pub frequency: i64,
}

/// SystemExecutionInformation
///
/// This is system information that we are able to get from the users machine(rust package TBD).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SystemExecutionInformation {
    pub memory: i64,
    pub os: String,
    pub kernel: String,
    pub cpu: SystemExecutionCpuInformation,
}

/// TagCategoryEnum
///
/// This is an enum that describes the category that that this tag is apart of.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TagCategoryEnum {
    Handle,
    Email,
    Unknown,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TagCategoryEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Handle => "HANDLE",
            Self::Email => "EMAIL",
            Self::Unknown => "UNKNOWN",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for TagCategoryEnum {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "HANDLE" => Self::Handle,
            "EMAIL" => Self::Email,
            "UNKNOWN" => Self::Unknown,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}
crate::support::string_enum!(TagCategoryEnum);

/// TemporalRangeGrounding
///
/// This is used in the QGPT flow as well as within the conversation.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TemporalRangeGrounding {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub workstreams: Option<FlattenedRanges>,
}

/// TextLocation
///
/// This is a generic model that is used for text location.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TextLocation {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    /// this is the value that was found.
    pub text: String,
    /// this is the start index within the original string.
    pub start: i64,
    /// this is the end index within the original string.
    pub end: i64,
}

/// TextMatch
///
/// Thext Match currently used for sensitive for scales for people, and anything related to text matching.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TextMatch {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub group: TextLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub subgroup: Option<TextLocation>,
}

/// Theme
///
/// This will describe the theme that belongs to a user.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Theme {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub dark: bool,
}

/// TLPCodeDirectoryAnalytics
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TlpCodeDirectoryAnalytics {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub id: Option<String>,
}

/// TLPCodeFileAnalytics
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TlpCodeFileAnalytics {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub id: Option<String>,
}

/// TLPCodeFragmentClassification
///
/// Model for ML big query classification.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TlpCodeFragmentClassification {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub asset: String,
    pub model: String,
    pub created: String,
    pub classification: String,
    pub probability: f64,
    pub context: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub distribution: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub metadata: Option<TlpCodeFragmentClassificationMetadata>,
    /// identifier for the user
    pub user: String,
    /// this is the time it takes to run this model.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub latency: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub system: Option<SystemExecutionInformation>,
}

/// TLPCodeFragmentClassificationMetadata
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TlpCodeFragmentClassificationMetadata {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub context: Option<Classification>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub prior: Option<Classification>,
}

/// TLPCodeFragmentDescription
///
/// Model for ML big query Code Description.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TlpCodeFragmentDescription {
    /// This is the stringified json of a TLPDescription object
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub description: Option<String>,
    /// This is the asset id.
    pub asset: String,
    /// timestamp of creation
    pub created: String,
    /// this is the model version
    pub model: String,
    /// the time it takes to run this model.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub latency: Option<f64>,
    /// the uuid of the user the description was created for.
    pub user: String,
    /// the application this description was created from.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub context: Option<String>,
    /// This is the UUID of the OS that this context is currently connected to.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub os: Option<String>,
}

/// TLPCodeFragmentDescriptiveStatistics
///
/// Model for ML big query Data collection.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TlpCodeFragmentDescriptiveStatistics {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub user: String,
    pub os: String,
    pub language: String,
    pub length: f64,
    pub ast: String,
    pub timestamp: String,
    pub asset: String,
    /// this is the application in which this was created from.
    pub context: String,
    /// this is the value of the snippet
    pub snippet: String,
}

/// TLPCodeFragmentReclassification
///
/// Model for ML big query Reclassification.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TlpCodeFragmentReclassification {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub asset: String,
    pub model: String,
    pub created: String,
    pub updates: TlpCodeFragmentReclassificationUpdates,
    /// this is the user that is reclassifying
    pub user: String,
    /// this is the application is which this is from.
    pub context: String,
}

/// TLPCodeFragmentReclassificationUpdates
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TlpCodeFragmentReclassificationUpdates {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub previous: Classification,
    pub current: Classification,
}

/// TLPCodeFragmentStatistics
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TlpCodeFragmentStatistics {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub descriptive: Option<TlpCodeFragmentDescriptiveStatistics>,
}

/// TLPCodeFragmentSuggestedReuse
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TlpCodeFragmentSuggestedReuse {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub id: Option<String>,
}

/// TLPCodeFragmentSuggestedSave
///
/// Model for monitoring and evaluating the suggested save feature
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TlpCodeFragmentSuggestedSave {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub asset: String,
    pub user: String,
    pub model: String,
    pub created: String,
    pub os: String,
    /// context from where suggestion came from
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub context: Option<String>,
    /// maximum similarity score
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub score: Option<f64>,
    /// number of candidates
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub candidates: Option<i64>,
}

/// TLPCodeFragmentTagify
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TlpCodeFragmentTagify {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub code: Option<TlpCodeSnippetTagifyCode>,
}

/// TLPCodeProcessing
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TlpCodeProcessing {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub fragment: Option<TlpCodeSnippetAnalytics>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub file: Option<TlpCodeFileAnalytics>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub directory: Option<TlpCodeDirectoryAnalytics>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub repository: Option<TlpCodeRepositoryAnalytics>,
}

/// TLPCodeRepositoryAnalytics
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TlpCodeRepositoryAnalytics {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub id: Option<String>,
}

/// TLPCodeSnippetAnalytics
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TlpCodeSnippetAnalytics {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub statistics: Option<TlpCodeFragmentStatistics>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub classification: Option<TlpCodeFragmentClassification>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub reclassification: Option<TlpCodeFragmentReclassification>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub suggested: Option<TlpCodeSnippetSuggestedInteractions>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub tagify: Option<TlpCodeFragmentTagify>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub description: Option<TlpCodeFragmentDescription>,
}

/// TLPCodeSnippetSuggestedInteractions
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TlpCodeSnippetSuggestedInteractions {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub save: Option<TlpCodeFragmentSuggestedSave>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub reuse: Option<TlpCodeFragmentSuggestedReuse>,
}

/// TLPCodeSnippetTagifyCode
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TlpCodeSnippetTagifyCode {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    /// stringified array of numbers
    pub distribution: String,
    /// stringified array of numbers
    pub inferred_distribution: String,
    /// stringified array of strings
    pub tags: String,
    /// stringified array of strings
    pub inferred_tags: String,
    /// this is the model version
    pub model: String,
    /// This is the version of the file that we are using that contains all the possible tags
    pub label_version: String,
    /// this is the minimum score from the model that a tag needs to have to be included in the tags array.
    pub threshold: f64,
    /// this is the minimum score from the postprocessing that a tag needs to have to be included in the inferred_tags array.
    pub inferred_threshold: f64,
    /// this is the origin in which this asset was created, application(string representation)
    pub context: String,
    /// This is the asset id.
    pub asset: String,
}

/// TLPMachineLearningProcessingEvent
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TlpMachineLearningProcessingEvent {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub code: Option<TlpCodeProcessing>,
}

/// TrackedAssetEventCreationMetadata
///
/// Metadata attached to a creation event on an Asset
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TrackedAssetEventCreationMetadata {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub clipboard: Option<TrackedAssetEventCreationMetadataClipboard>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub file: Option<TrackedAssetEventCreationMetadataFile>,
}

/// TrackedAssetEventCreationMetadataClipboard
///
/// If an asset was created from a clipboard event
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TrackedAssetEventCreationMetadataClipboard {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    /// Whether the clipboard was utilized via the keyboard
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub keyboard: Option<bool>,
    /// Whether the clipboard was extracted through a button click
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub interaction: Option<bool>,
}

/// TrackedAssetEventCreationMetadataFile
///
/// If an asset was created from a file attachment
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TrackedAssetEventCreationMetadataFile {
    /// Whether the file was pasted via the keyboard
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub keyboard: Option<bool>,
    /// Whether the file was dropped onto pieces
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub drag_and_drop: Option<bool>,
    /// Whether the file was attached via a button click
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub interaction: Option<bool>,
}

/// TrackedAssetEventFormatReclassificationMetadata
///
/// Metadata of a format reclassification event
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TrackedAssetEventFormatReclassificationMetadata {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub previous: Option<Classification>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub current: Option<Classification>,
}

/// TrackedAssetEventIdentifierDescriptionPairs
///
/// These are all of the available event types that are permitted in an object pair notation.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TrackedAssetEventIdentifierDescriptionPairs {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    /// The key value pair for an asset being created.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub asset_created: Option<TrackedAssetEventIdentifierDescriptionPairsAssetCreated>,
    /// An asset was viewed
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub asset_viewed: Option<TrackedAssetEventIdentifierDescriptionPairsAssetViewed>,
    /// An asset's format was copied
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub asset_format_copied: Option<
        TrackedAssetEventIdentifierDescriptionPairsAssetFormatCopied,
    >,
    /// An asset's format was downloaded
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub asset_format_downloaded: Option<
        TrackedAssetEventIdentifierDescriptionPairsAssetFormatDownloaded,
    >,
    /// An asset was deleted or not
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub asset_deleted: Option<TrackedAssetEventIdentifierDescriptionPairsAssetDeleted>,
    /// An asset was redescribed by the user
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub asset_description_updated: Option<
        TrackedAssetEventIdentifierDescriptionPairsAssetDescriptionUpdated,
    >,
    /// An asset was renamed by the user
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub asset_name_updated: Option<
        TrackedAssetEventIdentifierDescriptionPairsAssetNameUpdated,
    >,
    /// A generic classification was changed on a format within an asset
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub asset_format_generic_classification_updated: Option<
        TrackedAssetEventIdentifierDescriptionPairsAssetFormatGenericClassificationUpdated,
    >,
    /// A specific classification was changed on a format within an asset
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub asset_format_specific_classification_updated: Option<
        TrackedAssetEventIdentifierDescriptionPairsAssetFormatSpecificClassificationUpdated,
    >,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub asset_creation_failed: Option<
        TrackedAssetEventIdentifierDescriptionPairsAssetCreationFailed,
    >,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub asset_tag_added: Option<
        TrackedAssetEventIdentifierDescriptionPairsAssetTagAdded,
    >,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub asset_link_added: Option<
        TrackedAssetEventIdentifierDescriptionPairsAssetLinkAdded,
    >,
    /// user generated a link for the asset
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub asset_link_generated: Option<
        TrackedAssetEventIdentifierDescriptionPairsAssetLinkGenerated,
    >,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub asset_link_deleted: Option<
        TrackedAssetEventIdentifierDescriptionPairsAssetLinkDeleted,
    >,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub asset_tag_deleted: Option<
        TrackedAssetEventIdentifierDescriptionPairsAssetTagDeleted,
    >,
    /// This is just a generic string for an asset was updated.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub asset_updated: Option<TrackedAssetEventIdentifierDescriptionPairsAssetUpdated>,
    /// This is a side effect event for a format value getting edited that exists on an asset.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub asset_format_value_edited: Option<
        TrackedAssetEventIdentifierDescriptionPairsAssetFormatValueEdited,
    >,
    /// This is a generic activity event for an asset getting updated because our format was updated for some reason.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub asset_format_updated: Option<
        TrackedAssetEventIdentifierDescriptionPairsAssetFormatUpdated,
    >,
    /// This means that a shareable link was revoked.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub asset_link_revoked: Option<
        TrackedAssetEventIdentifierDescriptionPairsAssetLinkRevoked,
    >,
    /// This just means that a person was added via the user.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub asset_person_added: Option<
        TrackedAssetEventIdentifierDescriptionPairsAssetPersonAdded,
    >,
    /// This just means that a person was deleted via the user.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub asset_person_deleted: Option<
        TrackedAssetEventIdentifierDescriptionPairsAssetPersonDeleted,
    >,
    /// This just means that a sensitive was added via the user.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub asset_sensitive_added: Option<
        TrackedAssetEventIdentifierDescriptionPairsAssetSensitiveAdded,
    >,
    /// This just means that a sensitive was deleted via the user.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub asset_sensitive_deleted: Option<
        TrackedAssetEventIdentifierDescriptionPairsAssetSensitiveDeleted,
    >,
    /// This means that an asset was view/used while the user was looking at the suggestion view.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub suggested_asset_referenced: Option<
        TrackedAssetEventIdentifierDescriptionPairsSuggestedAssetReferenced,
    >,
    /// This means that an asset was view/used while the user was looking at the searching view.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub searched_asset_referenced: Option<
        TrackedAssetEventIdentifierDescriptionPairsSearchedAssetReferenced,
    >,
    /// This means that an asset was view/used while the user was looking at the default view.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub asset_referenced: Option<
        TrackedAssetEventIdentifierDescriptionPairsAssetReferenced,
    >,
    /// This means that a user referenced an asset by first clicking on an asset within an activity event.(ie from the activity view)
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub activity_asset_referenced: Option<
        TrackedAssetEventIdentifierDescriptionPairsActivityAssetReferenced,
    >,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub asset_annotation_added: Option<
        TrackedAssetEventIdentifierDescriptionPairsAssetAnnotationAdded,
    >,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub asset_annotation_deleted: Option<
        TrackedAssetEventIdentifierDescriptionPairsAssetAnnotationDeleted,
    >,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub asset_annotation_updated: Option<
        TrackedAssetEventIdentifierDescriptionPairsAssetAnnotationUpdated,
    >,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub asset_hint_added: Option<
        TrackedAssetEventIdentifierDescriptionPairsAssetHintAdded,
    >,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub asset_hint_deleted: Option<
        TrackedAssetEventIdentifierDescriptionPairsAssetHintDeleted,
    >,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub asset_hint_updated: Option<
        TrackedAssetEventIdentifierDescriptionPairsAssetHintUpdated,
    >,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub asset_anchor_added: Option<
        TrackedAssetEventIdentifierDescriptionPairsAssetAnchorAdded,
    >,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub asset_anchor_deleted: Option<
        TrackedAssetEventIdentifierDescriptionPairsAssetAnchorDeleted,
    >,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub asset_anchor_updated: Option<
        TrackedAssetEventIdentifierDescriptionPairsAssetAnchorUpdated,
    >,
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

/// TrackedAssetEventMetadata
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TrackedAssetEventMetadata {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub reclassification: Option<TrackedAssetEventFormatReclassificationMetadata>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub creation: Option<TrackedAssetEventCreationMetadata>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub rename: Option<TrackedAssetEventRenameMetadata>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub tag: Option<ReferencedTag>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub website: Option<ReferencedWebsite>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub person: Option<ReferencedPerson>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub sensitive: Option<ReferencedSensitive>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub share: Option<ReferencedShare>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub search: Option<TrackedAssetsEventSearchMetadata>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub annotation: Option<ReferencedAnnotation>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub hint: Option<ReferencedHint>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub anchor: Option<ReferencedAnchor>,
}

/// TrackedAssetEventRenameMetadata
///
/// This will give specific metadata need to determine what the rename was to/from.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TrackedAssetEventRenameMetadata {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub previous: String,
    pub current: String,
}

/// TrackedAssetsEventIdentifierDescriptionPairs
///
/// These are all of the available event types that are permitted in an object pair notation.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TrackedAssetsEventIdentifierDescriptionPairs {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    /// A If the assets were searched
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub assets_searched: Option<
        TrackedAssetsEventIdentifierDescriptionPairsAssetsSearched,
    >,
}

/// A If the assets were searched
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedAssetsEventIdentifierDescriptionPairsAssetsSearched {
    AssetsWereSearched,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedAssetsEventIdentifierDescriptionPairsAssetsSearched {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AssetsWereSearched => "assets_were_searched",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for TrackedAssetsEventIdentifierDescriptionPairsAssetsSearched {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "assets_were_searched" => Self::AssetsWereSearched,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}
crate::support::string_enum!(TrackedAssetsEventIdentifierDescriptionPairsAssetsSearched);

/// TrackedAssetsEventSearchMetadata
///
/// Metadata attached to a search event on an Asset
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TrackedAssetsEventSearchMetadata {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    /// The search query itself
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub query: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub results: Option<TrackedAssetsEventSearchMetadataResults>,
}

/// TrackedAssetsEventSearchMetadataResults
///
/// Numbers related to search results
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TrackedAssetsEventSearchMetadataResults {
    /// Total number of fuzzy results
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub fuzzy: Option<f64>,
    /// Total number of exact results
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub exact: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub assets: Option<FlattenedAssets>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub space: Option<Space>,
}

/// TrackedConversationEventIdentifierDescriptionPairs
///
/// These are all of the available event types that are permitted in an object pair notation.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TrackedConversationEventIdentifierDescriptionPairs {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    /// The key value pair for an conversation being created.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub conversation_created: Option<
        TrackedConversationEventIdentifierDescriptionPairsConversationCreated,
    >,
    /// This means that an conversation was view/used while the user was looking at the default view.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub conversation_referenced: Option<
        TrackedConversationEventIdentifierDescriptionPairsConversationReferenced,
    >,
    /// A conversation was deleted
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub conversation_deleted: Option<
        TrackedConversationEventIdentifierDescriptionPairsConversationDeleted,
    >,
    /// A conversation summary was generated by the user
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub conversation_summary_annotation_generated_by_the_user: Option<
        TrackedConversationEventIdentifierDescriptionPairsConversationSummaryAnnotationGeneratedByTheUser,
    >,
    /// A conversation was renamed by the system
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub conversation_name_updated_by_the_system: Option<
        TrackedConversationEventIdentifierDescriptionPairsConversationNameUpdatedByTheSystem,
    >,
    /// A conversation was renamed by the user
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub conversation_name_updated_by_the_user: Option<
        TrackedConversationEventIdentifierDescriptionPairsConversationNameUpdatedByTheUser,
    >,
    /// A conversation summary was generated
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub conversation_summary_annotation_generated_by_the_system: Option<
        TrackedConversationEventIdentifierDescriptionPairsConversationSummaryAnnotationGeneratedByTheSystem,
    >,
}

/// The key value pair for an conversation being created.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedConversationEventIdentifierDescriptionPairsConversationCreated {
    AConversationWasCreated,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedConversationEventIdentifierDescriptionPairsConversationCreated {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AConversationWasCreated => "a_conversation_was_created",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr
for TrackedConversationEventIdentifierDescriptionPairsConversationCreated {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "a_conversation_was_created" => Self::AConversationWasCreated,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}
crate::support::string_enum!(
    TrackedConversationEventIdentifierDescriptionPairsConversationCreated
);

/// This means that an conversation was view/used while the user was looking at the default view.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedConversationEventIdentifierDescriptionPairsConversationReferenced {
    AConversationWasReferencedByTheUser,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedConversationEventIdentifierDescriptionPairsConversationReferenced {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AConversationWasReferencedByTheUser => {
                "a_conversation_was_referenced_by_the_user"
            }
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr
for TrackedConversationEventIdentifierDescriptionPairsConversationReferenced {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "a_conversation_was_referenced_by_the_user" => {
                Self::AConversationWasReferencedByTheUser
            }
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}
crate::support::string_enum!(
    TrackedConversationEventIdentifierDescriptionPairsConversationReferenced
);

/// A conversation was deleted
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedConversationEventIdentifierDescriptionPairsConversationDeleted {
    AConversationWasDeleted,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedConversationEventIdentifierDescriptionPairsConversationDeleted {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AConversationWasDeleted => "a_conversation_was_deleted",
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr
for TrackedConversationEventIdentifierDescriptionPairsConversationDeleted {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "a_conversation_was_deleted" => Self::AConversationWasDeleted,
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}
crate::support::string_enum!(
    TrackedConversationEventIdentifierDescriptionPairsConversationDeleted
);

/// A conversation summary was generated by the user
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedConversationEventIdentifierDescriptionPairsConversationSummaryAnnotationGeneratedByTheUser {
    AConversationSummaryAnnotationWasGeneratedByTheUser,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedConversationEventIdentifierDescriptionPairsConversationSummaryAnnotationGeneratedByTheUser {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AConversationSummaryAnnotationWasGeneratedByTheUser => {
                "a_conversation_summary_annotation_was_generated_by_the_user"
            }
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr
for TrackedConversationEventIdentifierDescriptionPairsConversationSummaryAnnotationGeneratedByTheUser {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "a_conversation_summary_annotation_was_generated_by_the_user" => {
                Self::AConversationSummaryAnnotationWasGeneratedByTheUser
            }
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}
crate::support::string_enum!(
    TrackedConversationEventIdentifierDescriptionPairsConversationSummaryAnnotationGeneratedByTheUser
);

/// A conversation was renamed by the system
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedConversationEventIdentifierDescriptionPairsConversationNameUpdatedByTheSystem {
    AConversationWasRenamedByTheSystem,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedConversationEventIdentifierDescriptionPairsConversationNameUpdatedByTheSystem {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AConversationWasRenamedByTheSystem => {
                "a_conversation_was_renamed_by_the_system"
            }
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr
for TrackedConversationEventIdentifierDescriptionPairsConversationNameUpdatedByTheSystem {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "a_conversation_was_renamed_by_the_system" => {
                Self::AConversationWasRenamedByTheSystem
            }
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}
crate::support::string_enum!(
    TrackedConversationEventIdentifierDescriptionPairsConversationNameUpdatedByTheSystem
);

/// A conversation was renamed by the user
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedConversationEventIdentifierDescriptionPairsConversationNameUpdatedByTheUser {
    AConversationWasRenamedByTheUser,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedConversationEventIdentifierDescriptionPairsConversationNameUpdatedByTheUser {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AConversationWasRenamedByTheUser => {
                "a_conversation_was_renamed_by_the_user"
            }
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr
for TrackedConversationEventIdentifierDescriptionPairsConversationNameUpdatedByTheUser {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "a_conversation_was_renamed_by_the_user" => {
                Self::AConversationWasRenamedByTheUser
            }
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}
crate::support::string_enum!(
    TrackedConversationEventIdentifierDescriptionPairsConversationNameUpdatedByTheUser
);

/// A conversation summary was generated
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedConversationEventIdentifierDescriptionPairsConversationSummaryAnnotationGeneratedByTheSystem {
    AConversationSummaryAnnotationWasGeneratedByTheSystem,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedConversationEventIdentifierDescriptionPairsConversationSummaryAnnotationGeneratedByTheSystem {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AConversationSummaryAnnotationWasGeneratedByTheSystem => {
                "a_conversation_summary_annotation_was_generated_by_the_system"
            }
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr
for TrackedConversationEventIdentifierDescriptionPairsConversationSummaryAnnotationGeneratedByTheSystem {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "a_conversation_summary_annotation_was_generated_by_the_system" => {
                Self::AConversationSummaryAnnotationWasGeneratedByTheSystem
            }
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}
crate::support::string_enum!(
    TrackedConversationEventIdentifierDescriptionPairsConversationSummaryAnnotationGeneratedByTheSystem
);

/// TrackedConversationEventMetadata
///
/// This is the metadata for the the ConversationEvent
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TrackedConversationEventMetadata {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub rename: Option<TrackedConversationEventRenameMetadata>,
}

/// TrackedConversationEventRenameMetadata
///
/// This will give specific metadata need to determine what the rename was to/from.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TrackedConversationEventRenameMetadata {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub previous: String,
    pub current: String,
}

/// TrackedFormatEventIdentifierDescriptionPairs
///
/// This is a model that allows us to send send over super specific format related events such as copied, deleted, downloaded, etc
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TrackedFormatEventIdentifierDescriptionPairs {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    /// The key value pair for an asset being created.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub format_created: Option<
        TrackedFormatEventIdentifierDescriptionPairsFormatCreated,
    >,
    /// If a format was copied entirely
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub format_copied: Option<TrackedFormatEventIdentifierDescriptionPairsFormatCopied>,
    /// If a format was copied partially
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub format_partially_copied: Option<
        TrackedFormatEventIdentifierDescriptionPairsFormatPartiallyCopied,
    >,
    /// If a format was downloaded
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub format_downloaded: Option<
        TrackedFormatEventIdentifierDescriptionPairsFormatDownloaded,
    >,
    /// If an format was deleted
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub format_deleted: Option<
        TrackedFormatEventIdentifierDescriptionPairsFormatDeleted,
    >,
    /// If a generic classification was changed on a format
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub format_generic_classification_updated: Option<
        TrackedFormatEventIdentifierDescriptionPairsFormatGenericClassificationUpdated,
    >,
    /// If a specific classification was changed on a format
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub format_specific_classification_updated: Option<
        TrackedFormatEventIdentifierDescriptionPairsFormatSpecificClassificationUpdated,
    >,
    /// a format was updated, generic update.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub format_updated: Option<
        TrackedFormatEventIdentifierDescriptionPairsFormatUpdated,
    >,
    /// a format was inserted
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub format_inserted: Option<
        TrackedFormatEventIdentifierDescriptionPairsFormatInserted,
    >,
    /// a format's value was update ie, the text, etc...
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub format_value_edited: Option<
        TrackedFormatEventIdentifierDescriptionPairsFormatValueEdited,
    >,
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

/// TrackedFormatEventMetadata
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TrackedFormatEventMetadata {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub reclassification: Option<TrackedAssetEventFormatReclassificationMetadata>,
}

/// TrackedSessionEventIdentifierDescriptionPairs
///
/// These are all of the available event types that are permitted in an object pair notation.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TrackedSessionEventIdentifierDescriptionPairs {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    /// The key value pair for an application being opened.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub session_initialized: Option<
        TrackedSessionEventIdentifierDescriptionPairsSessionInitialized,
    >,
    /// There was a successful connection locally
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub session_local_connection_succeeded: Option<
        TrackedSessionEventIdentifierDescriptionPairsSessionLocalConnectionSucceeded,
    >,
    /// There was a failed connection locally
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub session_local_connection_failed: Option<
        TrackedSessionEventIdentifierDescriptionPairsSessionLocalConnectionFailed,
    >,
    /// If the current application is in the background or not, could also be minimized.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub session_inactive: Option<
        TrackedSessionEventIdentifierDescriptionPairsSessionInactive,
    >,
    /// If the application has been brought to the forground.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub session_active: Option<
        TrackedSessionEventIdentifierDescriptionPairsSessionActive,
    >,
    /// If the user has closed the application, thus ending the session.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub session_terminated: Option<
        TrackedSessionEventIdentifierDescriptionPairsSessionTerminated,
    >,
    /// A user has signed into this session with a an external account
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub session_authenticated_with_sign_in: Option<
        TrackedSessionEventIdentifierDescriptionPairsSessionAuthenticatedWithSignIn,
    >,
    /// A user has signed out of this session
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub session_unauthenticated_with_sign_out: Option<
        TrackedSessionEventIdentifierDescriptionPairsSessionUnauthenticatedWithSignOut,
    >,
    /// A user did not sign into the session with a dismissal
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub session_unauthenticated_with_dismiss: Option<
        TrackedSessionEventIdentifierDescriptionPairsSessionUnauthenticatedWithDismiss,
    >,
    /// A user did not sign into the session with a reminder
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub session_unauthenticated_with_remind: Option<
        TrackedSessionEventIdentifierDescriptionPairsSessionUnauthenticatedWithRemind,
    >,
    /// Onboarding has been initialized for this session
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub session_onboarding_initialized: Option<
        TrackedSessionEventIdentifierDescriptionPairsSessionOnboardingInitialized,
    >,
    /// Onboarding has been completed for this session
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub session_onboarding_completed: Option<
        TrackedSessionEventIdentifierDescriptionPairsSessionOnboardingCompleted,
    >,
}

/// The key value pair for an application being opened.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedSessionEventIdentifierDescriptionPairsSessionInitialized {
    ASessionHasBeenInitializedAndTheApplicationHasBeenOpened,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedSessionEventIdentifierDescriptionPairsSessionInitialized {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ASessionHasBeenInitializedAndTheApplicationHasBeenOpened => {
                "a_session_has_been_initialized_and_the_application_has_been_opened"
            }
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr
for TrackedSessionEventIdentifierDescriptionPairsSessionInitialized {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "a_session_has_been_initialized_and_the_application_has_been_opened" => {
                Self::ASessionHasBeenInitializedAndTheApplicationHasBeenOpened
            }
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}
crate::support::string_enum!(
    TrackedSessionEventIdentifierDescriptionPairsSessionInitialized
);

/// There was a successful connection locally
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedSessionEventIdentifierDescriptionPairsSessionLocalConnectionSucceeded {
    OneOrMoreApplicationsHasSuccessfullyConnected,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedSessionEventIdentifierDescriptionPairsSessionLocalConnectionSucceeded {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OneOrMoreApplicationsHasSuccessfullyConnected => {
                "one_or_more_applications_has_successfully_connected"
            }
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr
for TrackedSessionEventIdentifierDescriptionPairsSessionLocalConnectionSucceeded {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "one_or_more_applications_has_successfully_connected" => {
                Self::OneOrMoreApplicationsHasSuccessfullyConnected
            }
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}
crate::support::string_enum!(
    TrackedSessionEventIdentifierDescriptionPairsSessionLocalConnectionSucceeded
);

/// There was a failed connection locally
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedSessionEventIdentifierDescriptionPairsSessionLocalConnectionFailed {
    OneOrMoreApplicationsHasFailedToConnectLocally,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedSessionEventIdentifierDescriptionPairsSessionLocalConnectionFailed {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OneOrMoreApplicationsHasFailedToConnectLocally => {
                "one_or_more_applications_has_failed_to_connect_locally"
            }
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr
for TrackedSessionEventIdentifierDescriptionPairsSessionLocalConnectionFailed {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "one_or_more_applications_has_failed_to_connect_locally" => {
                Self::OneOrMoreApplicationsHasFailedToConnectLocally
            }
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}
crate::support::string_enum!(
    TrackedSessionEventIdentifierDescriptionPairsSessionLocalConnectionFailed
);

/// If the current application is in the background or not, could also be minimized.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedSessionEventIdentifierDescriptionPairsSessionInactive {
    ASessionIsInactiveBecauseTheApplicationIsNotInTheForeground,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedSessionEventIdentifierDescriptionPairsSessionInactive {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ASessionIsInactiveBecauseTheApplicationIsNotInTheForeground => {
                "a_session_is_inactive_because_the_application_is_not_in_the_foreground"
            }
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for TrackedSessionEventIdentifierDescriptionPairsSessionInactive {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "a_session_is_inactive_because_the_application_is_not_in_the_foreground" => {
                Self::ASessionIsInactiveBecauseTheApplicationIsNotInTheForeground
            }
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}
crate::support::string_enum!(
    TrackedSessionEventIdentifierDescriptionPairsSessionInactive
);

/// If the application has been brought to the forground.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedSessionEventIdentifierDescriptionPairsSessionActive {
    ASessionIsActiveBecauseTheApplicationIsInTheForeground,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedSessionEventIdentifierDescriptionPairsSessionActive {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ASessionIsActiveBecauseTheApplicationIsInTheForeground => {
                "a_session_is_active_because_the_application_is_in_the_foreground"
            }
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for TrackedSessionEventIdentifierDescriptionPairsSessionActive {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "a_session_is_active_because_the_application_is_in_the_foreground" => {
                Self::ASessionIsActiveBecauseTheApplicationIsInTheForeground
            }
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}
crate::support::string_enum!(TrackedSessionEventIdentifierDescriptionPairsSessionActive);

/// If the user has closed the application, thus ending the session.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedSessionEventIdentifierDescriptionPairsSessionTerminated {
    ASessionHasBeenEndedAndTheApplicationHasBeenClosed,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedSessionEventIdentifierDescriptionPairsSessionTerminated {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ASessionHasBeenEndedAndTheApplicationHasBeenClosed => {
                "a_session_has_been_ended_and_the_application_has_been_closed"
            }
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr
for TrackedSessionEventIdentifierDescriptionPairsSessionTerminated {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "a_session_has_been_ended_and_the_application_has_been_closed" => {
                Self::ASessionHasBeenEndedAndTheApplicationHasBeenClosed
            }
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}
crate::support::string_enum!(
    TrackedSessionEventIdentifierDescriptionPairsSessionTerminated
);

/// A user has signed into this session with a an external account
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedSessionEventIdentifierDescriptionPairsSessionAuthenticatedWithSignIn {
    AUserHasSignedIntoThisSessionWithAAnExternalAccount,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedSessionEventIdentifierDescriptionPairsSessionAuthenticatedWithSignIn {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AUserHasSignedIntoThisSessionWithAAnExternalAccount => {
                "a_user_has_signed_into_this_session_with_a_an_external_account"
            }
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr
for TrackedSessionEventIdentifierDescriptionPairsSessionAuthenticatedWithSignIn {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "a_user_has_signed_into_this_session_with_a_an_external_account" => {
                Self::AUserHasSignedIntoThisSessionWithAAnExternalAccount
            }
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}
crate::support::string_enum!(
    TrackedSessionEventIdentifierDescriptionPairsSessionAuthenticatedWithSignIn
);

/// A user has signed out of this session
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedSessionEventIdentifierDescriptionPairsSessionUnauthenticatedWithSignOut {
    AUserHasSignedOutOfThisSession,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedSessionEventIdentifierDescriptionPairsSessionUnauthenticatedWithSignOut {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AUserHasSignedOutOfThisSession => {
                "a_user_has_signed_out_of_this_session"
            }
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr
for TrackedSessionEventIdentifierDescriptionPairsSessionUnauthenticatedWithSignOut {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "a_user_has_signed_out_of_this_session" => {
                Self::AUserHasSignedOutOfThisSession
            }
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}
crate::support::string_enum!(
    TrackedSessionEventIdentifierDescriptionPairsSessionUnauthenticatedWithSignOut
);

/// A user did not sign into the session with a dismissal
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedSessionEventIdentifierDescriptionPairsSessionUnauthenticatedWithDismiss {
    AUserDidNotSignIntoTheSessionWithADismissal,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedSessionEventIdentifierDescriptionPairsSessionUnauthenticatedWithDismiss {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AUserDidNotSignIntoTheSessionWithADismissal => {
                "a_user_did_not_sign_into_the_session_with_a_dismissal"
            }
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr
for TrackedSessionEventIdentifierDescriptionPairsSessionUnauthenticatedWithDismiss {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "a_user_did_not_sign_into_the_session_with_a_dismissal" => {
                Self::AUserDidNotSignIntoTheSessionWithADismissal
            }
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}
crate::support::string_enum!(
    TrackedSessionEventIdentifierDescriptionPairsSessionUnauthenticatedWithDismiss
);

/// A user did not sign into the session with a reminder
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedSessionEventIdentifierDescriptionPairsSessionUnauthenticatedWithRemind {
    AUserDidNotSignIntoTheSessionWithAReminder,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedSessionEventIdentifierDescriptionPairsSessionUnauthenticatedWithRemind {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AUserDidNotSignIntoTheSessionWithAReminder => {
                "a_user_did_not_sign_into_the_session_with_a_reminder"
            }
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr
for TrackedSessionEventIdentifierDescriptionPairsSessionUnauthenticatedWithRemind {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "a_user_did_not_sign_into_the_session_with_a_reminder" => {
                Self::AUserDidNotSignIntoTheSessionWithAReminder
            }
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}
crate::support::string_enum!(
    TrackedSessionEventIdentifierDescriptionPairsSessionUnauthenticatedWithRemind
);

/// Onboarding has been initialized for this session
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedSessionEventIdentifierDescriptionPairsSessionOnboardingInitialized {
    OnboardingHasBeenInitializedForThisSession,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedSessionEventIdentifierDescriptionPairsSessionOnboardingInitialized {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OnboardingHasBeenInitializedForThisSession => {
                "onboarding_has_been_initialized_for_this_session"
            }
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr
for TrackedSessionEventIdentifierDescriptionPairsSessionOnboardingInitialized {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "onboarding_has_been_initialized_for_this_session" => {
                Self::OnboardingHasBeenInitializedForThisSession
            }
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}
crate::support::string_enum!(
    TrackedSessionEventIdentifierDescriptionPairsSessionOnboardingInitialized
);

/// Onboarding has been completed for this session
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedSessionEventIdentifierDescriptionPairsSessionOnboardingCompleted {
    OnboardingHasBeenCompletedForThisSession,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedSessionEventIdentifierDescriptionPairsSessionOnboardingCompleted {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OnboardingHasBeenCompletedForThisSession => {
                "onboarding_has_been_completed_for_this_session"
            }
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr
for TrackedSessionEventIdentifierDescriptionPairsSessionOnboardingCompleted {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "onboarding_has_been_completed_for_this_session" => {
                Self::OnboardingHasBeenCompletedForThisSession
            }
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}
crate::support::string_enum!(
    TrackedSessionEventIdentifierDescriptionPairsSessionOnboardingCompleted
);

/// TransferableBytes
///
/// Bytes is a Model for A FileFormat.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TransferableBytes {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    /// IMPLEMENTED
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub raw: Option<Vec<i64>>,
    /// NOT IMPLEMENTED
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub base64: Option<Vec<i64>>,
    /// NOT IMPLEMENTED
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub base64_url: Option<Vec<i64>>,
    /// NOT IMPLEMENTED
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub data_url: Option<Vec<i64>>,
}

/// TransferableString
///
/// This is a String representaion of any of these changes.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TransferableString {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    /// IMPLEMENTED
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub raw: Option<String>,
    /// NOT IMPLEMENTED
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub base64: Option<String>,
    /// NOT IMPLEMENTED
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub base64_url: Option<String>,
    /// NOT IMPLEMENTED
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub data_url: Option<String>,
}

/// UserBetaStatus
///
/// This is used to either grant or remove a specific provider betastatus
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UserBetaStatus {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub auth0: Option<Auth0UserBetaStatus>,
    pub user: String,
}

/// UserProfile
///
/// This is the model for a user logged into Pieces.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UserProfile {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    /// mapped from picture.URL pointing to the user's profile picture.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub picture: Option<crate::Uri>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub created: Option<GroupedTimestamp>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub updated: Option<GroupedTimestamp>,
    /// (unique) User's username.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub username: Option<String>,
    pub id: String,
    /// This is the name of the User.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub name: Option<String>,
    pub aesthetics: Aesthetics,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub vanityname: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub allocation: Option<AllocationCloud>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub providers: Option<ExternalProviders>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub auth0: Option<Auth0UserMetadata>,
}

/// WorkstreamEventContext
///
/// This is a free form data object that will enable additional data to be passed into SeededWorkstreamEvent, that corresponds to the event on the WorkstreamEvent.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct WorkstreamEventContext {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub ide: Option<WorkstreamEventTriggerContextIde>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub browser: Option<WorkstreamEventTriggerContextBrowser>,
}

/// WorkstreamEventTrigger
///
/// This is the specific event that represent the Shadow Activity ie the copy/paste ...xyz
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct WorkstreamEventTrigger {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    /// this is a sort of check-in event(ie when ever your application is in the forground on there is an interaction)
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub check_in: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub copy: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub paste: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub file_open: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub file_close: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub tab_switch: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub tab_close: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub tab_open: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub tab_enter: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub tab_leave: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub url_changed: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub application_enter: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub application_leave: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub application_switch: Option<bool>,
}

/// WorkstreamEventTriggerContextBrowser
///
/// This is the given context for the browser,
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct WorkstreamEventTriggerContextBrowser {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub tabs: Option<BrowserTabs>,
}

/// WorkstreamEventTriggerContextIDE
///
/// This is the given context for an IDE.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct WorkstreamEventTriggerContextIde {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub tabs: Option<IdeTabs>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub modules: Option<ProjectModules>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub name: Option<String>,
}
