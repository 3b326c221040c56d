// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Pieces OS Client API: Person and User.

/// AccessEnum
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum AccessEnum {
    /// `PUBLIC`
    #[serde(rename = "PUBLIC")]
    Public,
    /// `PRIVATE`
    #[serde(rename = "PRIVATE")]
    Private,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display for AccessEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// Accessor
///
/// This is used to determine who has accessed a share.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Accessor {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `id` property.
    pub id: String,
    /// this is an os id.
    pub os: String,
    /// The `share` property.
    pub share: String,
    /// how many times this user accessed this piece.
    pub count: crate::Integer,
    /// The `user` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub user: Option<FlattenedUserProfile>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// Accessors
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Accessors {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `iterable` property.
    pub iterable: Vec<Accessor>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// Aesthetics
///
/// These are aesthetics properties that will ensure the darkmode + font size and other aesthetics properties persist:)
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Aesthetics {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `theme` property.
    pub theme: Theme,
    /// The `font` property.
    pub font: Font,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// AllocationCloud
///
/// update && version: will be present only if your cloud was successfully spun up && running.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AllocationCloud {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// This is a uuid that represents this cloud.(this is the same as the userid)
    pub id: String,
    /// this is your useruuid.
    pub user: String,
    /// The `urls` property.
    pub urls: AllocationCloudUrls,
    /// The `status` property.
    pub status: AllocationCloudStatus,
    /// This is the project that this is attached to.
    pub project: String,
    /// The `updated` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub updated: Option<GroupedTimestamp>,
    /// this is the current version of the server.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub version: Option<String>,
    /// this is the region where the project is defined.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub region: Option<String>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// AllocationCloudStatus
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AllocationCloudStatus {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `cloud` property.
    pub cloud: AllocationStatusEnum,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// AllocationCloudUrl
///
/// This is one of the 3 possible urls that will route to your cloud :).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AllocationCloudUrl {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `status` property.
    pub status: AllocationStatusEnum,
    /// this is the base url that is used to communicat with your vpc.
    pub url: String,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// AllocationCloudUrls
///
/// you will have at minimum 2 urls,
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AllocationCloudUrls {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `base` property.
    pub base: AllocationCloudUrl,
    /// The `id` property.
    pub id: AllocationCloudUrl,
    /// The `vanity` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub vanity: Option<AllocationCloudUrl>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// AllocationStatusEnum
///
/// This is a Generic status enumeration that will be used for the status of dns and pod or cloud.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum AllocationStatusEnum {
    /// `PENDING`
    #[serde(rename = "PENDING")]
    Pending,
    /// `RUNNING`
    #[serde(rename = "RUNNING")]
    Running,
    /// `FAILED`
    #[serde(rename = "FAILED")]
    Failed,
    /// `SUCCEEDED`
    #[serde(rename = "SUCCEEDED")]
    Succeeded,
    /// `UNKNOWN`
    #[serde(rename = "UNKNOWN")]
    Unknown,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display for AllocationStatusEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// AnalyticsTrackedAdoptionEventIdentifierDescriptionPairs
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct AnalyticsTrackedAdoptionEventIdentifierDescriptionPairs {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `adoption_install` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub adoption_install: Option<
        AnalyticsTrackedAdoptionEventIdentifierDescriptionPairsAdoptionInstall,
    >,
    /// The `adoption_uninstall` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub adoption_uninstall: Option<
        AnalyticsTrackedAdoptionEventIdentifierDescriptionPairsAdoptionUninstall,
    >,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// The `AnalyticsTrackedAdoptionEventIdentifierDescriptionPairsAdoptionInstall` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum AnalyticsTrackedAdoptionEventIdentifierDescriptionPairsAdoptionInstall {
    /// `the_user_has_installed_a_pieces_application`
    #[serde(rename = "the_user_has_installed_a_pieces_application")]
    TheUserHasInstalledAPiecesApplication,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display
for AnalyticsTrackedAdoptionEventIdentifierDescriptionPairsAdoptionInstall {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// The `AnalyticsTrackedAdoptionEventIdentifierDescriptionPairsAdoptionUninstall` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum AnalyticsTrackedAdoptionEventIdentifierDescriptionPairsAdoptionUninstall {
    /// `the_user_has_uninstalled_a_pieces_application`
    #[serde(rename = "the_user_has_uninstalled_a_pieces_application")]
    TheUserHasUninstalledAPiecesApplication,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display
for AnalyticsTrackedAdoptionEventIdentifierDescriptionPairsAdoptionUninstall {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// AnchorTypeEnum
///
/// This is an enum used to differentiate the different between different anchors.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum AnchorTypeEnum {
    /// `FILE`
    #[serde(rename = "FILE")]
    File,
    /// `DIRECTORY`
    #[serde(rename = "DIRECTORY")]
    Directory,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display for AnchorTypeEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// AnnotationTypeEnum
///
/// This is used to describe a specific type of annotation.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum AnnotationTypeEnum {
    /// `DESCRIPTION`
    #[serde(rename = "DESCRIPTION")]
    Description,
    /// `COMMENT`
    #[serde(rename = "COMMENT")]
    Comment,
    /// `DOCUMENTATION`
    #[serde(rename = "DOCUMENTATION")]
    Documentation,
    /// `SUMMARY`
    #[serde(rename = "SUMMARY")]
    Summary,
    /// `EXPLANATION`
    #[serde(rename = "EXPLANATION")]
    Explanation,
    /// `GIT_COMMIT`
    #[serde(rename = "GIT_COMMIT")]
    GitCommit,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display for AnnotationTypeEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// AnonymousTemporalRange
///
/// if you want a range between you can use from && to.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct AnonymousTemporalRange {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `from` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub from: Option<GroupedTimestamp>,
    /// The `to` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub to: Option<GroupedTimestamp>,
    /// The `between` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub between: Option<bool>,
    /// The `continuous` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub continuous: Option<bool>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// Application
///
/// A Model to describe what application a format/analytics event originated.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Application {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The ID of the application at the device level
    pub id: String,
    /// The `name` property.
    pub name: ApplicationNameEnum,
    /// This is the specific version number 0.0.0
    pub version: String,
    /// The `platform` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub platform: Option<PlatformEnum>,
    /// The `onboarded` property.
    pub onboarded: bool,
    /// The `privacy` property.
    pub privacy: PrivacyEnum,
    /// The `capabilities` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub capabilities: Option<CapabilitiesEnum>,
    /// The `mechanism` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub mechanism: Option<MechanismEnum>,
    /// This is a proper that will let us know if we will proactivity unload all of your machine learning models.by default this is false.
    #[serde(
        rename = "automaticUnload",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub automatic_unload: Option<bool>,
    /// The `enrichment` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub enrichment: Option<SeededAssetEnrichment>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// ApplicationNameEnum
///
/// This is a running enumeration for the Names of all the Applications that can be Registered
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum ApplicationNameEnum {
    /// `SUBLIME`
    #[serde(rename = "SUBLIME")]
    Sublime,
    /// `VS_CODE`
    #[serde(rename = "VS_CODE")]
    VsCode,
    /// `JETBRAINS`
    #[serde(rename = "JETBRAINS")]
    Jetbrains,
    /// `FIREFOX_ADDON_MV2`
    #[serde(rename = "FIREFOX_ADDON_MV2")]
    FirefoxAddonMv2,
    /// `FIREFOX_ADDON_MV3`
    #[serde(rename = "FIREFOX_ADDON_MV3")]
    FirefoxAddonMv3,
    /// `SAFARI_EXTENSION_MV2`
    #[serde(rename = "SAFARI_EXTENSION_MV2")]
    SafariExtensionMv2,
    /// `SAFARI_EXTENSION_MV3`
    #[serde(rename = "SAFARI_EXTENSION_MV3")]
    SafariExtensionMv3,
    /// `PIECES_FOR_DEVELOPERS`
    #[serde(rename = "PIECES_FOR_DEVELOPERS")]
    PiecesForDevelopers,
    /// `PIECES_FOR_DEVELOPERS_CLI`
    #[serde(rename = "PIECES_FOR_DEVELOPERS_CLI")]
    PiecesForDevelopersCli,
    /// `OS_SERVER`
    #[serde(rename = "OS_SERVER")]
    OsServer,
    /// `GOOGLE_CHROME_EXTENSION_MV2`
    #[serde(rename = "GOOGLE_CHROME_EXTENSION_MV2")]
    GoogleChromeExtensionMv2,
    /// `GOOGLE_CHROME_EXTENSION_MV3`
    #[serde(rename = "GOOGLE_CHROME_EXTENSION_MV3")]
    GoogleChromeExtensionMv3,
    /// `ULTRA_EDIT`
    #[serde(rename = "ULTRA_EDIT")]
    UltraEdit,
    /// `ATOM_PACKAGE`
    #[serde(rename = "ATOM_PACKAGE")]
    AtomPackage,
    /// `ADOBE_ILLUSTRATOR_PIECES_COLOR_SHARE`
    #[serde(rename = "ADOBE_ILLUSTRATOR_PIECES_COLOR_SHARE")]
    AdobeIllustratorPiecesColorShare,
    /// `MICROSOFT_TEAMS`
    #[serde(rename = "MICROSOFT_TEAMS")]
    MicrosoftTeams,
    /// `CHAT_GPT`
    #[serde(rename = "CHAT_GPT")]
    ChatGpt,
    /// `OBSIDIAN`
    #[serde(rename = "OBSIDIAN")]
    Obsidian,
    /// `JUPYTER_HUB`
    #[serde(rename = "JUPYTER_HUB")]
    JupyterHub,
    /// `VISUAL_STUDIO`
    #[serde(rename = "VISUAL_STUDIO")]
    VisualStudio,
    /// `MICROSOFT_EDGE`
    #[serde(rename = "MICROSOFT_EDGE")]
    MicrosoftEdge,
    /// `BRAVE`
    #[serde(rename = "BRAVE")]
    Brave,
    /// `GOOGLE_CHAT`
    #[serde(rename = "GOOGLE_CHAT")]
    GoogleChat,
    /// `SLACK`
    #[serde(rename = "SLACK")]
    Slack,
    /// `AZURE_DATA_STUDIO`
    #[serde(rename = "AZURE_DATA_STUDIO")]
    AzureDataStudio,
    /// `OPEN_SOURCE`
    #[serde(rename = "OPEN_SOURCE")]
    OpenSource,
    /// `R_STUDIO`
    #[serde(rename = "R_STUDIO")]
    RStudio,
    /// `VIM`
    #[serde(rename = "VIM")]
    Vim,
    /// `NOTION`
    #[serde(rename = "NOTION")]
    Notion,
    /// `GITHUB_DESKTOP`
    #[serde(rename = "GITHUB_DESKTOP")]
    GithubDesktop,
    /// `RAYCAST`
    #[serde(rename = "RAYCAST")]
    Raycast,
    /// `REPLIT`
    #[serde(rename = "REPLIT")]
    Replit,
    /// `ALFRED`
    #[serde(rename = "ALFRED")]
    Alfred,
    /// `FIGMA`
    #[serde(rename = "FIGMA")]
    Figma,
    /// `SKETCH`
    #[serde(rename = "SKETCH")]
    Sketch,
    /// `ADOBE_ILLUSTRATOR`
    #[serde(rename = "ADOBE_ILLUSTRATOR")]
    AdobeIllustrator,
    /// `NOTEPAD_PLUS_PLUS`
    #[serde(rename = "NOTEPAD_PLUS_PLUS")]
    NotepadPlusPlus,
    /// `EMBEETLE`
    #[serde(rename = "EMBEETLE")]
    Embeetle,
    /// `ECLIPSE`
    #[serde(rename = "ECLIPSE")]
    Eclipse,
    /// `X_CODE`
    #[serde(rename = "X_CODE")]
    XCode,
    /// `NETBEANS`
    #[serde(rename = "NETBEANS")]
    Netbeans,
    /// `UNKNOWN`
    #[serde(rename = "UNKNOWN")]
    Unknown,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display for ApplicationNameEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// Applications
///
/// A list of all the applications
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Applications {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `iterable` property.
    pub iterable: Vec<Application>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// Auth0Identity
///
/// Contains info retrieved from the identity provider with which the user originally authenticates.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Auth0Identity {
    /// Name of the Auth0 connection used to authenticate the user.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub connection: Option<String>,
    /// Indicates whether the connection is a social one.
    #[serde(
        rename = "isSocial",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub is_social: Option<bool>,
    /// mapped from user_id -> id
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub provider: Option<String>,
    /// User's unique identifier for this connection/provider.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub user_id: Option<String>,
    /// The `access_token` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub access_token: Option<String>,
    /// The `expires_in` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub expires_in: Option<crate::Integer>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// Auth0OpenAIUserMetadata
///
/// Only supporting a single api key per user.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Auth0OpenAiUserMetadata {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `api_key` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub api_key: Option<String>,
    /// The `api_key_name` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub api_key_name: Option<String>,
    /// The `organization_key` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub organization_key: Option<String>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// Auth0User
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Auth0User {
    /// User's full name.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub name: Option<String>,
    /// mapped from picture.URL pointing to the user's profile picture.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub picture: Option<crate::Uri>,
    /// The `email` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub email: Option<String>,
    /// The `created_at` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub created_at: Option<chrono::DateTime<chrono::FixedOffset>>,
    /// Indicates whether the user has verified their email address.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub email_verified: Option<bool>,
    /// User's family name.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub family_name: Option<String>,
    /// User's given name.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub given_name: Option<String>,
    /// Contains info retrieved from the identity provider with which the user originally authenticates.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub identities: Option<Vec<Auth0Identity>>,
    /// User's nickname.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub nickname: Option<String>,
    /// The `updated_at` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub updated_at: Option<chrono::DateTime<chrono::FixedOffset>>,
    /// (unique) User's username.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub username: Option<String>,
    /// The `user_metadata` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub user_metadata: Option<Auth0UserMetadata>,
    /// The `locale` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub locale: Option<String>,
    /// The `user_id` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub user_id: Option<String>,
    /// The `last_ip` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub last_ip: Option<String>,
    /// The `last_login` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub last_login: Option<chrono::DateTime<chrono::FixedOffset>>,
    /// The `logins_count` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub logins_count: Option<crate::Integer>,
    /// The `blocked_for` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub blocked_for: Option<Vec<String>>,
    /// The `guardian_authenticators` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub guardian_authenticators: Option<Vec<String>>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// Auth0UserAllocationMetadata
///
/// This is specifically for our allocation server metadata.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Auth0UserAllocationMetadata {
    /// The `project` property.
    pub project: String,
    /// The `region` property.
    pub region: String,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// Auth0UserBetaStatus
///
/// Note: continuous: this means that from this moment in time, the user is continuously opted into beta
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Auth0UserBetaStatus {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `vision` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub vision: Option<AnonymousTemporalRange>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// Auth0UserMetadata
///
/// User Metadata from Auth0
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Auth0UserMetadata {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `global_id` property.
    pub global_id: uuid::Uuid,
    /// The `cloud_key` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub cloud_key: Option<String>,
    /// A customer ID that is added to the user in the case of payments
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub stripe_customer_id: Option<String>,
    /// this is the vanityname of the user.(set from their custom CNAME dns record.) ie mark.pieces.cloud where "mark" is the vanityname.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub vanityname: Option<String>,
    /// The `allocation` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub allocation: Option<Auth0UserAllocationMetadata>,
    /// The `open_AI` property.
    #[serde(
        rename = "open_AI",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub open_ai: Option<Auth0OpenAiUserMetadata>,
    /// The `beta` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub beta: Option<AnonymousTemporalRange>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// BrowserSelection
///
/// This is a given bit of text/code that is selected in the browser, this can be a copy/paste/selection
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BrowserSelection {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `classification` property.
    pub classification: Classification,
    /// The `value` property.
    pub value: TransferableString,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// BrowserTab
///
/// a tab can have many values because you might want to pass in a value that represents the code_blocks(snippets) or a md represenet note: please only pass 1 representation, I will clean on POS side tho (txt || md || html)
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct BrowserTab {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `values` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub values: Option<BrowserTabValues>,
    /// The `anchor` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub anchor: Option<SeededAnchor>,
    /// The `website` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub website: Option<SeededWebsite>,
    /// The `range` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub range: Option<AnonymousTemporalRange>,
    /// The `current` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub current: Option<bool>,
    /// The `contributors` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub contributors: Option<DocumentContributors>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// BrowserTabs
///
/// This is a plural representation of the BrowserTab
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct BrowserTabs {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `iterable` property.
    pub iterable: Vec<BrowserTab>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// BrowserTabValue
///
/// snippet: these are extracted code blocks selection: here is a copy/paste/selection
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct BrowserTabValue {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `html` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub html: Option<TransferableString>,
    /// The `md` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub md: Option<TransferableString>,
    /// The `text` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub text: Option<TransferableString>,
    /// The `snippet` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub snippet: Option<BrowserSelection>,
    /// The `selection` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub selection: Option<BrowserSelection>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// BrowserTabValues
///
/// Plural model that represent many tabs
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct BrowserTabValues {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `iterable` property.
    pub iterable: Vec<BrowserTabValue>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// ByteDescriptor
///
/// This is a nice microclass to help with managing the size of a File or Fragment in a readable way for UI's
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct ByteDescriptor {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `value` property.
    pub value: i64,
    /// The `readable` property.
    pub readable: String,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// CapabilitiesEnum
///
/// This lets us know what capabilites in relation to ml/ cloud infrastructure you are opting into.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum CapabilitiesEnum {
    /// `LOCAL`
    #[serde(rename = "LOCAL")]
    Local,
    /// `CLOUD`
    #[serde(rename = "CLOUD")]
    Cloud,
    /// `BLENDED`
    #[serde(rename = "BLENDED")]
    Blended,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display for CapabilitiesEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// Classification
///
/// This is the specific classification of an Asset's Format.(This is on a per format basis b/c an asset could have different formats that are different format representations of the Asset.)
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Classification {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `generic` property.
    pub generic: ClassificationGenericEnum,
    /// The `specific` property.
    pub specific: ClassificationSpecificEnum,
    /// The `rendering` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub rendering: Option<ClassificationRenderingEnum>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// ClassificationGenericEnum
///
/// EXTERNAL_RESOURCE_REFERENCE can be thought of as anything such as URL, URI, UNIX PATH, etc
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum ClassificationGenericEnum {
    /// `CODE`
    #[serde(rename = "CODE")]
    Code,
    /// `TEXT`
    #[serde(rename = "TEXT")]
    Text,
    /// `IMAGE`
    #[serde(rename = "IMAGE")]
    Image,
    /// `VIDEO`
    #[serde(rename = "VIDEO")]
    Video,
    /// `EXTERNAL_RESOURCE_REFERENCE`
    #[serde(rename = "EXTERNAL_RESOURCE_REFERENCE")]
    ExternalResourceReference,
    /// `UNKNOWN`
    #[serde(rename = "UNKNOWN")]
    Unknown,
    /// `FILE`
    #[serde(rename = "FILE")]
    File,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display for ClassificationGenericEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// ClassificationRenderingEnum
///
/// Specifically supported renderings...usually between generic types
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum ClassificationRenderingEnum {
    /// `HTML`
    #[serde(rename = "HTML")]
    Html,
    /// `TWENTY_FOUR_BIT_ANSI_ESCAPED_SEQUENCES`
    #[serde(rename = "TWENTY_FOUR_BIT_ANSI_ESCAPED_SEQUENCES")]
    TwentyFourBitAnsiEscapedSequences,
    /// `HIGHLIGHT_JS_HTML`
    #[serde(rename = "HIGHLIGHT_JS_HTML")]
    HighlightJsHtml,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display for ClassificationRenderingEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// Classifications
///
/// This is a plural representation of a Classification
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Classifications {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `iterable` property.
    pub iterable: Vec<Classification>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// ClassificationSpecificEnum
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum ClassificationSpecificEnum {
    /// `csx`
    #[serde(rename = "csx")]
    Csx,
    /// `cs`
    #[serde(rename = "cs")]
    Cs,
    /// `html`
    #[serde(rename = "html")]
    Html,
    /// `htm`
    #[serde(rename = "htm")]
    Htm,
    /// `shtml`
    #[serde(rename = "shtml")]
    Shtml,
    /// `xhtml`
    #[serde(rename = "xhtml")]
    Xhtml,
    /// `hs`
    #[serde(rename = "hs")]
    Hs,
    /// `hs-boot`
    #[serde(rename = "hs-boot")]
    HsBoot,
    /// `hsig`
    #[serde(rename = "hsig")]
    Hsig,
    /// `cpp`
    #[serde(rename = "cpp")]
    Cpp,
    /// `cc`
    #[serde(rename = "cc")]
    Cc,
    /// `cp`
    #[serde(rename = "cp")]
    Cp,
    /// `cxx`
    #[serde(rename = "cxx")]
    Cxx,
    /// `c`
    #[serde(rename = "c")]
    C,
    /// `h`
    #[serde(rename = "h")]
    H,
    /// `hh`
    #[serde(rename = "hh")]
    Hh,
    /// `hpp`
    #[serde(rename = "hpp")]
    Hpp,
    /// `hxx`
    #[serde(rename = "hxx")]
    Hxx,
    /// `inl`
    #[serde(rename = "inl")]
    Inl,
    /// `ipp`
    #[serde(rename = "ipp")]
    Ipp,
    /// `ixx`
    #[serde(rename = "ixx")]
    Ixx,
    /// `cppm`
    #[serde(rename = "cppm")]
    Cppm,
    /// `csv`
    #[serde(rename = "csv")]
    Csv,
    /// `doc`
    #[serde(rename = "doc")]
    Doc,
    /// `docm`
    #[serde(rename = "docm")]
    Docm,
    /// `docx`
    #[serde(rename = "docx")]
    Docx,
    /// `exe`
    #[serde(rename = "exe")]
    Exe,
    /// `gif`
    #[serde(rename = "gif")]
    Gif,
    /// `ico`
    #[serde(rename = "ico")]
    Ico,
    /// `jpe`
    #[serde(rename = "jpe")]
    Jpe,
    /// `jpeg`
    #[serde(rename = "jpeg")]
    Jpeg,
    /// `jpg`
    #[serde(rename = "jpg")]
    Jpg,
    /// `jpgm`
    #[serde(rename = "jpgm")]
    Jpgm,
    /// `jpgv`
    #[serde(rename = "jpgv")]
    Jpgv,
    /// `log`
    #[serde(rename = "log")]
    Log,
    /// `mp2`
    #[serde(rename = "mp2")]
    Mp2,
    /// `mp2a`
    #[serde(rename = "mp2a")]
    Mp2a,
    /// `mp3`
    #[serde(rename = "mp3")]
    Mp3,
    /// `mp4`
    #[serde(rename = "mp4")]
    Mp4,
    /// `mp4a`
    #[serde(rename = "mp4a")]
    Mp4a,
    /// `oga`
    #[serde(rename = "oga")]
    Oga,
    /// `ogg`
    #[serde(rename = "ogg")]
    Ogg,
    /// `ogv`
    #[serde(rename = "ogv")]
    Ogv,
    /// `ogx`
    #[serde(rename = "ogx")]
    Ogx,
    /// `ppt`
    #[serde(rename = "ppt")]
    Ppt,
    /// `pptx`
    #[serde(rename = "pptx")]
    Pptx,
    /// `pptm`
    #[serde(rename = "pptm")]
    Pptm,
    /// `qt`
    #[serde(rename = "qt")]
    Qt,
    /// `text`
    #[serde(rename = "text")]
    Text,
    /// `tif`
    #[serde(rename = "tif")]
    Tif,
    /// `tiff`
    #[serde(rename = "tiff")]
    Tiff,
    /// `txt`
    #[serde(rename = "txt")]
    Txt,
    /// `wav`
    #[serde(rename = "wav")]
    Wav,
    /// `weba`
    #[serde(rename = "weba")]
    Weba,
    /// `webm`
    #[serde(rename = "webm")]
    Webm,
    /// `webp`
    #[serde(rename = "webp")]
    Webp,
    /// `xla`
    #[serde(rename = "xla")]
    Xla,
    /// `xlam`
    #[serde(rename = "xlam")]
    Xlam,
    /// `xlc`
    #[serde(rename = "xlc")]
    Xlc,
    /// `xlm`
    #[serde(rename = "xlm")]
    Xlm,
    /// `xls`
    #[serde(rename = "xls")]
    Xls,
    /// `xlsb`
    #[serde(rename = "xlsb")]
    Xlsb,
    /// `xlsm`
    #[serde(rename = "xlsm")]
    Xlsm,
    /// `xlsx`
    #[serde(rename = "xlsx")]
    Xlsx,
    /// `xlt`
    #[serde(rename = "xlt")]
    Xlt,
    /// `xltm`
    #[serde(rename = "xltm")]
    Xltm,
    /// `xltx`
    #[serde(rename = "xltx")]
    Xltx,
    /// `pdf`
    #[serde(rename = "pdf")]
    Pdf,
    /// `png`
    #[serde(rename = "png")]
    Png,
    /// `rpm`
    #[serde(rename = "rpm")]
    Rpm,
    /// `zip`
    #[serde(rename = "zip")]
    Zip,
    /// `woff`
    #[serde(rename = "woff")]
    Woff,
    /// `woff2`
    #[serde(rename = "woff2")]
    Woff2,
    /// `svgz`
    #[serde(rename = "svgz")]
    Svgz,
    /// `bin`
    #[serde(rename = "bin")]
    Bin,
    /// `bmp`
    #[serde(rename = "bmp")]
    Bmp,
    /// `eot`
    #[serde(rename = "eot")]
    Eot,
    /// `gz`
    #[serde(rename = "gz")]
    Gz,
    /// `jar`
    #[serde(rename = "jar")]
    Jar,
    /// `mpkg`
    #[serde(rename = "mpkg")]
    Mpkg,
    /// `ai`
    #[serde(rename = "ai")]
    Ai,
    /// `eps`
    #[serde(rename = "eps")]
    Eps,
    /// `dmg`
    #[serde(rename = "dmg")]
    Dmg,
    /// `list`
    #[serde(rename = "list")]
    List,
    /// `rtx`
    #[serde(rename = "rtx")]
    Rtx,
    /// `uri`
    #[serde(rename = "uri")]
    Uri,
    /// `uris`
    #[serde(rename = "uris")]
    Uris,
    /// `urls`
    #[serde(rename = "urls")]
    Urls,
    /// `css`
    #[serde(rename = "css")]
    Css,
    /// `dart`
    #[serde(rename = "dart")]
    Dart,
    /// `java`
    #[serde(rename = "java")]
    Java,
    /// `bsh`
    #[serde(rename = "bsh")]
    Bsh,
    /// `js`
    #[serde(rename = "js")]
    Js,
    /// `jsx`
    #[serde(rename = "jsx")]
    Jsx,
    /// `mjs`
    #[serde(rename = "mjs")]
    Mjs,
    /// `htc`
    #[serde(rename = "htc")]
    Htc,
    /// `json`
    #[serde(rename = "json")]
    Json,
    /// `ipynb`
    #[serde(rename = "ipynb")]
    Ipynb,
    /// `gltf`
    #[serde(rename = "gltf")]
    Gltf,
    /// `jsonml`
    #[serde(rename = "jsonml")]
    Jsonml,
    /// `ps`
    #[serde(rename = "ps")]
    Ps,
    /// `ssml`
    #[serde(rename = "ssml")]
    Ssml,
    /// `wasm`
    #[serde(rename = "wasm")]
    Wasm,
    /// `rtf`
    #[serde(rename = "rtf")]
    Rtf,
    /// `cco`
    #[serde(rename = "cco")]
    Cco,
    /// `pl`
    #[serde(rename = "pl")]
    Pl,
    /// `pc`
    #[serde(rename = "pc")]
    Pc,
    /// `pm`
    #[serde(rename = "pm")]
    Pm,
    /// `pmc`
    #[serde(rename = "pmc")]
    Pmc,
    /// `pod`
    #[serde(rename = "pod")]
    Pod,
    /// `t`
    #[serde(rename = "t")]
    T,
    /// `xml`
    #[serde(rename = "xml")]
    Xml,
    /// `tld`
    #[serde(rename = "tld")]
    Tld,
    /// `dtml`
    #[serde(rename = "dtml")]
    Dtml,
    /// `rng`
    #[serde(rename = "rng")]
    Rng,
    /// `rss`
    #[serde(rename = "rss")]
    Rss,
    /// `opml`
    #[serde(rename = "opml")]
    Opml,
    /// `svg`
    #[serde(rename = "svg")]
    Svg,
    /// `xaml`
    #[serde(rename = "xaml")]
    Xaml,
    /// `sublime-snippet`
    #[serde(rename = "sublime-snippet")]
    SublimeSnippet,
    /// `tmLanguage`
    #[serde(rename = "tmLanguage")]
    TmLanguage,
    /// `tmPreferences`
    #[serde(rename = "tmPreferences")]
    TmPreferences,
    /// `tmSnippet`
    #[serde(rename = "tmSnippet")]
    TmSnippet,
    /// `tmTheme`
    #[serde(rename = "tmTheme")]
    TmTheme,
    /// `csproj`
    #[serde(rename = "csproj")]
    Csproj,
    /// `fsproj`
    #[serde(rename = "fsproj")]
    Fsproj,
    /// `sqlproj`
    #[serde(rename = "sqlproj")]
    Sqlproj,
    /// `vbproj`
    #[serde(rename = "vbproj")]
    Vbproj,
    /// `vcproj`
    #[serde(rename = "vcproj")]
    Vcproj,
    /// `vcxproj`
    #[serde(rename = "vcxproj")]
    Vcxproj,
    /// `dae`
    #[serde(rename = "dae")]
    Dae,
    /// `props`
    #[serde(rename = "props")]
    Props,
    /// `targets`
    #[serde(rename = "targets")]
    Targets,
    /// `xsd`
    #[serde(rename = "xsd")]
    Xsd,
    /// `xsl`
    #[serde(rename = "xsl")]
    Xsl,
    /// `xslt`
    #[serde(rename = "xslt")]
    Xslt,
    /// `ecma`
    #[serde(rename = "ecma")]
    Ecma,
    /// `node`
    #[serde(rename = "node")]
    Node,
    /// `php`
    #[serde(rename = "php")]
    Php,
    /// `php3`
    #[serde(rename = "php3")]
    Php3,
    /// `php4`
    #[serde(rename = "php4")]
    Php4,
    /// `php5`
    #[serde(rename = "php5")]
    Php5,
    /// `php7`
    #[serde(rename = "php7")]
    Php7,
    /// `php8`
    #[serde(rename = "php8")]
    Php8,
    /// `phps`
    #[serde(rename = "phps")]
    Phps,
    /// `phpt`
    #[serde(rename = "phpt")]
    Phpt,
    /// `phtml`
    #[serde(rename = "phtml")]
    Phtml,
    /// `py`
    #[serde(rename = "py")]
    Py,
    /// `py3`
    #[serde(rename = "py3")]
    Py3,
    /// `pyw`
    #[serde(rename = "pyw")]
    Pyw,
    /// `pyi`
    #[serde(rename = "pyi")]
    Pyi,
    /// `pyx`
    #[serde(rename = "pyx")]
    Pyx,
    /// `pyx.in`
    #[serde(rename = "pyx.in")]
    PyxIn,
    /// `pxd`
    #[serde(rename = "pxd")]
    Pxd,
    /// `pxd.in`
    #[serde(rename = "pxd.in")]
    PxdIn,
    /// `pxi`
    #[serde(rename = "pxi")]
    Pxi,
    /// `pxi.in`
    #[serde(rename = "pxi.in")]
    PxiIn,
    /// `rpy`
    #[serde(rename = "rpy")]
    Rpy,
    /// `cpy`
    #[serde(rename = "cpy")]
    Cpy,
    /// `gyp`
    #[serde(rename = "gyp")]
    Gyp,
    /// `gypi`
    #[serde(rename = "gypi")]
    Gypi,
    /// `vpy`
    #[serde(rename = "vpy")]
    Vpy,
    /// `smk`
    #[serde(rename = "smk")]
    Smk,
    /// `wscript`
    #[serde(rename = "wscript")]
    Wscript,
    /// `bazel`
    #[serde(rename = "bazel")]
    Bazel,
    /// `bzl`
    #[serde(rename = "bzl")]
    Bzl,
    /// `pyc`
    #[serde(rename = "pyc")]
    Pyc,
    /// `class`
    #[serde(rename = "class")]
    Class,
    /// `p`
    #[serde(rename = "p")]
    P,
    /// `pas`
    #[serde(rename = "pas")]
    Pas,
    /// `curl`
    #[serde(rename = "curl")]
    Curl,
    /// `mcurl`
    #[serde(rename = "mcurl")]
    Mcurl,
    /// `go`
    #[serde(rename = "go")]
    Go,
    /// `swift`
    #[serde(rename = "swift")]
    Swift,
    /// `rs`
    #[serde(rename = "rs")]
    Rs,
    /// `ts`
    #[serde(rename = "ts")]
    Ts,
    /// `tsx`
    #[serde(rename = "tsx")]
    Tsx,
    /// `rb`
    #[serde(rename = "rb")]
    Rb,
    /// `rbi`
    #[serde(rename = "rbi")]
    Rbi,
    /// `rbx`
    #[serde(rename = "rbx")]
    Rbx,
    /// `rjs`
    #[serde(rename = "rjs")]
    Rjs,
    /// `rabl`
    #[serde(rename = "rabl")]
    Rabl,
    /// `rake`
    #[serde(rename = "rake")]
    Rake,
    /// `capfile`
    #[serde(rename = "capfile")]
    Capfile,
    /// `jbuilder`
    #[serde(rename = "jbuilder")]
    Jbuilder,
    /// `gemspec`
    #[serde(rename = "gemspec")]
    Gemspec,
    /// `podspec`
    #[serde(rename = "podspec")]
    Podspec,
    /// `irbrc`
    #[serde(rename = "irbrc")]
    Irbrc,
    /// `pryrc`
    #[serde(rename = "pryrc")]
    Pryrc,
    /// `prawn`
    #[serde(rename = "prawn")]
    Prawn,
    /// `thor`
    #[serde(rename = "thor")]
    Thor,
    /// `Appfile`
    #[serde(rename = "Appfile")]
    Appfile,
    /// `Appraisals`
    #[serde(rename = "Appraisals")]
    Appraisals,
    /// `Berksfile`
    #[serde(rename = "Berksfile")]
    Berksfile,
    /// `Brewfile`
    #[serde(rename = "Brewfile")]
    Brewfile,
    /// `Cheffile`
    #[serde(rename = "Cheffile")]
    Cheffile,
    /// `Deliverfile`
    #[serde(rename = "Deliverfile")]
    Deliverfile,
    /// `Fastfile`
    #[serde(rename = "Fastfile")]
    Fastfile,
    /// `Gemfile`
    #[serde(rename = "Gemfile")]
    Gemfile,
    /// `Guardfile`
    #[serde(rename = "Guardfile")]
    Guardfile,
    /// `Podfile`
    #[serde(rename = "Podfile")]
    Podfile,
    /// `Rakefile`
    #[serde(rename = "Rakefile")]
    Rakefile,
    /// `Rantfile`
    #[serde(rename = "Rantfile")]
    Rantfile,
    /// `Scanfile`
    #[serde(rename = "Scanfile")]
    Scanfile,
    /// `simplecov`
    #[serde(rename = "simplecov")]
    Simplecov,
    /// `Snapfile`
    #[serde(rename = "Snapfile")]
    Snapfile,
    /// `Thorfile`
    #[serde(rename = "Thorfile")]
    Thorfile,
    /// `Vagrantfile`
    #[serde(rename = "Vagrantfile")]
    Vagrantfile,
    /// `scala`
    #[serde(rename = "scala")]
    Scala,
    /// `sbt`
    #[serde(rename = "sbt")]
    Sbt,
    /// `sc`
    #[serde(rename = "sc")]
    Sc,
    /// `cmd`
    #[serde(rename = "cmd")]
    Cmd,
    /// `bat`
    #[serde(rename = "bat")]
    Bat,
    /// `coffee`
    #[serde(rename = "coffee")]
    Coffee,
    /// `erl`
    #[serde(rename = "erl")]
    Erl,
    /// `hrl`
    #[serde(rename = "hrl")]
    Hrl,
    /// `escript`
    #[serde(rename = "escript")]
    Escript,
    /// `lua`
    #[serde(rename = "lua")]
    Lua,
    /// `md`
    #[serde(rename = "md")]
    Md,
    /// `mdown`
    #[serde(rename = "mdown")]
    Mdown,
    /// `mdwn`
    #[serde(rename = "mdwn")]
    Mdwn,
    /// `markdown`
    #[serde(rename = "markdown")]
    Markdown,
    /// `markdn`
    #[serde(rename = "markdn")]
    Markdn,
    /// `matlab`
    #[serde(rename = "matlab")]
    Matlab,
    /// `m`
    #[serde(rename = "m")]
    M,
    /// `ps1`
    #[serde(rename = "ps1")]
    Ps1,
    /// `sh`
    #[serde(rename = "sh")]
    Sh,
    /// `bash`
    #[serde(rename = "bash")]
    Bash,
    /// `bashrc`
    #[serde(rename = "bashrc")]
    Bashrc,
    /// `ash`
    #[serde(rename = "ash")]
    Ash,
    /// `zsh`
    #[serde(rename = "zsh")]
    Zsh,
    /// `.bash_aliases`
    #[serde(rename = ".bash_aliases")]
    BashAliases,
    /// `.bash_completions`
    #[serde(rename = ".bash_completions")]
    BashCompletions,
    /// `.bash_functions`
    #[serde(rename = ".bash_functions")]
    BashFunctions,
    /// `.bash_login`
    #[serde(rename = ".bash_login")]
    BashLogin,
    /// `.bash_logout`
    #[serde(rename = ".bash_logout")]
    BashLogout,
    /// `.bash_profile`
    #[serde(rename = ".bash_profile")]
    BashProfile,
    /// `.bash_variables`
    #[serde(rename = ".bash_variables")]
    BashVariables,
    /// `.profile`
    #[serde(rename = ".profile")]
    Profile,
    /// `.textmate_init`
    #[serde(rename = ".textmate_init")]
    TextmateInit,
    /// `.zlogin`
    #[serde(rename = ".zlogin")]
    Zlogin,
    /// `.zlogout`
    #[serde(rename = ".zlogout")]
    Zlogout,
    /// `.zprofile`
    #[serde(rename = ".zprofile")]
    Zprofile,
    /// `.zshenv`
    #[serde(rename = ".zshenv")]
    Zshenv,
    /// `.zshrc`
    #[serde(rename = ".zshrc")]
    Zshrc,
    /// `PKGBUILD`
    #[serde(rename = "PKGBUILD")]
    Pkgbuild,
    /// `ebuild`
    #[serde(rename = "ebuild")]
    Ebuild,
    /// `eclass`
    #[serde(rename = "eclass")]
    Eclass,
    /// `r`
    #[serde(rename = "r")]
    R,
    /// `sql`
    #[serde(rename = "sql")]
    Sql,
    /// `ddl`
    #[serde(rename = "ddl")]
    Ddl,
    /// `dml`
    #[serde(rename = "dml")]
    Dml,
    /// `tex`
    #[serde(rename = "tex")]
    Tex,
    /// `ltx`
    #[serde(rename = "ltx")]
    Ltx,
    /// `sty`
    #[serde(rename = "sty")]
    Sty,
    /// `cls`
    #[serde(rename = "cls")]
    Cls,
    /// `UNKNOWN`
    #[serde(rename = "UNKNOWN")]
    Unknown,
    /// `yaml`
    #[serde(rename = "yaml")]
    Yaml,
    /// `yml`
    #[serde(rename = "yml")]
    Yml,
    /// `toml`
    #[serde(rename = "toml")]
    Toml,
    /// `tml`
    #[serde(rename = "tml")]
    Tml,
    /// `Cargo.lock`
    #[serde(rename = "Cargo.lock")]
    CargoLock,
    /// `Gopkg.lock`
    #[serde(rename = "Gopkg.lock")]
    GopkgLock,
    /// `Pipfile`
    #[serde(rename = "Pipfile")]
    Pipfile,
    /// `poetry.lock`
    #[serde(rename = "poetry.lock")]
    PoetryLock,
    /// `uniform_resource_locator`
    #[serde(rename = "uniform_resource_locator")]
    UniformResourceLocator,
    /// `custom_url_scheme`
    #[serde(rename = "custom_url_scheme")]
    CustomUrlScheme,
    /// `unix_file_path`
    #[serde(rename = "unix_file_path")]
    UnixFilePath,
    /// `windows_file_path`
    #[serde(rename = "windows_file_path")]
    WindowsFilePath,
    /// `uniform_resource_identifier`
    #[serde(rename = "uniform_resource_identifier")]
    UniformResourceIdentifier,
    /// `hljs-1c`
    #[serde(rename = "hljs-1c")]
    Hljs1c,
    /// `hljs-abnf`
    #[serde(rename = "hljs-abnf")]
    HljsAbnf,
    /// `hljs-accesslog`
    #[serde(rename = "hljs-accesslog")]
    HljsAccesslog,
    /// `hljs-actionscript`
    #[serde(rename = "hljs-actionscript")]
    HljsActionscript,
    /// `hljs-ada`
    #[serde(rename = "hljs-ada")]
    HljsAda,
    /// `hljs-angelscript`
    #[serde(rename = "hljs-angelscript")]
    HljsAngelscript,
    /// `hljs-apache`
    #[serde(rename = "hljs-apache")]
    HljsApache,
    /// `hljs-applescript`
    #[serde(rename = "hljs-applescript")]
    HljsApplescript,
    /// `hljs-arcade`
    #[serde(rename = "hljs-arcade")]
    HljsArcade,
    /// `hljs-arduino`
    #[serde(rename = "hljs-arduino")]
    HljsArduino,
    /// `hljs-armasm`
    #[serde(rename = "hljs-armasm")]
    HljsArmasm,
    /// `hljs-asciidoc`
    #[serde(rename = "hljs-asciidoc")]
    HljsAsciidoc,
    /// `hljs-aspectj`
    #[serde(rename = "hljs-aspectj")]
    HljsAspectj,
    /// `hljs-autohotkey`
    #[serde(rename = "hljs-autohotkey")]
    HljsAutohotkey,
    /// `hljs-autoit`
    #[serde(rename = "hljs-autoit")]
    HljsAutoit,
    /// `hljs-avrasm`
    #[serde(rename = "hljs-avrasm")]
    HljsAvrasm,
    /// `hljs-awk`
    #[serde(rename = "hljs-awk")]
    HljsAwk,
    /// `hljs-axapta`
    #[serde(rename = "hljs-axapta")]
    HljsAxapta,
    /// `hljs-bash`
    #[serde(rename = "hljs-bash")]
    HljsBash,
    /// `hljs-basic`
    #[serde(rename = "hljs-basic")]
    HljsBasic,
    /// `hljs-bnf`
    #[serde(rename = "hljs-bnf")]
    HljsBnf,
    /// `hljs-brainfuck`
    #[serde(rename = "hljs-brainfuck")]
    HljsBrainfuck,
    /// `hljs-cal`
    #[serde(rename = "hljs-cal")]
    HljsCal,
    /// `hljs-capnproto`
    #[serde(rename = "hljs-capnproto")]
    HljsCapnproto,
    /// `hljs-ceylon`
    #[serde(rename = "hljs-ceylon")]
    HljsCeylon,
    /// `hljs-clean`
    #[serde(rename = "hljs-clean")]
    HljsClean,
    /// `hljs-clojure-repl`
    #[serde(rename = "hljs-clojure-repl")]
    HljsClojureRepl,
    /// `hljs-clojure`
    #[serde(rename = "hljs-clojure")]
    HljsClojure,
    /// `hljs-cmake`
    #[serde(rename = "hljs-cmake")]
    HljsCmake,
    /// `hljs-coffeescript`
    #[serde(rename = "hljs-coffeescript")]
    HljsCoffeescript,
    /// `hljs-coq`
    #[serde(rename = "hljs-coq")]
    HljsCoq,
    /// `hljs-cos`
    #[serde(rename = "hljs-cos")]
    HljsCos,
    /// `hljs-cpp`
    #[serde(rename = "hljs-cpp")]
    HljsCpp,
    /// `hljs-crmsh`
    #[serde(rename = "hljs-crmsh")]
    HljsCrmsh,
    /// `hljs-crystal`
    #[serde(rename = "hljs-crystal")]
    HljsCrystal,
    /// `hljs-c`
    #[serde(rename = "hljs-c")]
    HljsC,
    /// `hljs-cs`
    #[serde(rename = "hljs-cs")]
    HljsCs,
    /// `hljs-csp`
    #[serde(rename = "hljs-csp")]
    HljsCsp,
    /// `hljs-css`
    #[serde(rename = "hljs-css")]
    HljsCss,
    /// `hljs-d`
    #[serde(rename = "hljs-d")]
    HljsD,
    /// `hljs-dart`
    #[serde(rename = "hljs-dart")]
    HljsDart,
    /// `hljs-delphi`
    #[serde(rename = "hljs-delphi")]
    HljsDelphi,
    /// `hljs-diff`
    #[serde(rename = "hljs-diff")]
    HljsDiff,
    /// `hljs-django`
    #[serde(rename = "hljs-django")]
    HljsDjango,
    /// `hljs-dns`
    #[serde(rename = "hljs-dns")]
    HljsDns,
    /// `hljs-dockerfile`
    #[serde(rename = "hljs-dockerfile")]
    HljsDockerfile,
    /// `hljs-dos`
    #[serde(rename = "hljs-dos")]
    HljsDos,
    /// `hljs-dsconfig`
    #[serde(rename = "hljs-dsconfig")]
    HljsDsconfig,
    /// `hljs-dts`
    #[serde(rename = "hljs-dts")]
    HljsDts,
    /// `hljs-dust`
    #[serde(rename = "hljs-dust")]
    HljsDust,
    /// `hljs-ebnf`
    #[serde(rename = "hljs-ebnf")]
    HljsEbnf,
    /// `hljs-elixir`
    #[serde(rename = "hljs-elixir")]
    HljsElixir,
    /// `hljs-elm`
    #[serde(rename = "hljs-elm")]
    HljsElm,
    /// `hljs-erb`
    #[serde(rename = "hljs-erb")]
    HljsErb,
    /// `hljs-erlang-repl`
    #[serde(rename = "hljs-erlang-repl")]
    HljsErlangRepl,
    /// `hljs-erlang`
    #[serde(rename = "hljs-erlang")]
    HljsErlang,
    /// `hljs-excel`
    #[serde(rename = "hljs-excel")]
    HljsExcel,
    /// `hljs-fix`
    #[serde(rename = "hljs-fix")]
    HljsFix,
    /// `hljs-flix`
    #[serde(rename = "hljs-flix")]
    HljsFlix,
    /// `hljs-fortran`
    #[serde(rename = "hljs-fortran")]
    HljsFortran,
    /// `hljs-fsharp`
    #[serde(rename = "hljs-fsharp")]
    HljsFsharp,
    /// `hljs-gams`
    #[serde(rename = "hljs-gams")]
    HljsGams,
    /// `hljs-gauss`
    #[serde(rename = "hljs-gauss")]
    HljsGauss,
    /// `hljs-gcode`
    #[serde(rename = "hljs-gcode")]
    HljsGcode,
    /// `hljs-gherkin`
    #[serde(rename = "hljs-gherkin")]
    HljsGherkin,
    /// `hljs-glsl`
    #[serde(rename = "hljs-glsl")]
    HljsGlsl,
    /// `hljs-gml`
    #[serde(rename = "hljs-gml")]
    HljsGml,
    /// `hljs-go`
    #[serde(rename = "hljs-go")]
    HljsGo,
    /// `hljs-golo`
    #[serde(rename = "hljs-golo")]
    HljsGolo,
    /// `hljs-gradle`
    #[serde(rename = "hljs-gradle")]
    HljsGradle,
    /// `hljs-groovy`
    #[serde(rename = "hljs-groovy")]
    HljsGroovy,
    /// `hljs-haml`
    #[serde(rename = "hljs-haml")]
    HljsHaml,
    /// `hljs-handlebars`
    #[serde(rename = "hljs-handlebars")]
    HljsHandlebars,
    /// `hljs-haskell`
    #[serde(rename = "hljs-haskell")]
    HljsHaskell,
    /// `hljs-haxe`
    #[serde(rename = "hljs-haxe")]
    HljsHaxe,
    /// `hljs-hsp`
    #[serde(rename = "hljs-hsp")]
    HljsHsp,
    /// `hljs-htmlbars`
    #[serde(rename = "hljs-htmlbars")]
    HljsHtmlbars,
    /// `hljs-http`
    #[serde(rename = "hljs-http")]
    HljsHttp,
    /// `hljs-hy`
    #[serde(rename = "hljs-hy")]
    HljsHy,
    /// `hljs-inform7`
    #[serde(rename = "hljs-inform7")]
    HljsInform7,
    /// `hljs-ini`
    #[serde(rename = "hljs-ini")]
    HljsIni,
    /// `hljs-irpf90`
    #[serde(rename = "hljs-irpf90")]
    HljsIrpf90,
    /// `hljs-isbl`
    #[serde(rename = "hljs-isbl")]
    HljsIsbl,
    /// `hljs-java`
    #[serde(rename = "hljs-java")]
    HljsJava,
    /// `hljs-javascript`
    #[serde(rename = "hljs-javascript")]
    HljsJavascript,
    /// `hljs-jboss-cli`
    #[serde(rename = "hljs-jboss-cli")]
    HljsJbossCli,
    /// `hljs-json`
    #[serde(rename = "hljs-json")]
    HljsJson,
    /// `hljs-julia-repl`
    #[serde(rename = "hljs-julia-repl")]
    HljsJuliaRepl,
    /// `hljs-julia`
    #[serde(rename = "hljs-julia")]
    HljsJulia,
    /// `hljs-kotlin`
    #[serde(rename = "hljs-kotlin")]
    HljsKotlin,
    /// `hljs-lasso`
    #[serde(rename = "hljs-lasso")]
    HljsLasso,
    /// `hljs-ldif`
    #[serde(rename = "hljs-ldif")]
    HljsLdif,
    /// `hljs-leaf`
    #[serde(rename = "hljs-leaf")]
    HljsLeaf,
    /// `hljs-less`
    #[serde(rename = "hljs-less")]
    HljsLess,
    /// `hljs-lisp`
    #[serde(rename = "hljs-lisp")]
    HljsLisp,
    /// `hljs-livecodeserver`
    #[serde(rename = "hljs-livecodeserver")]
    HljsLivecodeserver,
    /// `hljs-livescript`
    #[serde(rename = "hljs-livescript")]
    HljsLivescript,
    /// `hljs-llvm`
    #[serde(rename = "hljs-llvm")]
    HljsLlvm,
    /// `hljs-lsl`
    #[serde(rename = "hljs-lsl")]
    HljsLsl,
    /// `hljs-lua`
    #[serde(rename = "hljs-lua")]
    HljsLua,
    /// `hljs-makefile`
    #[serde(rename = "hljs-makefile")]
    HljsMakefile,
    /// `hljs-markdown`
    #[serde(rename = "hljs-markdown")]
    HljsMarkdown,
    /// `hljs-mathematica`
    #[serde(rename = "hljs-mathematica")]
    HljsMathematica,
    /// `hljs-matlab`
    #[serde(rename = "hljs-matlab")]
    HljsMatlab,
    /// `hljs-maxima`
    #[serde(rename = "hljs-maxima")]
    HljsMaxima,
    /// `hljs-mel`
    #[serde(rename = "hljs-mel")]
    HljsMel,
    /// `hljs-mercury`
    #[serde(rename = "hljs-mercury")]
    HljsMercury,
    /// `hljs-mipsasm`
    #[serde(rename = "hljs-mipsasm")]
    HljsMipsasm,
    /// `hljs-mizar`
    #[serde(rename = "hljs-mizar")]
    HljsMizar,
    /// `hljs-mojolicious`
    #[serde(rename = "hljs-mojolicious")]
    HljsMojolicious,
    /// `hljs-monkey`
    #[serde(rename = "hljs-monkey")]
    HljsMonkey,
    /// `hljs-moonscript`
    #[serde(rename = "hljs-moonscript")]
    HljsMoonscript,
    /// `hljs-n1ql`
    #[serde(rename = "hljs-n1ql")]
    HljsN1ql,
    /// `hljs-nginx`
    #[serde(rename = "hljs-nginx")]
    HljsNginx,
    /// `hljs-nimrod`
    #[serde(rename = "hljs-nimrod")]
    HljsNimrod,
    /// `hljs-nix`
    #[serde(rename = "hljs-nix")]
    HljsNix,
    /// `hljs-nsis`
    #[serde(rename = "hljs-nsis")]
    HljsNsis,
    /// `hljs-objectivec`
    #[serde(rename = "hljs-objectivec")]
    HljsObjectivec,
    /// `hljs-ocaml`
    #[serde(rename = "hljs-ocaml")]
    HljsOcaml,
    /// `hljs-openscad`
    #[serde(rename = "hljs-openscad")]
    HljsOpenscad,
    /// `hljs-oxygene`
    #[serde(rename = "hljs-oxygene")]
    HljsOxygene,
    /// `hljs-parser3`
    #[serde(rename = "hljs-parser3")]
    HljsParser3,
    /// `hljs-perl`
    #[serde(rename = "hljs-perl")]
    HljsPerl,
    /// `hljs-pf`
    #[serde(rename = "hljs-pf")]
    HljsPf,
    /// `hljs-pgsql`
    #[serde(rename = "hljs-pgsql")]
    HljsPgsql,
    /// `hljs-php`
    #[serde(rename = "hljs-php")]
    HljsPhp,
    /// `hljs-plaintext`
    #[serde(rename = "hljs-plaintext")]
    HljsPlaintext,
    /// `hljs-pony`
    #[serde(rename = "hljs-pony")]
    HljsPony,
    /// `hljs-powershell`
    #[serde(rename = "hljs-powershell")]
    HljsPowershell,
    /// `hljs-processing`
    #[serde(rename = "hljs-processing")]
    HljsProcessing,
    /// `hljs-profile`
    #[serde(rename = "hljs-profile")]
    HljsProfile,
    /// `hljs-prolog`
    #[serde(rename = "hljs-prolog")]
    HljsProlog,
    /// `hljs-properties`
    #[serde(rename = "hljs-properties")]
    HljsProperties,
    /// `hljs-protobuf`
    #[serde(rename = "hljs-protobuf")]
    HljsProtobuf,
    /// `hljs-puppet`
    #[serde(rename = "hljs-puppet")]
    HljsPuppet,
    /// `hljs-purebasic`
    #[serde(rename = "hljs-purebasic")]
    HljsPurebasic,
    /// `hljs-python`
    #[serde(rename = "hljs-python")]
    HljsPython,
    /// `hljs-q`
    #[serde(rename = "hljs-q")]
    HljsQ,
    /// `hljs-qml`
    #[serde(rename = "hljs-qml")]
    HljsQml,
    /// `hljs-r`
    #[serde(rename = "hljs-r")]
    HljsR,
    /// `hljs-reasonml`
    #[serde(rename = "hljs-reasonml")]
    HljsReasonml,
    /// `hljs-rib`
    #[serde(rename = "hljs-rib")]
    HljsRib,
    /// `hljs-roboconf`
    #[serde(rename = "hljs-roboconf")]
    HljsRoboconf,
    /// `hljs-routeros`
    #[serde(rename = "hljs-routeros")]
    HljsRouteros,
    /// `hljs-rsl`
    #[serde(rename = "hljs-rsl")]
    HljsRsl,
    /// `hljs-ruby`
    #[serde(rename = "hljs-ruby")]
    HljsRuby,
    /// `hljs-ruleslanguage`
    #[serde(rename = "hljs-ruleslanguage")]
    HljsRuleslanguage,
    /// `hljs-rust`
    #[serde(rename = "hljs-rust")]
    HljsRust,
    /// `hljs-sas`
    #[serde(rename = "hljs-sas")]
    HljsSas,
    /// `hljs-scala`
    #[serde(rename = "hljs-scala")]
    HljsScala,
    /// `hljs-scheme`
    #[serde(rename = "hljs-scheme")]
    HljsScheme,
    /// `hljs-scilab`
    #[serde(rename = "hljs-scilab")]
    HljsScilab,
    /// `hljs-scss`
    #[serde(rename = "hljs-scss")]
    HljsScss,
    /// `hljs-shell`
    #[serde(rename = "hljs-shell")]
    HljsShell,
    /// `hljs-smali`
    #[serde(rename = "hljs-smali")]
    HljsSmali,
    /// `hljs-smalltalk`
    #[serde(rename = "hljs-smalltalk")]
    HljsSmalltalk,
    /// `hljs-sml`
    #[serde(rename = "hljs-sml")]
    HljsSml,
    /// `hljs-sqf`
    #[serde(rename = "hljs-sqf")]
    HljsSqf,
    /// `hljs-sql`
    #[serde(rename = "hljs-sql")]
    HljsSql,
    /// `hljs-stan`
    #[serde(rename = "hljs-stan")]
    HljsStan,
    /// `hljs-stata`
    #[serde(rename = "hljs-stata")]
    HljsStata,
    /// `hljs-step21`
    #[serde(rename = "hljs-step21")]
    HljsStep21,
    /// `hljs-stylus`
    #[serde(rename = "hljs-stylus")]
    HljsStylus,
    /// `hljs-subunit`
    #[serde(rename = "hljs-subunit")]
    HljsSubunit,
    /// `hljs-swift`
    #[serde(rename = "hljs-swift")]
    HljsSwift,
    /// `hljs-taggerscript`
    #[serde(rename = "hljs-taggerscript")]
    HljsTaggerscript,
    /// `hljs-tap`
    #[serde(rename = "hljs-tap")]
    HljsTap,
    /// `hljs-tcl`
    #[serde(rename = "hljs-tcl")]
    HljsTcl,
    /// `hljs-tex`
    #[serde(rename = "hljs-tex")]
    HljsTex,
    /// `hljs-thrift`
    #[serde(rename = "hljs-thrift")]
    HljsThrift,
    /// `hljs-tp`
    #[serde(rename = "hljs-tp")]
    HljsTp,
    /// `hljs-twig`
    #[serde(rename = "hljs-twig")]
    HljsTwig,
    /// `hljs-typescript`
    #[serde(rename = "hljs-typescript")]
    HljsTypescript,
    /// `hljs-vala`
    #[serde(rename = "hljs-vala")]
    HljsVala,
    /// `hljs-vbnet`
    #[serde(rename = "hljs-vbnet")]
    HljsVbnet,
    /// `hljs-vbscript-html`
    #[serde(rename = "hljs-vbscript-html")]
    HljsVbscriptHtml,
    /// `hljs-vbscript`
    #[serde(rename = "hljs-vbscript")]
    HljsVbscript,
    /// `hljs-verilog`
    #[serde(rename = "hljs-verilog")]
    HljsVerilog,
    /// `hljs-vhdl`
    #[serde(rename = "hljs-vhdl")]
    HljsVhdl,
    /// `hljs-vim`
    #[serde(rename = "hljs-vim")]
    HljsVim,
    /// `hljs-x86asm`
    #[serde(rename = "hljs-x86asm")]
    HljsX86asm,
    /// `hljs-xl`
    #[serde(rename = "hljs-xl")]
    HljsXl,
    /// `hljs-xml`
    #[serde(rename = "hljs-xml")]
    HljsXml,
    /// `hljs-xquery`
    #[serde(rename = "hljs-xquery")]
    HljsXquery,
    /// `hljs-yaml`
    #[serde(rename = "hljs-yaml")]
    HljsYaml,
    /// `hljs-toml`
    #[serde(rename = "hljs-toml")]
    HljsToml,
    /// `hljs-zephir`
    #[serde(rename = "hljs-zephir")]
    HljsZephir,
    /// `hljs-html`
    #[serde(rename = "hljs-html")]
    HljsHtml,
    /// `groovy`
    #[serde(rename = "groovy")]
    Groovy,
    /// `kt`
    #[serde(rename = "kt")]
    Kt,
    /// `el`
    #[serde(rename = "el")]
    El,
    /// `clj`
    #[serde(rename = "clj")]
    Clj,
    /// `ex`
    #[serde(rename = "ex")]
    Ex,
    /// `adb`
    #[serde(rename = "adb")]
    Adb,
    /// `ads`
    #[serde(rename = "ads")]
    Ads,
    /// `agda`
    #[serde(rename = "agda")]
    Agda,
    /// `elm`
    #[serde(rename = "elm")]
    Elm,
    /// `exs`
    #[serde(rename = "exs")]
    Exs,
    /// `glsl`
    #[serde(rename = "glsl")]
    Glsl,
    /// `ml`
    #[serde(rename = "ml")]
    Ml,
    /// `lean`
    #[serde(rename = "lean")]
    Lean,
    /// `lisp`
    #[serde(rename = "lisp")]
    Lisp,
    /// `rkt`
    #[serde(rename = "rkt")]
    Rkt,
    /// `sparql`
    #[serde(rename = "sparql")]
    Sparql,
    /// `vhdl`
    #[serde(rename = "vhdl")]
    Vhdl,
    /// `zig`
    #[serde(rename = "zig")]
    Zig,
    /// `dockerfile`
    #[serde(rename = "dockerfile")]
    Dockerfile,
    /// `f03`
    #[serde(rename = "f03")]
    F03,
    /// `f08`
    #[serde(rename = "f08")]
    F08,
    /// `f18`
    #[serde(rename = "f18")]
    F18,
    /// `f90`
    #[serde(rename = "f90")]
    F90,
    /// `f95`
    #[serde(rename = "f95")]
    F95,
    /// `jl`
    #[serde(rename = "jl")]
    Jl,
    /// `mm`
    #[serde(rename = "mm")]
    Mm,
    /// `scm`
    #[serde(rename = "scm")]
    Scm,
    /// `sol`
    #[serde(rename = "sol")]
    Sol,
    /// `sv`
    #[serde(rename = "sv")]
    Sv,
    /// `asp`
    #[serde(rename = "asp")]
    Asp,
    /// `cfm`
    #[serde(rename = "cfm")]
    Cfm,
    /// `fs`
    #[serde(rename = "fs")]
    Fs,
    /// `fsi`
    #[serde(rename = "fsi")]
    Fsi,
    /// `fsx`
    #[serde(rename = "fsx")]
    Fsx,
    /// `tf`
    #[serde(rename = "tf")]
    Tf,
    /// `vba`
    #[serde(rename = "vba")]
    Vba,
    /// `svelte`
    #[serde(rename = "svelte")]
    Svelte,
    /// `vue`
    #[serde(rename = "vue")]
    Vue,
    /// `scss`
    #[serde(rename = "scss")]
    Scss,
    /// `feature`
    #[serde(rename = "feature")]
    Feature,
    /// `ini`
    #[serde(rename = "ini")]
    Ini,
    /// `ftl`
    #[serde(rename = "ftl")]
    Ftl,
    /// `hcl`
    #[serde(rename = "hcl")]
    Hcl,
    /// `abap`
    #[serde(rename = "abap")]
    Abap,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display for ClassificationSpecificEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// CodeAnalysis
///
/// This is the ML Analysis object Specific to code.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CodeAnalysis {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `tokenized` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub tokenized: Option<Vec<String>>,
    /// The `language` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub language: Option<String>,
    /// The `type` property.
    #[serde(rename = "type")]
    pub type_: ClassificationGenericEnum,
    /// The `prediction` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub prediction: Option<std::collections::BTreeMap<String, f64>>,
    /// The `similarity` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub similarity: Option<std::collections::BTreeMap<String, f64>>,
    /// The `top5Colors` property.
    #[serde(
        rename = "top5Colors",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub top5_colors: Option<Vec<crate::Integer>>,
    /// The `top5Sorted` property.
    #[serde(
        rename = "top5Sorted",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub top5_sorted: Option<Vec<String>>,
    /// The `id` property.
    pub id: String,
    /// this is just a reference to the analysis parent object.
    pub analysis: String,
    /// The `model` property.
    pub model: Model,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// ConversationGrounding
///
/// This is the context used for grounding the ml models with reguard to a conversation.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct ConversationGrounding {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `messages` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub messages: Option<FlattenedConversationMessages>,
    /// The `temporal` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub temporal: Option<TemporalRangeGrounding>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// ConversationMessageSentimentEnum
///
/// This will describe the sentiment of a specific message ie if the message was liked/disliked/reported
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum ConversationMessageSentimentEnum {
    /// `LIKE`
    #[serde(rename = "LIKE")]
    Like,
    /// `DISLIKE`
    #[serde(rename = "DISLIKE")]
    Dislike,
    /// `REPORT`
    #[serde(rename = "REPORT")]
    Report,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display for ConversationMessageSentimentEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// ConversationTypeEnum
///
/// This is a type of conversation, for now just COPILOT.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum ConversationTypeEnum {
    /// `COPILOT`
    #[serde(rename = "COPILOT")]
    Copilot,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display for ConversationTypeEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// DocumentContributor
///
/// A DocumentContributor is a preseeded representation of a Person
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct DocumentContributor {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `classification` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub classification: Option<Classification>,
    /// The `value` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub value: Option<TransferableString>,
    /// The `person` property.
    pub person: PersonBasicType,
    /// The `updated` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub updated: Option<GroupedTimestamp>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// DocumentContributors
///
/// This is a plural representation of the DocumentContributor
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct DocumentContributors {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `iterable` property.
    pub iterable: Vec<DocumentContributor>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// Edges
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Edges {
    /// The `iterable` property.
    pub iterable: Vec<Node>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// EmbeddedModelSchema
///
/// This is a model that will keep track of all of our version related to our models.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct EmbeddedModelSchema {
    /// this is the current database version that this model was used for.
    pub migration: crate::Integer,
    /// The `semantic` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub semantic: Option<EmbeddedModelSchemaSemanticVersionEnum>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// EmbeddedModelSchemaSemanticVersionEnum
///
/// This is a Semantic Version Enum that will reflect the Semantic version of the api.
#[derive(
    Debug,
    Clone,
    PartialEq,
    serde::Serialize,
    serde::Deserialize,
    Default,
    Eq,
    Hash
)]
pub enum EmbeddedModelSchemaSemanticVersionEnum {
    /// `MAJOR_0_MINOR_0_PATCH_1`
    #[serde(rename = "MAJOR_0_MINOR_0_PATCH_1")]
    #[default]
    Major0Minor0Patch1,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display for EmbeddedModelSchemaSemanticVersionEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// Embedding
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Embedding {
    /// this is the raw value of the embedding
    pub raw: Vec<f64>,
    /// The `model` property.
    pub model: Model,
    /// The `created` property.
    pub created: GroupedTimestamp,
    /// The `updated` property.
    pub updated: GroupedTimestamp,
    /// The `deleted` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub deleted: Option<GroupedTimestamp>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// Embeddings
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Embeddings {
    /// The `iterable` property.
    pub iterable: Vec<Embedding>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// ExternallySourcedEnum
///
/// This is an enum that will highlight something that is externally sourced.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum ExternallySourcedEnum {
    /// `TWITTER`
    #[serde(rename = "TWITTER")]
    Twitter,
    /// `MEDIUM`
    #[serde(rename = "MEDIUM")]
    Medium,
    /// `LINKED_IN`
    #[serde(rename = "LINKED_IN")]
    LinkedIn,
    /// `INSTAGRAM`
    #[serde(rename = "INSTAGRAM")]
    Instagram,
    /// `FACEBOOK`
    #[serde(rename = "FACEBOOK")]
    Facebook,
    /// `REDDIT`
    #[serde(rename = "REDDIT")]
    Reddit,
    /// `DISCORD`
    #[serde(rename = "DISCORD")]
    Discord,
    /// `BIT_BUCKET`
    #[serde(rename = "BIT_BUCKET")]
    BitBucket,
    /// `GIT_LAB`
    #[serde(rename = "GIT_LAB")]
    GitLab,
    /// `GIT_HUB`
    #[serde(rename = "GIT_HUB")]
    GitHub,
    /// `SLACK`
    #[serde(rename = "SLACK")]
    Slack,
    /// `MAILGUN`
    #[serde(rename = "MAILGUN")]
    Mailgun,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display for ExternallySourcedEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// ExternalMLProviderEnum
///
/// This is a Model used for the Model class.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum ExternalMlProviderEnum {
    /// `APPLE`
    #[serde(rename = "APPLE")]
    Apple,
    /// `AMAZON`
    #[serde(rename = "AMAZON")]
    Amazon,
    /// `GOOGLE`
    #[serde(rename = "GOOGLE")]
    Google,
    /// `META`
    #[serde(rename = "META")]
    Meta,
    /// `OPENAI`
    #[serde(rename = "OPENAI")]
    Openai,
    /// `LMSYS`
    #[serde(rename = "LMSYS")]
    Lmsys,
    /// `SALESFORCE`
    #[serde(rename = "SALESFORCE")]
    Salesforce,
    /// `HUGGING_FACE`
    #[serde(rename = "HUGGING_FACE")]
    HuggingFace,
    /// `UNIVERSITY_OF_WASHINGTON`
    #[serde(rename = "UNIVERSITY_OF_WASHINGTON")]
    UniversityOfWashington,
    /// `OPEN_LM_RESEARCH`
    #[serde(rename = "OPEN_LM_RESEARCH")]
    OpenLmResearch,
    /// `MICROSOFT`
    #[serde(rename = "MICROSOFT")]
    Microsoft,
    /// `UC_BERKLEY`
    #[serde(rename = "UC_BERKLEY")]
    UcBerkley,
    /// `PEKING_UNIVERSITY`
    #[serde(rename = "PEKING_UNIVERSITY")]
    PekingUniversity,
    /// `RENMIN_UNIVERSITY_OF_CHINA`
    #[serde(rename = "RENMIN_UNIVERSITY_OF_CHINA")]
    RenminUniversityOfChina,
    /// `TOGETHER_AI`
    #[serde(rename = "TOGETHER_AI")]
    TogetherAi,
    /// `DATABRICKS`
    #[serde(rename = "DATABRICKS")]
    Databricks,
    /// `ELEUTHER_AI`
    #[serde(rename = "ELEUTHER_AI")]
    EleutherAi,
    /// `FUDAN_UNIVERSITY`
    #[serde(rename = "FUDAN_UNIVERSITY")]
    FudanUniversity,
    /// `BLICKDL`
    #[serde(rename = "BLICKDL")]
    Blickdl,
    /// `HONG_KONG_BAPTIST_UNIVERSITY`
    #[serde(rename = "HONG_KONG_BAPTIST_UNIVERSITY")]
    HongKongBaptistUniversity,
    /// `BIGCODE`
    #[serde(rename = "BIGCODE")]
    Bigcode,
    /// `JINA`
    #[serde(rename = "JINA")]
    Jina,
    /// `PIECES`
    #[serde(rename = "PIECES")]
    Pieces,
    /// `ANTHROPIC`
    #[serde(rename = "ANTHROPIC")]
    Anthropic,
    /// `IBM`
    #[serde(rename = "IBM")]
    Ibm,
    /// `SNOWFLAKE`
    #[serde(rename = "SNOWFLAKE")]
    Snowflake,
    /// `PERPLEXITY`
    #[serde(rename = "PERPLEXITY")]
    Perplexity,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display for ExternalMlProviderEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// ExternalProvider
///
/// I know that profileData and user_id have differeing casing but they are done because they map to Auth0's projeecties.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ExternalProvider {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `type` property.
    #[serde(rename = "type")]
    pub type_: ExternalProviderTypeEnum,
    /// This is the user_id within the provider.
    pub user_id: String,
    /// This is optional here, but will be present for BB, Github, and google.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub access_token: Option<String>,
    /// Some providers have an expiration on their access token.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub expires_in: Option<crate::Integer>,
    /// The `created` property.
    pub created: GroupedTimestamp,
    /// The `updated` property.
    pub updated: GroupedTimestamp,
    /// The `profileData` property.
    #[serde(
        rename = "profileData",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub profile_data: Option<ExternalProviderProfileData>,
    /// This is an optional field that will be provided onentreprise connections.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub connection: Option<String>,
    /// The `isSocial` property.
    #[serde(
        rename = "isSocial",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub is_social: Option<bool>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// ExternalProviderProfileData
///
/// All of these will be optional.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct ExternalProviderProfileData {
    /// The `name` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub name: Option<String>,
    /// The `picture` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub picture: Option<String>,
    /// The `nickname` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub nickname: Option<String>,
    /// The `email` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub email: Option<String>,
    /// The `email_verified` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub email_verified: Option<bool>,
    /// The `node_id` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub node_id: Option<String>,
    /// The `gravatar_id` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub gravatar_id: Option<String>,
    /// The `url` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub url: Option<String>,
    /// The `html_url` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub html_url: Option<String>,
    /// The `followers_url` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub followers_url: Option<String>,
    /// The `following_url` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub following_url: Option<String>,
    /// The `gists_url` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub gists_url: Option<String>,
    /// The `starred_url` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub starred_url: Option<String>,
    /// The `subscriptions_url` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub subscriptions_url: Option<String>,
    /// The `organizations_url` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub organizations_url: Option<String>,
    /// The `repos_url` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub repos_url: Option<String>,
    /// The `events_url` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub events_url: Option<String>,
    /// The `received_events_url` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub received_events_url: Option<String>,
    /// The `type` property.
    #[serde(
        rename = "type",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub type_: Option<String>,
    /// The `site_admin` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub site_admin: Option<bool>,
    /// The `company` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub company: Option<String>,
    /// The `blog` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub blog: Option<String>,
    /// The `anchor` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub anchor: Option<String>,
    /// The `hireable` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub hireable: Option<bool>,
    /// The `bio` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub bio: Option<String>,
    /// The `twitter_username` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub twitter_username: Option<String>,
    /// The `public_repos` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub public_repos: Option<crate::Integer>,
    /// The `public_gists` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub public_gists: Option<crate::Integer>,
    /// The `followers` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub followers: Option<crate::Integer>,
    /// The `following` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub following: Option<crate::Integer>,
    /// The `created_at` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub created_at: Option<String>,
    /// The `updated_at` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub updated_at: Option<String>,
    /// The `private_gists` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub private_gists: Option<crate::Integer>,
    /// The `total_private_repos` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub total_private_repos: Option<crate::Integer>,
    /// The `owned_private_repos` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub owned_private_repos: Option<crate::Integer>,
    /// The `disk_usage` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub disk_usage: Option<crate::Integer>,
    /// The `collaborators` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub collaborators: Option<crate::Integer>,
    /// The `two_factor_authentication` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub two_factor_authentication: Option<bool>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// ExternalProviders
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct ExternalProviders {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `iterable` property.
    pub iterable: Vec<ExternalProvider>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// ExternalProviderTypeEnum
///
/// This is an enum to describe the provider used to authenticate a user.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum ExternalProviderTypeEnum {
    /// `github`
    #[serde(rename = "github")]
    Github,
    /// `auth0`
    #[serde(rename = "auth0")]
    Auth0,
    /// `google-oauth2`
    #[serde(rename = "google-oauth2")]
    GoogleOauth2,
    /// `bitbucket`
    #[serde(rename = "bitbucket")]
    Bitbucket,
    /// `linkedin`
    #[serde(rename = "linkedin")]
    Linkedin,
    /// `twitter`
    #[serde(rename = "twitter")]
    Twitter,
    /// `facebook`
    #[serde(rename = "facebook")]
    Facebook,
    /// `waad`
    #[serde(rename = "waad")]
    Waad,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display for ExternalProviderTypeEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// FileFormat
///
/// This describes a FileFormat.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct FileFormat {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `bytes` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub bytes: Option<TransferableBytes>,
    /// The `string` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub string: Option<TransferableString>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// FlattenedActivities
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct FlattenedActivities {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `iterable` property.
    pub iterable: Vec<ReferencedActivity>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// FlattenedActivity
///
/// Note: - if mechanism == internal we will not display to the user.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedActivity {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `id` property.
    pub id: String,
    /// The `created` property.
    pub created: GroupedTimestamp,
    /// The `updated` property.
    pub updated: GroupedTimestamp,
    /// The `event` property.
    pub event: SeededConnectorTracking,
    /// The `application` property.
    pub application: Application,
    /// The `deleted` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub deleted: Option<GroupedTimestamp>,
    /// The `asset` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub asset: Option<ReferencedAsset>,
    /// The `format` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub format: Option<ReferencedFormat>,
    /// The `user` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub user: Option<FlattenedUserProfile>,
    /// The `mechanism` property.
    pub mechanism: MechanismEnum,
    /// The `rank` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub rank: Option<crate::Integer>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// FlattenedAnalysis
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct FlattenedAnalysis {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `code` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub code: Option<CodeAnalysis>,
    /// The `id` property.
    pub id: String,
    /// this is a reference to the format that it belongs too.
    pub format: String,
    /// The `image` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub image: Option<Box<FlattenedImageAnalysis>>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// FlattenedAnchor
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedAnchor {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `id` property.
    pub id: String,
    /// The `type` property.
    #[serde(rename = "type")]
    pub type_: AnchorTypeEnum,
    /// The `watch` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub watch: Option<bool>,
    /// The `points` property.
    pub points: FlattenedAnchorPoints,
    /// The `created` property.
    pub created: GroupedTimestamp,
    /// The `updated` property.
    pub updated: GroupedTimestamp,
    /// The `deleted` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub deleted: Option<GroupedTimestamp>,
    /// The `assets` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub assets: Option<FlattenedAssets>,
    /// The `name` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub name: Option<String>,
    /// The `annotations` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub annotations: Option<FlattenedAnnotations>,
    /// The `conversations` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub conversations: Option<FlattenedConversations>,
    /// The `score` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub score: Option<Score>,
    /// The `summaries` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub summaries: Option<FlattenedWorkstreamSummaries>,
    /// The `persons` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub persons: Option<FlattenedPersons>,
    /// The `messages` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub messages: Option<FlattenedConversationMessages>,
    /// Required by the schema, which does not describe `text`: any value it allows.
    pub text: serde_json::Value,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// FlattenedAnchorPoint
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedAnchorPoint {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `id` property.
    pub id: String,
    /// The `verified` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub verified: Option<bool>,
    /// This is the text of the path.
    pub fullpath: String,
    /// The `created` property.
    pub created: GroupedTimestamp,
    /// The `updated` property.
    pub updated: GroupedTimestamp,
    /// The `deleted` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub deleted: Option<GroupedTimestamp>,
    /// The `platform` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub platform: Option<PlatformEnum>,
    /// The `anchor` property.
    pub anchor: ReferencedAnchor,
    /// The `score` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub score: Option<Score>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// FlattenedAnchorPoints
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct FlattenedAnchorPoints {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `iterable` property.
    pub iterable: Vec<ReferencedAnchorPoint>,
    /// This is a Map<String, int> where the the key is an AnchorPoint id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub indices: Option<std::collections::BTreeMap<String, crate::Integer>>,
    /// The `score` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub score: Option<Score>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// FlattenedAnchors
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct FlattenedAnchors {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `iterable` property.
    pub iterable: Vec<ReferencedAnchor>,
    /// This is a Map<String, int> where the the key is an Anchor id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub indices: Option<std::collections::BTreeMap<String, crate::Integer>>,
    /// The `score` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub score: Option<Score>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// FlattenedAnnotation
///
/// This is the flattened Version of the annotation, IMPORTANT: when referencing these, ONLY Take the UUID, do NOT polinate(ie w/ asset/person/model) the FlattenedAnnotation as it can create an infinite loop.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedAnnotation {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `id` property.
    pub id: String,
    /// The `created` property.
    pub created: GroupedTimestamp,
    /// The `updated` property.
    pub updated: GroupedTimestamp,
    /// The `deleted` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub deleted: Option<GroupedTimestamp>,
    /// The `mechanism` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub mechanism: Option<MechanismEnum>,
    /// The `asset` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub asset: Option<ReferencedAsset>,
    /// The `person` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub person: Option<ReferencedPerson>,
    /// The `type` property.
    #[serde(rename = "type")]
    pub type_: AnnotationTypeEnum,
    /// This is the text of the annotation.
    pub text: String,
    /// The `model` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub model: Option<ReferencedModel>,
    /// The `pseudo` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub pseudo: Option<bool>,
    /// The `favorited` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub favorited: Option<bool>,
    /// The `anchor` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub anchor: Option<ReferencedAnchor>,
    /// The `conversation` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub conversation: Option<ReferencedConversation>,
    /// The `score` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub score: Option<Score>,
    /// The `messages` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub messages: Option<FlattenedConversationMessages>,
    /// The `summary` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub summary: Option<ReferencedWorkstreamSummary>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// FlattenedAnnotations
///
/// This is a flattened plural of Annotation, typically this will just be a list of uuids.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct FlattenedAnnotations {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `iterable` property.
    pub iterable: Vec<ReferencedAnnotation>,
    /// This is a Map<String, int> where the the key is an annotation id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub indices: Option<std::collections::BTreeMap<String, crate::Integer>>,
    /// The `score` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub score: Option<Score>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// FlattenedAsset [DAG Safety]
///
/// An Asset Model representing data extracted from an Application connecting a group of data containing one or more Formats.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedAsset {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The globally available UID representing the asset in the Database, both locally and in the cloud.
    pub id: String,
    /// The `name` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub name: Option<String>,
    /// The `creator` property.
    pub creator: String,
    /// The `created` property.
    pub created: GroupedTimestamp,
    /// The `updated` property.
    pub updated: GroupedTimestamp,
    /// The `synced` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub synced: Option<GroupedTimestamp>,
    /// The `deleted` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub deleted: Option<GroupedTimestamp>,
    /// The `formats` property.
    pub formats: FlattenedFormats,
    /// The `preview` property.
    pub preview: FlattenedPreview,
    /// An identifier of the format that is a reference to the original.
    pub original: String,
    /// The `shares` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub shares: Option<FlattenedShares>,
    /// The `mechanism` property.
    pub mechanism: MechanismEnum,
    /// The `websites` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub websites: Option<FlattenedWebsites>,
    /// The `interacted` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub interacted: Option<GroupedTimestamp>,
    /// The `tags` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub tags: Option<FlattenedTags>,
    /// The `sensitives` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub sensitives: Option<FlattenedSensitives>,
    /// The `persons` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub persons: Option<FlattenedPersons>,
    /// This is an optional boolean that will flag that this asset came from a currated collection.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub curated: Option<bool>,
    /// The `discovered` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub discovered: Option<bool>,
    /// The `activities` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub activities: Option<FlattenedActivities>,
    /// The `score` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub score: Option<Score>,
    /// The `favorited` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub favorited: Option<bool>,
    /// The `pseudo` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub pseudo: Option<bool>,
    /// The `annotations` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub annotations: Option<FlattenedAnnotations>,
    /// The `hints` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub hints: Option<FlattenedHints>,
    /// The `anchors` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub anchors: Option<FlattenedAnchors>,
    /// The `conversations` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub conversations: Option<FlattenedConversations>,
    /// This will let us know if this asset was generated as a 'demo' snippet
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub demo: Option<bool>,
    /// The `summaries` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub summaries: Option<FlattenedWorkstreamSummaries>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// FlattenedAssets [DAG Safety]
///
/// A collection of Assets specific to the authenticated user.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct FlattenedAssets {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `iterable` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub iterable: Option<Vec<ReferencedAsset>>,
    /// This is a Map<String, int> where the the key is an asset id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub indices: Option<std::collections::BTreeMap<String, crate::Integer>>,
    /// The `score` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub score: Option<Score>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// FlattenedConversation
///
/// This is a flattened version of the Convsersation for DAG-Safety.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedConversation {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `id` property.
    pub id: String,
    /// This is a name that is customized.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub name: Option<String>,
    /// The `created` property.
    pub created: GroupedTimestamp,
    /// The `updated` property.
    pub updated: GroupedTimestamp,
    /// The `deleted` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub deleted: Option<GroupedTimestamp>,
    /// The `favorited` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub favorited: Option<bool>,
    /// The `application` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub application: Option<Application>,
    /// The `annotations` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub annotations: Option<FlattenedAnnotations>,
    /// The `messages` property.
    pub messages: FlattenedConversationMessages,
    /// The `model` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub model: Option<ReferencedModel>,
    /// The `assets` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub assets: Option<FlattenedAssets>,
    /// The `websites` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub websites: Option<FlattenedWebsites>,
    /// The `anchors` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub anchors: Option<FlattenedAnchors>,
    /// The `type` property.
    #[serde(rename = "type")]
    pub type_: ConversationTypeEnum,
    /// The `grounding` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub grounding: Option<ConversationGrounding>,
    /// The `score` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub score: Option<Score>,
    /// The `pipeline` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub pipeline: Option<QgptPromptPipeline>,
    /// This will let us know if this conversation was generated as a 'demo' conversation
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub demo: Option<bool>,
    /// The `summaries` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub summaries: Option<FlattenedWorkstreamSummaries>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// FlattenedConversationMessage
///
/// This is a flattened DAG safe version of a ConversationMessage.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedConversationMessage {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `id` property.
    pub id: String,
    /// The `created` property.
    pub created: GroupedTimestamp,
    /// The `updated` property.
    pub updated: GroupedTimestamp,
    /// The `deleted` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub deleted: Option<GroupedTimestamp>,
    /// The `model` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub model: Option<Model>,
    /// The `fragment` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub fragment: Option<FragmentFormat>,
    /// The `conversation` property.
    pub conversation: ReferencedConversation,
    /// The `sentiment` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub sentiment: Option<ConversationMessageSentimentEnum>,
    /// The `role` property.
    pub role: QgptConversationMessageRoleEnum,
    /// The `score` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub score: Option<Score>,
    /// The `annotations` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub annotations: Option<FlattenedAnnotations>,
    /// The `anchors` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub anchors: Option<FlattenedAnchors>,
    /// The `persons` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub persons: Option<FlattenedPersons>,
    /// The `websites` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub websites: Option<FlattenedWebsites>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// FlattenedConversationMessages
///
/// This is a flattened plural version of ConversationMessages
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct FlattenedConversationMessages {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `iterable` property.
    pub iterable: Vec<ReferencedConversationMessage>,
    /// This is a Map<String, int> where the the key is an ConversationMessage id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub indices: Option<std::collections::BTreeMap<String, crate::Integer>>,
    /// The `score` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub score: Option<Score>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// FlattenedConversations
///
/// Flattened version of conversations.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct FlattenedConversations {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `iterable` property.
    pub iterable: Vec<ReferencedConversation>,
    /// This is a Map<String, int> where the the key is an Conversation id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub indices: Option<std::collections::BTreeMap<String, crate::Integer>>,
    /// The `score` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub score: Option<Score>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// FlattenedDistribution
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedDistribution {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `id` property.
    pub id: String,
    /// This is the UUId of the share.
    pub share: String,
    /// The `created` property.
    pub created: GroupedTimestamp,
    /// The `updated` property.
    pub updated: GroupedTimestamp,
    /// The `deleted` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub deleted: Option<GroupedTimestamp>,
    /// The `mailgun` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub mailgun: Option<MailgunDistribution>,
    /// The `github` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub github: Option<GitHubDistribution>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// FlattenedDistributions
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct FlattenedDistributions {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `iterable` property.
    pub iterable: Vec<ReferencedDistribution>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// FlattenedFormat [DAG Safety]
///
/// A representation of Data for a particular Form Factor of an Asset.[DAG Compatible - Directed Acyclic Graph Data Structure]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedFormat {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `id` property.
    pub id: String,
    /// The `creator` property.
    pub creator: String,
    /// The `classification` property.
    pub classification: Classification,
    /// The `icon` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub icon: Option<String>,
    /// The `role` property.
    pub role: Role,
    /// The `application` property.
    pub application: Application,
    /// UniversalUniqueIdentifier (UUID)
    ///
    /// A uuid model.
    pub asset: uuid::Uuid,
    /// The `bytes` property.
    pub bytes: ByteDescriptor,
    /// The `created` property.
    pub created: GroupedTimestamp,
    /// The `updated` property.
    pub updated: GroupedTimestamp,
    /// The `deleted` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub deleted: Option<GroupedTimestamp>,
    /// The `synced` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub synced: Option<GroupedTimestamp>,
    /// This is a path used to determine what path this format lives at within the cloud.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub cloud: Option<String>,
    /// The `fragment` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub fragment: Option<FragmentFormat>,
    /// The `file` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub file: Option<FileFormat>,
    /// The `analysis` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub analysis: Option<Box<FlattenedAnalysis>>,
    /// The `relationship` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub relationship: Option<Relationship>,
    /// The `activities` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub activities: Option<FlattenedActivities>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// FlattenedFormats
///
/// A collection of Formats specific to the authenticated user.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct FlattenedFormats {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `iterable` property.
    pub iterable: Vec<ReferencedFormat>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// FlattenedHint
///
/// This is the flattened version of a hint.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedHint {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `id` property.
    pub id: String,
    /// The `created` property.
    pub created: GroupedTimestamp,
    /// The `updated` property.
    pub updated: GroupedTimestamp,
    /// The `deleted` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub deleted: Option<GroupedTimestamp>,
    /// This is a Map<String, MechanismEnum> where the the key is an asset id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub mechanisms: Option<std::collections::BTreeMap<String, MechanismEnum>>,
    /// The `assets` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub assets: Option<FlattenedAssets>,
    /// The `type` property.
    #[serde(rename = "type")]
    pub type_: HintTypeEnum,
    /// This is the text of the hint.
    pub text: String,
    /// The `model` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub model: Option<ReferencedModel>,
    /// The `score` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub score: Option<Score>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// FlattenedHints
///
/// This is the flattened Version of plural hints.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct FlattenedHints {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `iterable` property.
    pub iterable: Vec<ReferencedHint>,
    /// This is a Map<String, int> where the the key is an hint id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub indices: Option<std::collections::BTreeMap<String, crate::Integer>>,
    /// The `score` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub score: Option<Score>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// FlattenedImageAnalysis
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct FlattenedImageAnalysis {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `id` property.
    pub id: String,
    /// The `ocr` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub ocr: Option<Box<FlattenedOcrAnalysis>>,
    /// this is a reference to our (parent)analysis
    pub analysis: String,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// FlattenedOCRAnalysis
///
/// [DAG Safe] Ocr Analysis that will reference FlattenedFormats.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedOcrAnalysis {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `id` property.
    pub id: String,
    /// The `raw` property.
    pub raw: Box<ReferencedFormat>,
    /// The `hocr` property.
    pub hocr: Box<ReferencedFormat>,
    /// The `model` property.
    pub model: Model,
    /// this is a refernece to the image analysis.
    pub image: String,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// FlattenedPerson
///
/// if expiration is add then, after the alloted expiration date the user will only have view && comment only permissions.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedPerson {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `id` property.
    pub id: String,
    /// The `created` property.
    pub created: GroupedTimestamp,
    /// The `updated` property.
    pub updated: GroupedTimestamp,
    /// The `deleted` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub deleted: Option<GroupedTimestamp>,
    /// The `type` property.
    #[serde(rename = "type")]
    pub type_: PersonType,
    /// The `assets` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub assets: Option<FlattenedAssets>,
    /// This is a Map<String, MechanismEnum> where the the key is an asset id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub mechanisms: Option<std::collections::BTreeMap<String, MechanismEnum>>,
    /// This is an optional value that will keep track of the number of times this has been interacted with.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub interactions: Option<crate::Integer>,
    /// This is a Map<String, PersonAccess> where the the key is an asset id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub access: Option<std::collections::BTreeMap<String, PersonAccess>>,
    /// The `tags` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub tags: Option<FlattenedTags>,
    /// The `websites` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub websites: Option<FlattenedWebsites>,
    /// This is a Map<String, PersonModel>, where the the key is an asset id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub models: Option<std::collections::BTreeMap<String, PersonModel>>,
    /// The `annotations` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub annotations: Option<FlattenedAnnotations>,
    /// The `score` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub score: Option<Score>,
    /// The `summaries` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub summaries: Option<FlattenedWorkstreamSummaries>,
    /// The `anchors` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub anchors: Option<FlattenedAnchors>,
    /// The `messages` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub messages: Option<FlattenedConversationMessages>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// FlattenedPersons
///
/// This is the plural of Person.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct FlattenedPersons {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `iterable` property.
    pub iterable: Vec<ReferencedPerson>,
    /// This is a Map<String, int> where the the key is an person id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub indices: Option<std::collections::BTreeMap<String, crate::Integer>>,
    /// The `score` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub score: Option<Score>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// FlattenedPreview
///
/// These are the references of the formats **Only UUIDS**
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct FlattenedPreview {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// this is a reference(uuid) to the base format
    pub base: String,
    /// this is a reference(uuid) to the overlay format
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub overlay: Option<String>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// FlattenedRange
///
/// This is a DAG-Safe minimal representation of a Range.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedRange {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `id` property.
    pub id: String,
    /// The `score` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub score: Option<Score>,
    /// The `created` property.
    pub created: GroupedTimestamp,
    /// The `updated` property.
    pub updated: GroupedTimestamp,
    /// The `to` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub to: Option<GroupedTimestamp>,
    /// The `from` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub from: Option<GroupedTimestamp>,
    /// The `between` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub between: Option<bool>,
    /// The `summaries` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub summaries: Option<FlattenedWorkstreamSummaries>,
    /// The `conversations` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub conversations: Option<FlattenedConversations>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// FlattenedRanges
///
/// This is a DAG-Safe minimal representation of many Ranges.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct FlattenedRanges {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `iterable` property.
    pub iterable: Vec<ReferencedRange>,
    /// This is a Map<String, int> where the the key is an range id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub indices: Option<std::collections::BTreeMap<String, crate::Integer>>,
    /// The `score` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub score: Option<Score>,
    /// The `continuous` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub continuous: Option<bool>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// FlattenedSensitive
///
/// This is a dereferenced representation of a sensitive pieces of data.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedSensitive {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `id` property.
    pub id: String,
    /// The `created` property.
    pub created: GroupedTimestamp,
    /// The `updated` property.
    pub updated: GroupedTimestamp,
    /// The `deleted` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub deleted: Option<GroupedTimestamp>,
    /// The `asset` property.
    pub asset: ReferencedAsset,
    /// The `text` property.
    pub text: String,
    /// The `mechanism` property.
    pub mechanism: MechanismEnum,
    /// The `category` property.
    pub category: SensitiveCategoryEnum,
    /// The `severity` property.
    pub severity: SensitiveSeverityEnum,
    /// The `name` property.
    pub name: String,
    /// The `description` property.
    pub description: String,
    /// The `metadata` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub metadata: Option<SensitiveMetadata>,
    /// This is an optional value that will keep track of the number of times this has been interacted with.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub interactions: Option<crate::Integer>,
    /// The `score` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub score: Option<Score>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// FlattenedSensitives
///
/// This is a flattened representation of multiple sensitive pieces of data.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct FlattenedSensitives {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `iterable` property.
    pub iterable: Vec<ReferencedSensitive>,
    /// The `score` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub score: Option<Score>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// FlattenedShare [DAG SAFE]
///
/// This is a dag safe version of the Share.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedShare {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// This references the share it self.
    pub id: String,
    /// this is the asset id on the flattened share.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub asset: Option<String>,
    /// this is the uuid of the user that the share is created for.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub user: Option<String>,
    /// this is the prebuilt link.
    pub link: String,
    /// The `access` property.
    pub access: AccessEnum,
    /// The `accessors` property.
    pub accessors: Accessors,
    /// The `created` property.
    pub created: GroupedTimestamp,
    /// This is a shortened version of our uuid.
    pub short: String,
    /// The `name` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub name: Option<String>,
    /// The `assets` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub assets: Option<FlattenedAssets>,
    /// The `distributions` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub distributions: Option<FlattenedDistributions>,
    /// The `score` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub score: Option<Score>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// FlattenedShares [DAG Safe]
///
/// This is just an iterable of our individual share models.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct FlattenedShares {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `iterable` property.
    pub iterable: Vec<FlattenedShare>,
    /// The `score` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub score: Option<Score>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// FlattenedTag
///
/// This is a Flattened Version of a Tag.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedTag {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `id` property.
    pub id: String,
    /// The `text` property.
    pub text: String,
    /// This is a Map<String, MechanismEnum> where the the key is an asset id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub mechanisms: Option<std::collections::BTreeMap<String, MechanismEnum>>,
    /// The `assets` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub assets: Option<FlattenedAssets>,
    /// The `created` property.
    pub created: GroupedTimestamp,
    /// The `updated` property.
    pub updated: GroupedTimestamp,
    /// The `deleted` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub deleted: Option<GroupedTimestamp>,
    /// The `category` property.
    pub category: TagCategoryEnum,
    /// The `relationship` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub relationship: Option<Relationship>,
    /// This is an optional value that will keep track of the number of times this has been interacted with.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub interactions: Option<crate::Integer>,
    /// The `persons` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub persons: Option<FlattenedPersons>,
    /// The `score` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub score: Option<Score>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// FlattenedTags
///
/// This is multiple ReferencedTags(which includes an optional FlattenedTag Model within the reference model).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct FlattenedTags {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `iterable` property.
    pub iterable: Vec<ReferencedTag>,
    /// This is a Map<String, int> where the the key is an tag id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub indices: Option<std::collections::BTreeMap<String, crate::Integer>>,
    /// The `score` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub score: Option<Score>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// FlattenedUserProfile
///
/// This is a FlattenedUserProfile that includes information that is not sensative in relation to a user.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct FlattenedUserProfile {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// this is the uuid that identifies a user.
    pub id: String,
    /// The `email` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub email: Option<String>,
    /// The `name` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub name: Option<String>,
    /// The `username` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub username: Option<String>,
    /// The `picture` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub picture: Option<String>,
    /// The `vanityname` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub vanityname: Option<String>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// FlattenedWebsite
///
/// This is a specific model for related websites to an asset.[DAG SAFE]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedWebsite {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// this is aspecific uuid that represents
    pub id: String,
    /// The `assets` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub assets: Option<FlattenedAssets>,
    /// A customizable name.
    pub name: String,
    /// The true url or the website.
    pub url: String,
    /// The `created` property.
    pub created: GroupedTimestamp,
    /// The `updated` property.
    pub updated: GroupedTimestamp,
    /// The `deleted` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub deleted: Option<GroupedTimestamp>,
    /// This is a Map<String, MechanismEnum> where the the key is an asset id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub mechanisms: Option<std::collections::BTreeMap<String, MechanismEnum>>,
    /// This is an optional value that will keep track of the number of times this has been interacted with.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub interactions: Option<crate::Integer>,
    /// The `persons` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub persons: Option<FlattenedPersons>,
    /// The `conversations` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub conversations: Option<FlattenedConversations>,
    /// The `score` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub score: Option<Score>,
    /// The `summaries` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub summaries: Option<FlattenedWorkstreamSummaries>,
    /// The `messages` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub messages: Option<FlattenedConversationMessages>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// FlattenedWebsites
///
/// This is a specific model for related websites to an asset.[DAG SAFE]
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct FlattenedWebsites {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `iterable` property.
    pub iterable: Vec<ReferencedWebsite>,
    /// This is a Map<String, int> where the the key is an website id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub indices: Option<std::collections::BTreeMap<String, crate::Integer>>,
    /// The `score` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub score: Option<Score>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// FlattenedWorkstreamEvent
///
/// This is a singular (DAG Safe) version of a WorkstreamEvent.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedWorkstreamEvent {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `id` property.
    pub id: String,
    /// The `score` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub score: Option<Score>,
    /// The `application` property.
    pub application: Application,
    /// The `created` property.
    pub created: GroupedTimestamp,
    /// The `updated` property.
    pub updated: GroupedTimestamp,
    /// The `trigger` property.
    pub trigger: WorkstreamEventTrigger,
    /// The `context` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub context: Option<WorkstreamEventContext>,
    /// The `summaries` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub summaries: Option<FlattenedWorkstreamSummaries>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// FlattenedWorkstreamEvents
///
/// This is a plural (DAG Safe) version of a WorkstreamEvents.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct FlattenedWorkstreamEvents {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `iterable` property.
    pub iterable: Vec<ReferencedWorkstreamEvent>,
    /// This is a Map<String, int> where the the key is an activity id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub indices: Option<std::collections::BTreeMap<String, crate::Integer>>,
    /// The `score` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub score: Option<Score>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// FlattenedWorkstreamSummaries
///
/// This is a DAG-Safe plural model of workstreamsummaries
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct FlattenedWorkstreamSummaries {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `iterable` property.
    pub iterable: Vec<ReferencedWorkstreamSummary>,
    /// This is a Map<String, int> where the the key is an summary id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub indices: Option<std::collections::BTreeMap<String, crate::Integer>>,
    /// The `score` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub score: Option<Score>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// FlattenedWorkstreamSummary
///
/// This is a DAG-Safe minimal representation of a workstream summary
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedWorkstreamSummary {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `id` property.
    pub id: String,
    /// The `score` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub score: Option<Score>,
    /// The `created` property.
    pub created: GroupedTimestamp,
    /// The `updated` property.
    pub updated: GroupedTimestamp,
    /// The `events` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub events: Option<FlattenedWorkstreamEvents>,
    /// The `name` property.
    pub name: String,
    /// The `annotations` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub annotations: Option<FlattenedAnnotations>,
    /// The `ranges` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub ranges: Option<FlattenedRanges>,
    /// The `model` property.
    pub model: Model,
    /// The `websites` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub websites: Option<FlattenedWebsites>,
    /// The `anchors` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub anchors: Option<FlattenedAnchors>,
    /// The `assets` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub assets: Option<FlattenedAssets>,
    /// The `conversations` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub conversations: Option<FlattenedConversations>,
    /// The `persons` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub persons: Option<FlattenedPersons>,
    /// The `applications` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub applications: Option<Applications>,
    /// Required by the schema, which does not describe `range`: any value it allows.
    pub range: serde_json::Value,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// Font
///
/// This will describe the font that the user sees.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Font {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `size` property.
    pub size: crate::Integer,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// FragmentFormat
///
/// This will be either a TransferableString or TransferableBytes that represent your fragment.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct FragmentFormat {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `string` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub string: Option<TransferableString>,
    /// The `bytes` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub bytes: Option<TransferableBytes>,
    /// The `metadata` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub metadata: Option<FragmentMetadata>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// FragmentMetadata
///
/// This is a model for metadata of a file!
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct FragmentMetadata {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `ext` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub ext: Option<ClassificationSpecificEnum>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// GitHubDistribution
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct GitHubDistribution {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `gist` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub gist: Option<GitHubGistDistribution>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// GitHubGistDistribution
///
/// This is a published Github Gist.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GitHubGistDistribution {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `recipients` property.
    pub recipients: Recipients,
    /// This will let us know if the gist is public or private.
    pub public: bool,
    /// This is the description of the Gist Distribution
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub description: Option<String>,
    /// This is the name of the gist you will add.
    pub name: String,
    /// The `created` property.
    pub created: GroupedTimestamp,
    /// The `updated` property.
    pub updated: GroupedTimestamp,
    /// The `deleted` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub deleted: Option<GroupedTimestamp>,
    /// This is the id that github uses to represent the gist.
    pub github_id: String,
    /// This is the url where the gist is.
    pub url: String,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// GraphicalImageDescriptiveStatistics
///
/// Model for collecting descriptive statistics of images uploaded to Pieces
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct GraphicalImageDescriptiveStatistics {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `width` property.
    pub width: String,
    /// The `height` property.
    pub height: String,
    /// The `channels` property.
    pub channels: String,
    /// The `asset` property.
    pub asset: String,
    /// The `user` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub user: Option<String>,
    /// The `created` property.
    pub created: String,
    /// The `os` property.
    pub os: String,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// GraphicalImageProcessing
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct GraphicalImageProcessing {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `statistics` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub statistics: Option<GraphicalImageStatistics>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// GraphicalImageStatistics
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct GraphicalImageStatistics {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `descriptive` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub descriptive: Option<GraphicalImageDescriptiveStatistics>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// GraphicalMachineLearningProcessingEvent
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct GraphicalMachineLearningProcessingEvent {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `ocr` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub ocr: Option<GraphicalOcrProcessing>,
    /// The `image` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub image: Option<GraphicalImageProcessing>,
    /// The `svg` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub svg: Option<GraphicalSvgStatistics>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// GraphicalOCRDescriptiveStatistics
///
/// Model for monitoring and evaluating the OCR feature
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct GraphicalOcrDescriptiveStatistics {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `asset` property.
    pub asset: String,
    /// The `user` property.
    pub user: String,
    /// The `model` property.
    pub model: String,
    /// The `created` property.
    pub created: String,
    /// The `os` property.
    pub os: String,
    /// The `confidence` property.
    pub confidence: GraphicalOcrDescriptiveStatisticsConfidence,
    /// The `duration` property.
    pub duration: String,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// The `GraphicalOCRDescriptiveStatistics_confidence` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct GraphicalOcrDescriptiveStatisticsConfidence {
    /// The `mean` property.
    pub mean: String,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// GraphicalOCRProcessing
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct GraphicalOcrProcessing {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `statistics` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub statistics: Option<GraphicalOcrStatistics>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// GraphicalOCRStatistics
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct GraphicalOcrStatistics {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `descriptive` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub descriptive: Option<GraphicalOcrDescriptiveStatistics>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// GraphicalSVGStatistics
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct GraphicalSvgStatistics {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `id` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub id: Option<String>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// GroupedTimestamp
///
/// A helper classs to wrap Date-Time Values with Useful Helper Properties
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GroupedTimestamp {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `value` property.
    pub value: chrono::DateTime<chrono::FixedOffset>,
    /// The `readable` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub readable: Option<String>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// HintTypeEnum
///
/// This is the hint enum used to describe a type of hint.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum HintTypeEnum {
    /// `SUGGESTED_QUERY`
    #[serde(rename = "SUGGESTED_QUERY")]
    SuggestedQuery,
    /// `QGPT_HINT`
    #[serde(rename = "QGPT_HINT")]
    QgptHint,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display for HintTypeEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// IDESelection
///
/// This is a given bit of text/code that is selected in the IDE, this can be a copy/paste/selection
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct IdeSelection {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `location` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub location: Option<LanguageServerProtocolLocation>,
    /// The `classification` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub classification: Option<Classification>,
    /// The `value` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub value: Option<TransferableString>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// IDESelections
///
/// Plural model that represent many selections in the browser
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct IdeSelections {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `iterable` property.
    pub iterable: Vec<IdeSelection>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// IDETab
///
/// This is a representation of an IDE Tab
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IdeTab {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `value` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub value: Option<TransferableString>,
    /// The `classification` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub classification: Option<Classification>,
    /// The `selections` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub selections: Option<IdeSelections>,
    /// The `anchor` property.
    pub anchor: SeededAnchor,
    /// The `range` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub range: Option<AnonymousTemporalRange>,
    /// The `current` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub current: Option<bool>,
    /// The `contributors` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub contributors: Option<DocumentContributors>,
    /// The `lsp` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub lsp: Option<LanguageServerProtocol>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// IDETabs
///
/// This is a plural representation of a IDETab
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct IdeTabs {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `iterable` property.
    pub iterable: Vec<IdeTab>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// LanguageServerProtocol
///
/// TODO
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct LanguageServerProtocol {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `diagnostics` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub diagnostics: Option<LanguageServerProtocolDiagnostics>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// LanguageServerProtocolCode
///
/// NOTE: this can me a union type here..
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct LanguageServerProtocolCode {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `code_integer` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub code_integer: Option<crate::Integer>,
    /// The `code_string` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub code_string: Option<String>,
    /// This is a Map<String, String>, basically just a json object for additional data if int/string will not work
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub raw_json: Option<std::collections::BTreeMap<String, String>>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// LanguageServerProtocolCodeDescription
///
/// modeled off of (https://microsoft.github.io/language-server-protocol/specifications/lsp/3.17/specification/#codeDescription)
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct LanguageServerProtocolCodeDescription {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `href` property.
    pub href: String,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// LanguageServerProtocolDiagnostic
///
/// TODO
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct LanguageServerProtocolDiagnostic {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `range` property.
    pub range: LanguageServerProtocolLocationRange,
    /// The `severity` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub severity: Option<LanguageServerProtocolSeverityEnum>,
    /// The `code` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub code: Option<LanguageServerProtocolCode>,
    /// The `codeDescription` property.
    #[serde(
        rename = "codeDescription",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub code_description: Option<LanguageServerProtocolCodeDescription>,
    /// The `source` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub source: Option<String>,
    /// The `message` property.
    pub message: String,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// LanguageServerProtocolDiagnostics
///
/// TODO
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct LanguageServerProtocolDiagnostics {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `iterable` property.
    pub iterable: Vec<LanguageServerProtocolDiagnostic>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// LanguageServerProtocolLocation
///
/// modeled after this (https://microsoft.github.io/language-server-protocol/specifications/lsp/3.17/specification/#location)
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct LanguageServerProtocolLocation {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `uri` property.
    pub uri: String,
    /// The `range` property.
    pub range: LanguageServerProtocolLocationRange,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// LanguageServerProtocolLocationRange
///
/// modeled after this (https://microsoft.github.io/language-server-protocol/specifications/lsp/3.17/specification/#range)
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct LanguageServerProtocolLocationRange {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `start` property.
    pub start: LanguageServerProtocolLocationRangePosition,
    /// The `end` property.
    pub end: LanguageServerProtocolLocationRangePosition,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// LanguageServerProtocolLocationRangePosition
///
/// modeled after this (https://microsoft.github.io/language-server-protocol/specifications/lsp/3.17/specification/#position)
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct LanguageServerProtocolLocationRangePosition {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `line` property.
    pub line: crate::Integer,
    /// The `character` property.
    pub character: crate::Integer,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// LanguageServerProtocolSeverityEnum
///
/// modeled of of https://microsoft.github.io/language-server-protocol/specifications/lsp/3.17/specification/#diagnosticSeverity
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum LanguageServerProtocolSeverityEnum {
    /// `ERROR`
    #[serde(rename = "ERROR")]
    Error,
    /// `WARNING`
    #[serde(rename = "WARNING")]
    Warning,
    /// `INFORMATION`
    #[serde(rename = "INFORMATION")]
    Information,
    /// `HINT`
    #[serde(rename = "HINT")]
    Hint,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display for LanguageServerProtocolSeverityEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// MailgunDistribution
///
/// This is a specific Distribution for mailgun specific information.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct MailgunDistribution {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `recipients` property.
    pub recipients: Recipients,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// MailgunMetadata
///
/// TODO add additional properties.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct MailgunMetadata {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// This is the id given to us from mailgun when the email was sent successfully.
    #[serde(rename = "messageId")]
    pub message_id: String,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// MechanismEnum
///
/// This will let us know how an asset was uploaded.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum MechanismEnum {
    /// `MANUAL`
    #[serde(rename = "MANUAL")]
    Manual,
    /// `RECOMMENDED`
    #[serde(rename = "RECOMMENDED")]
    Recommended,
    /// `AUTOMATIC`
    #[serde(rename = "AUTOMATIC")]
    Automatic,
    /// `INTERNAL`
    #[serde(rename = "INTERNAL")]
    Internal,
    /// `DELETED`
    #[serde(rename = "DELETED")]
    Deleted,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display for MechanismEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// Model
///
/// This is a Machine Learning Model, that will give readable information about the Machine Learning Model Used.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Model {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// uuid
    pub id: String,
    /// this is a version of the model.
    pub version: String,
    /// The `created` property.
    pub created: GroupedTimestamp,
    /// This is an Optional Name of the Model.
    pub name: String,
    /// An Optional Description of the model itself.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub description: Option<String>,
    /// This will inform the user if this was a model that is hosted in the cloud
    pub cloud: bool,
    /// The `type` property.
    #[serde(rename = "type")]
    pub type_: ModelTypeEnum,
    /// The `usage` property.
    pub usage: ModelUsageEnum,
    /// The `bytes` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub bytes: Option<ByteDescriptor>,
    /// The `ram` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub ram: Option<ByteDescriptor>,
    /// quantization is a string like: q8f16_0, q4f16_1, etc...
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub quantization: Option<String>,
    /// The `foundation` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub foundation: Option<ModelFoundationEnum>,
    /// This is an optional bool to let us know if this model has been downloaded locally.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub downloaded: Option<bool>,
    /// This is a boolean that represents if the model is loaded into memory.(this is not persisted, and is calculated on the fly.)
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub loaded: Option<bool>,
    /// This is the unique model name used to load the model.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub unique: Option<String>,
    /// This is the number of parameters in terms of billions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parameters: Option<f64>,
    /// The `provider` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub provider: Option<ExternalMlProviderEnum>,
    /// This is an optional bool that is optimized for CPU usage.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub cpu: Option<bool>,
    /// This is a calculated property, that will say if this is currently downloading.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub downloading: Option<bool>,
    /// The `maxTokens` property.
    #[serde(
        rename = "maxTokens",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub max_tokens: Option<ModelMaxTokens>,
    /// This will let us know if this is a custom, or fine tuned model imported by the user.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub custom: Option<bool>,
    /// The `capabilities` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub capabilities: Option<ModelCapabilities>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// ModelCapabilities
///
/// This will let us know what capabilities the model is aloud to be used for.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct ModelCapabilities {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// True if model is able to support live context and any other temporally powered RAG Capabilities i.e. "What did I do yesterday?"
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub temporal: Option<bool>,
    /// True if the model can leverage images and graphical material files in it's context window
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub images: Option<bool>,
    /// True if the model can leverage videos files in it's context window
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub videos: Option<bool>,
    /// True if the model can leverage code/text/other files in it's context window
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub documents: Option<bool>,
    /// True if the model can leverage entire code bases/snippetized code bases in its context window
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub codebases: Option<bool>,
    /// True if the model can leverage saved assets & their metadata in its context window.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub assets: Option<bool>,
    /// True if the model can leverage websites in its context window.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub websites: Option<bool>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// ModelFoundationEnum
///
/// This is used to describe the foundational models used within POS.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum ModelFoundationEnum {
    /// `GPT_3.5`
    #[serde(rename = "GPT_3.5")]
    Gpt35,
    /// `GPT_4`
    #[serde(rename = "GPT_4")]
    Gpt4,
    /// `T5`
    #[serde(rename = "T5")]
    T5,
    /// `LLAMA_2_7B`
    #[serde(rename = "LLAMA_2_7B")]
    Llama27b,
    /// `LLAMA_2_13B`
    #[serde(rename = "LLAMA_2_13B")]
    Llama213b,
    /// `LLAMA_2_70B`
    #[serde(rename = "LLAMA_2_70B")]
    Llama270b,
    /// `LLAMA_3_2B`
    #[serde(rename = "LLAMA_3_2B")]
    Llama32b,
    /// `LLAMA_3_13B`
    #[serde(rename = "LLAMA_3_13B")]
    Llama313b,
    /// `LLAMA_3_70B`
    #[serde(rename = "LLAMA_3_70B")]
    Llama370b,
    /// `CODE_LLAMA_2_7B`
    #[serde(rename = "CODE_LLAMA_2_7B")]
    CodeLlama27b,
    /// `CODE_LLAMA_2_13B`
    #[serde(rename = "CODE_LLAMA_2_13B")]
    CodeLlama213b,
    /// `CODE_LLAMA_2_70B`
    #[serde(rename = "CODE_LLAMA_2_70B")]
    CodeLlama270b,
    /// `BARD`
    #[serde(rename = "BARD")]
    Bard,
    /// `ALPACA_7B`
    #[serde(rename = "ALPACA_7B")]
    Alpaca7b,
    /// `ALPACA_13B`
    #[serde(rename = "ALPACA_13B")]
    Alpaca13b,
    /// `ALPACA_33B`
    #[serde(rename = "ALPACA_33B")]
    Alpaca33b,
    /// `ALPACA_65B`
    #[serde(rename = "ALPACA_65B")]
    Alpaca65b,
    /// `VICUNA_7B`
    #[serde(rename = "VICUNA_7B")]
    Vicuna7b,
    /// `VICUNA_13B`
    #[serde(rename = "VICUNA_13B")]
    Vicuna13b,
    /// `VICUNA_33B`
    #[serde(rename = "VICUNA_33B")]
    Vicuna33b,
    /// `VICUNA_65B`
    #[serde(rename = "VICUNA_65B")]
    Vicuna65b,
    /// `GUANACO_7B`
    #[serde(rename = "GUANACO_7B")]
    Guanaco7b,
    /// `GUANACO_13B`
    #[serde(rename = "GUANACO_13B")]
    Guanaco13b,
    /// `GUANACO_33B`
    #[serde(rename = "GUANACO_33B")]
    Guanaco33b,
    /// `GUANACO_65B`
    #[serde(rename = "GUANACO_65B")]
    Guanaco65b,
    /// `OPENLLAMA_7B`
    #[serde(rename = "OPENLLAMA_7B")]
    Openllama7b,
    /// `OPENLLAMA_13B`
    #[serde(rename = "OPENLLAMA_13B")]
    Openllama13b,
    /// `GORILLA_7B`
    #[serde(rename = "GORILLA_7B")]
    Gorilla7b,
    /// `GORILLA_13B`
    #[serde(rename = "GORILLA_13B")]
    Gorilla13b,
    /// `GORILLA_33B`
    #[serde(rename = "GORILLA_33B")]
    Gorilla33b,
    /// `GORILLA_65B`
    #[serde(rename = "GORILLA_65B")]
    Gorilla65b,
    /// `WIZARDLM_7B`
    #[serde(rename = "WIZARDLM_7B")]
    Wizardlm7b,
    /// `WIZARDLM_13B`
    #[serde(rename = "WIZARDLM_13B")]
    Wizardlm13b,
    /// `WIZARDLM_30B`
    #[serde(rename = "WIZARDLM_30B")]
    Wizardlm30b,
    /// `YULANCHAT_13B`
    #[serde(rename = "YULANCHAT_13B")]
    Yulanchat13b,
    /// `YULANCHAT_65B`
    #[serde(rename = "YULANCHAT_65B")]
    Yulanchat65b,
    /// `REDPAJAMA_3B`
    #[serde(rename = "REDPAJAMA_3B")]
    Redpajama3b,
    /// `REDPAJAMA_7B`
    #[serde(rename = "REDPAJAMA_7B")]
    Redpajama7b,
    /// `REDPAJAMA_13B`
    #[serde(rename = "REDPAJAMA_13B")]
    Redpajama13b,
    /// `REDPAJAMA_33B`
    #[serde(rename = "REDPAJAMA_33B")]
    Redpajama33b,
    /// `REDPAJAMA_65B`
    #[serde(rename = "REDPAJAMA_65B")]
    Redpajama65b,
    /// `DOLLY_70M`
    #[serde(rename = "DOLLY_70M")]
    Dolly70m,
    /// `DOLLY_160M`
    #[serde(rename = "DOLLY_160M")]
    Dolly160m,
    /// `DOLLY_410M`
    #[serde(rename = "DOLLY_410M")]
    Dolly410m,
    /// `DOLLY_1B`
    #[serde(rename = "DOLLY_1B")]
    Dolly1b,
    /// `DOLLY_1.4B`
    #[serde(rename = "DOLLY_1.4B")]
    Dolly14b,
    /// `DOLLY_2.8B`
    #[serde(rename = "DOLLY_2.8B")]
    Dolly28b,
    /// `DOLLY_6.9B`
    #[serde(rename = "DOLLY_6.9B")]
    Dolly69b,
    /// `DOLLY_12B`
    #[serde(rename = "DOLLY_12B")]
    Dolly12b,
    /// `PYTHIA_70M`
    #[serde(rename = "PYTHIA_70M")]
    Pythia70m,
    /// `PYTHIA_160M`
    #[serde(rename = "PYTHIA_160M")]
    Pythia160m,
    /// `PYTHIA_410M`
    #[serde(rename = "PYTHIA_410M")]
    Pythia410m,
    /// `PYTHIA_1B`
    #[serde(rename = "PYTHIA_1B")]
    Pythia1b,
    /// `PYTHIA_1.4B`
    #[serde(rename = "PYTHIA_1.4B")]
    Pythia14b,
    /// `PYTHIA_2.8B`
    #[serde(rename = "PYTHIA_2.8B")]
    Pythia28b,
    /// `PYTHIA_6.9B`
    #[serde(rename = "PYTHIA_6.9B")]
    Pythia69b,
    /// `PYTHIA_12B`
    #[serde(rename = "PYTHIA_12B")]
    Pythia12b,
    /// `MOSS_7B`
    #[serde(rename = "MOSS_7B")]
    Moss7b,
    /// `MOSS_13B`
    #[serde(rename = "MOSS_13B")]
    Moss13b,
    /// `RMKV_LM_100M`
    #[serde(rename = "RMKV_LM_100M")]
    RmkvLm100m,
    /// `RMKV_LM_400M`
    #[serde(rename = "RMKV_LM_400M")]
    RmkvLm400m,
    /// `RMKV_LM_1.5B`
    #[serde(rename = "RMKV_LM_1.5B")]
    RmkvLm15b,
    /// `RMKV_LM_3B`
    #[serde(rename = "RMKV_LM_3B")]
    RmkvLm3b,
    /// `RMKV_LM_7B`
    #[serde(rename = "RMKV_LM_7B")]
    RmkvLm7b,
    /// `RMKV_LM_14B`
    #[serde(rename = "RMKV_LM_14B")]
    RmkvLm14b,
    /// `STARCODER_15.5B`
    #[serde(rename = "STARCODER_15.5B")]
    Starcoder155b,
    /// `WIZARDCODER_15B`
    #[serde(rename = "WIZARDCODER_15B")]
    Wizardcoder15b,
    /// `SANTACODER_1.1B`
    #[serde(rename = "SANTACODER_1.1B")]
    Santacoder11b,
    /// `TEXT_BISON`
    #[serde(rename = "TEXT_BISON")]
    TextBison,
    /// `TEXTEMBEDDING_GECKO`
    #[serde(rename = "TEXTEMBEDDING_GECKO")]
    TextembeddingGecko,
    /// `CHAT_BISON`
    #[serde(rename = "CHAT_BISON")]
    ChatBison,
    /// `CODE_BISON`
    #[serde(rename = "CODE_BISON")]
    CodeBison,
    /// `CODECHAT_BISON`
    #[serde(rename = "CODECHAT_BISON")]
    CodechatBison,
    /// `CODE_GECKO`
    #[serde(rename = "CODE_GECKO")]
    CodeGecko,
    /// `DISTILROBERTA`
    #[serde(rename = "DISTILROBERTA")]
    Distilroberta,
    /// `MISTRAL_7B`
    #[serde(rename = "MISTRAL_7B")]
    Mistral7b,
    /// `GEMINI`
    #[serde(rename = "GEMINI")]
    Gemini,
    /// `GEMINI_1.5`
    #[serde(rename = "GEMINI_1.5")]
    Gemini15,
    /// `FAST_TEXT`
    #[serde(rename = "FAST_TEXT")]
    FastText,
    /// `UNIXCODER`
    #[serde(rename = "UNIXCODER")]
    Unixcoder,
    /// `PHI_1.5`
    #[serde(rename = "PHI_1.5")]
    Phi15,
    /// `PHI_2`
    #[serde(rename = "PHI_2")]
    Phi2,
    /// `MIXTRAL_8_x_7B`
    #[serde(rename = "MIXTRAL_8_x_7B")]
    Mixtral8X7b,
    /// `MIXTRAL_8_x_22B`
    #[serde(rename = "MIXTRAL_8_x_22B")]
    Mixtral8X22b,
    /// `GEMMA_7B`
    #[serde(rename = "GEMMA_7B")]
    Gemma7b,
    /// `GEMMA_2B`
    #[serde(rename = "GEMMA_2B")]
    Gemma2b,
    /// `CODE_GEMMA_7B`
    #[serde(rename = "CODE_GEMMA_7B")]
    CodeGemma7b,
    /// `CODE_GEMMA_2B`
    #[serde(rename = "CODE_GEMMA_2B")]
    CodeGemma2b,
    /// `RECURRENT_GEMMA_2B`
    #[serde(rename = "RECURRENT_GEMMA_2B")]
    RecurrentGemma2b,
    /// `GROK_1`
    #[serde(rename = "GROK_1")]
    Grok1,
    /// `GROK_1.5`
    #[serde(rename = "GROK_1.5")]
    Grok15,
    /// `CLAUDE_2`
    #[serde(rename = "CLAUDE_2")]
    Claude2,
    /// `CLAUDE_3`
    #[serde(rename = "CLAUDE_3")]
    Claude3,
    /// `STARLING_7B`
    #[serde(rename = "STARLING_7B")]
    Starling7b,
    /// `DBRX`
    #[serde(rename = "DBRX")]
    Dbrx,
    /// `COMMAND_R+`
    #[serde(rename = "COMMAND_R+")]
    CommandR,
    /// `GEMMA_1.1_2B`
    #[serde(rename = "GEMMA_1.1_2B")]
    Gemma112b,
    /// `GEMMA_1.1_7B`
    #[serde(rename = "GEMMA_1.1_7B")]
    Gemma117b,
    /// `GEMMA_2_9B`
    #[serde(rename = "GEMMA_2_9B")]
    Gemma29b,
    /// `PHI_3_MINI`
    #[serde(rename = "PHI_3_MINI")]
    Phi3Mini,
    /// `PHI_3_SMALL`
    #[serde(rename = "PHI_3_SMALL")]
    Phi3Small,
    /// `GRANITE_3B`
    #[serde(rename = "GRANITE_3B")]
    Granite3b,
    /// `GRANITE_8B`
    #[serde(rename = "GRANITE_8B")]
    Granite8b,
    /// `LLAMA_3_8B`
    #[serde(rename = "LLAMA_3_8B")]
    Llama38b,
    /// `CLAUDE_3.5`
    #[serde(rename = "CLAUDE_3.5")]
    Claude35,
    /// `CLAUDE_LATEST`
    #[serde(rename = "CLAUDE_LATEST")]
    ClaudeLatest,
    /// `GRANITE_LATEST`
    #[serde(rename = "GRANITE_LATEST")]
    GraniteLatest,
    /// `LLAMA_LATEST`
    #[serde(rename = "LLAMA_LATEST")]
    LlamaLatest,
    /// `PHI_LATEST`
    #[serde(rename = "PHI_LATEST")]
    PhiLatest,
    /// `GEMMA_LATEST`
    #[serde(rename = "GEMMA_LATEST")]
    GemmaLatest,
    /// `GEMINI_LATEST`
    #[serde(rename = "GEMINI_LATEST")]
    GeminiLatest,
    /// `GPT_LATEST`
    #[serde(rename = "GPT_LATEST")]
    GptLatest,
    /// `AZURE_LATEST`
    #[serde(rename = "AZURE_LATEST")]
    AzureLatest,
    /// `AZURE_FAST`
    #[serde(rename = "AZURE_FAST")]
    AzureFast,
    /// `AZURE_BEST`
    #[serde(rename = "AZURE_BEST")]
    AzureBest,
    /// `AZURE_DEFAULT`
    #[serde(rename = "AZURE_DEFAULT")]
    AzureDefault,
    /// `AZURE_CUSTOM`
    #[serde(rename = "AZURE_CUSTOM")]
    AzureCustom,
    /// `PERPLEXITY_LATEST`
    #[serde(rename = "PERPLEXITY_LATEST")]
    PerplexityLatest,
    /// `PERPLEXITY_FAST`
    #[serde(rename = "PERPLEXITY_FAST")]
    PerplexityFast,
    /// `PERPLEXITY_BEST`
    #[serde(rename = "PERPLEXITY_BEST")]
    PerplexityBest,
    /// `PERPLEXITY_DEFAULT`
    #[serde(rename = "PERPLEXITY_DEFAULT")]
    PerplexityDefault,
    /// `PERPLEXITY_CUSTOM`
    #[serde(rename = "PERPLEXITY_CUSTOM")]
    PerplexityCustom,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display for ModelFoundationEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// ModelMaxTokens
///
/// This will describe the MaxTokens for an MLModel
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct ModelMaxTokens {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `total` property.
    pub total: Option<f64>,
    /// The `input` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input: Option<f64>,
    /// The `output` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output: Option<f64>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// ModelTypeEnum
///
/// This will describe the type of Model balanced, speed, accuracy...
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum ModelTypeEnum {
    /// `BALANCED`
    #[serde(rename = "BALANCED")]
    Balanced,
    /// `SPEED`
    #[serde(rename = "SPEED")]
    Speed,
    /// `ACCURACY`
    #[serde(rename = "ACCURACY")]
    Accuracy,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display for ModelTypeEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// ModelUsageEnum
///
/// These are all the possible uses for a model, i.e. code classification, OCR, text vs code, tagify code, tag-based code search, neural code search, tagify color and code description.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum ModelUsageEnum {
    /// `OCR`
    #[serde(rename = "OCR")]
    Ocr,
    /// `CODE_CLASSIFICATION`
    #[serde(rename = "CODE_CLASSIFICATION")]
    CodeClassification,
    /// `TEXT_VS_CODE`
    #[serde(rename = "TEXT_VS_CODE")]
    TextVsCode,
    /// `TAGIFY_CODE`
    #[serde(rename = "TAGIFY_CODE")]
    TagifyCode,
    /// `TLP_TAG_SEARCH`
    #[serde(rename = "TLP_TAG_SEARCH")]
    TlpTagSearch,
    /// `TLP_NEURAL_CODE_SEARCH`
    #[serde(rename = "TLP_NEURAL_CODE_SEARCH")]
    TlpNeuralCodeSearch,
    /// `TAGIFY_COLOR_FROM_CODE`
    #[serde(rename = "TAGIFY_COLOR_FROM_CODE")]
    TagifyColorFromCode,
    /// `CODE_DESCRIPTION`
    #[serde(rename = "CODE_DESCRIPTION")]
    CodeDescription,
    /// `CODE_TITLE`
    #[serde(rename = "CODE_TITLE")]
    CodeTitle,
    /// `CODE_SEARCH_QUERIES`
    #[serde(rename = "CODE_SEARCH_QUERIES")]
    CodeSearchQueries,
    /// `CODE_EXTRACTIVE_TAGS`
    #[serde(rename = "CODE_EXTRACTIVE_TAGS")]
    CodeExtractiveTags,
    /// `CODE_EXTRACTIVE_LINKS`
    #[serde(rename = "CODE_EXTRACTIVE_LINKS")]
    CodeExtractiveLinks,
    /// `CODE_CONVERSATION`
    #[serde(rename = "CODE_CONVERSATION")]
    CodeConversation,
    /// `CODE_GENERATION`
    #[serde(rename = "CODE_GENERATION")]
    CodeGeneration,
    /// `CODE_SEARCH`
    #[serde(rename = "CODE_SEARCH")]
    CodeSearch,
    /// `CODE_DISCOVERY`
    #[serde(rename = "CODE_DISCOVERY")]
    CodeDiscovery,
    /// `CODE_RELATED_PEOPLE`
    #[serde(rename = "CODE_RELATED_PEOPLE")]
    CodeRelatedPeople,
    /// `CODE_FRAMEWORK`
    #[serde(rename = "CODE_FRAMEWORK")]
    CodeFramework,
    /// `VIDEO_OCR`
    #[serde(rename = "VIDEO_OCR")]
    VideoOcr,
    /// `TEXT_VS_CODE_SEGMENTATION`
    #[serde(rename = "TEXT_VS_CODE_SEGMENTATION")]
    TextVsCodeSegmentation,
    /// `TEXT_EMBEDDING`
    #[serde(rename = "TEXT_EMBEDDING")]
    TextEmbedding,
    /// `TECHNICAL_ERROR`
    #[serde(rename = "TECHNICAL_ERROR")]
    TechnicalError,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display for ModelUsageEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// Node
///
/// This describes a node within a relationship graph used to related like types.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Node {
    /// The `id` property.
    pub id: String,
    /// The `type` property.
    #[serde(rename = "type")]
    pub type_: NodeTypeEnum,
    /// This is a boolean to let us know if this node is the root or origin of the relationship graph.
    pub root: bool,
    /// The `created` property.
    pub created: GroupedTimestamp,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// NodeTypeEnum
///
/// This describes the type of a node ie an asset, tag, website, format...
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum NodeTypeEnum {
    /// `TAG`
    #[serde(rename = "TAG")]
    Tag,
    /// `WEBSITE`
    #[serde(rename = "WEBSITE")]
    Website,
    /// `FORMAT`
    #[serde(rename = "FORMAT")]
    Format,
    /// `ASSET`
    #[serde(rename = "ASSET")]
    Asset,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display for NodeTypeEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// Person
///
/// if expiration is add then, after the alloted expiration date the user will only have view && comment only permissions.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Person {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `id` property.
    pub id: String,
    /// The `created` property.
    pub created: GroupedTimestamp,
    /// The `updated` property.
    pub updated: GroupedTimestamp,
    /// The `deleted` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub deleted: Option<GroupedTimestamp>,
    /// The `type` property.
    #[serde(rename = "type")]
    pub type_: PersonType,
    /// The `assets` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub assets: Option<FlattenedAssets>,
    /// This is a Map<String, MechanismEnum> where the the key is an asset id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub mechanisms: Option<std::collections::BTreeMap<String, MechanismEnum>>,
    /// This is an optional value that will keep track of the number of times this has been interacted with.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub interactions: Option<crate::Integer>,
    /// This is a Map<String, PersonAccess> where the the key is an asset id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub access: Option<std::collections::BTreeMap<String, PersonAccess>>,
    /// The `tags` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub tags: Option<FlattenedTags>,
    /// The `websites` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub websites: Option<FlattenedWebsites>,
    /// This is a Map<String, PersonModel>, where the the key is an asset id.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub models: Option<std::collections::BTreeMap<String, PersonModel>>,
    /// The `annotations` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub annotations: Option<FlattenedAnnotations>,
    /// The `score` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub score: Option<Score>,
    /// The `summaries` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub summaries: Option<FlattenedWorkstreamSummaries>,
    /// The `anchors` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub anchors: Option<FlattenedAnchors>,
    /// The `messages` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub messages: Option<FlattenedConversationMessages>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// PersonAccess
///
/// if scoped is provided will let us know what level of permission(access) this specific person has in relation to what scope.(collection, asset,...etc)
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct PersonAccess {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `scoped` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub scoped: Option<PersonAccessScopedEnum>,
    /// The `deleted` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub deleted: Option<GroupedTimestamp>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// PersonAccessScopedEnum
///
/// This is an enum that will help provide information around what permission this person has in relate to their scope.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum PersonAccessScopedEnum {
    /// `OWNER`
    #[serde(rename = "OWNER")]
    Owner,
    /// `EDITOR`
    #[serde(rename = "EDITOR")]
    Editor,
    /// `COMMENTER`
    #[serde(rename = "COMMENTER")]
    Commenter,
    /// `VIEWER`
    #[serde(rename = "VIEWER")]
    Viewer,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display for PersonAccessScopedEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// PersonBasicType
///
/// This is all optional properties around the most basic information around a non-pieces user.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct PersonBasicType {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// username or twitter handle...etc
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub username: Option<String>,
    /// This is the name of the basic user.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub name: Option<String>,
    /// this is a url picture representation of a user.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub picture: Option<String>,
    /// an email that was extracted.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub email: Option<String>,
    /// The `sourced` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub sourced: Option<ExternallySourcedEnum>,
    /// This is a specific url that this basic user came from.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub url: Option<String>,
    /// The `mailgun` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub mailgun: Option<MailgunMetadata>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// PersonModel
///
/// This is a PersonSpecific Model.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct PersonModel {
    /// The `asset` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub asset: Option<ReferencedAsset>,
    /// The `model` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub model: Option<ReferencedModel>,
    /// The `deleted` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub deleted: Option<GroupedTimestamp>,
    /// The `explanation` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub explanation: Option<ReferencedAnnotation>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// PersonType
///
/// basic or platform is absolutely required here.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct PersonType {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `basic` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub basic: Option<PersonBasicType>,
    /// The `platform` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub platform: Option<UserProfile>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// PlatformEnum
///
/// This is an Enumeration for a Platform ie, WEB, MACOS, LINUX, WINDOWS
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum PlatformEnum {
    /// `WEB`
    #[serde(rename = "WEB")]
    Web,
    /// `MACOS`
    #[serde(rename = "MACOS")]
    Macos,
    /// `LINUX`
    #[serde(rename = "LINUX")]
    Linux,
    /// `WINDOWS`
    #[serde(rename = "WINDOWS")]
    Windows,
    /// `FUCHSIA`
    #[serde(rename = "FUCHSIA")]
    Fuchsia,
    /// `IOS`
    #[serde(rename = "IOS")]
    Ios,
    /// `ANDROID`
    #[serde(rename = "ANDROID")]
    Android,
    /// `UNKNOWN`
    #[serde(rename = "UNKNOWN")]
    Unknown,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display for PlatformEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// PrivacyEnum
///
/// OPEN: Means that privacy is fully open CLOSED: Means that privacy is fully locked down, and private ANONYMOUS: Means that we are allowed to collect information but it cannot get attached to me as the user.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum PrivacyEnum {
    /// `OPEN`
    #[serde(rename = "OPEN")]
    Open,
    /// `CLOSED`
    #[serde(rename = "CLOSED")]
    Closed,
    /// `ANONYMOUS`
    #[serde(rename = "ANONYMOUS")]
    Anonymous,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display for PrivacyEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// ProjectModule
///
/// This is a representation of a Module or a Project
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ProjectModule {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `anchor` property.
    pub anchor: SeededAnchor,
    /// The `range` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub range: Option<AnonymousTemporalRange>,
    /// The `contributors` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub contributors: Option<DocumentContributors>,
    /// The `classifications` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub classifications: Option<Classifications>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// ProjectModules
///
/// This is a plural representation of the ProjectModule
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct ProjectModules {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `iterable` property.
    pub iterable: Vec<ProjectModule>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// QGPTConversationMessageRoleEnum
///
/// This is the role enum used for a QGPT conversation
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum QgptConversationMessageRoleEnum {
    /// `USER`
    #[serde(rename = "USER")]
    User,
    /// `SYSTEM`
    #[serde(rename = "SYSTEM")]
    System,
    /// `ASSISTANT`
    #[serde(rename = "ASSISTANT")]
    Assistant,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display for QgptConversationMessageRoleEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// QGPTConversationPipeline
///
/// This model is specifically for QGPT Conversation pipelines, the model is used to group conversational prompts for instance a conversation around generating code.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct QgptConversationPipeline {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `contextualized_code_generation` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub contextualized_code_generation: Option<
        QgptConversationPipelineForContextualizedCodeGeneration,
    >,
    /// The `generalized_code_dialog` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub generalized_code_dialog: Option<
        QgptConversationPipelineForGeneralizedCodeDialog,
    >,
    /// The `contextualized_code_dialog` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub contextualized_code_dialog: Option<
        QgptConversationPipelineForContextualizedCodeDialog,
    >,
    /// The `contextualized_code_workstream_dialog` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub contextualized_code_workstream_dialog: Option<
        QgptConversationPipelineForContextualizedCodeWorkstreamDialog,
    >,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// QGPTConversationPipelineForContextualizedCodeDialog
///
/// This is for the users that wants to have contextualized code conversations, meaning conversations around code with Context provided.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct QgptConversationPipelineForContextualizedCodeDialog {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// QGPTConversationPipelineForContextualizedCodeGeneration
///
/// This type of conversation is reccomended to be provided when a user want generate code w/ context provided.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct QgptConversationPipelineForContextualizedCodeGeneration {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// QGPTConversationPipelineForContextualizedCodeWorkstreamDialog
///
/// This is for the users that wants to have contextualized code conversations around their workstream materials, meaning conversations around code with Context provided, as well as workstream information ie information gathered from the WPE.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct QgptConversationPipelineForContextualizedCodeWorkstreamDialog {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// QGPTConversationPipelineForGeneralizedCodeDialog
///
/// This is for the users that wants to have generalized code conversations without any context.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct QgptConversationPipelineForGeneralizedCodeDialog {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// QGPTPromptPipeline
///
/// This is a model related to switching between different prompts based on if we are dealing with various tasks or if we are attempting to converse with LLMs via conversation.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct QgptPromptPipeline {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `task` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub task: Option<QgptTaskPipeline>,
    /// The `conversation` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub conversation: Option<QgptConversationPipeline>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// QGPTTaskPipeline
///
/// This model is specifically for QGPT Task pipelines, the model is used to group one off tasks for instance fix/explaining/commenting that dont necessarily require a conversation form factor.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct QgptTaskPipeline {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `code_explanation` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub code_explanation: Option<QgptTaskPipelineForCodeExplanation>,
    /// The `code_commentation` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub code_commentation: Option<QgptTaskPipelineForCodeCommentation>,
    /// The `code_fix` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub code_fix: Option<QgptTaskPipelineForCodeFix>,
    /// The `code_modification` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub code_modification: Option<QgptTaskPipelineForCodeModification>,
    /// The `code_completion` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub code_completion: Option<QgptTaskPipelineForCodeCompletion>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// QGPTTaskPipelineForCodeCommentation
///
/// This task is for commenting a bit of code.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct QgptTaskPipelineForCodeCommentation {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// QGPTTaskPipelineForCodeCompletion
///
/// This task is for code_completion ie auto-complete.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct QgptTaskPipelineForCodeCompletion {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `context` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub context: Option<Vec<String>>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// QGPTTaskPipelineForCodeExplanation
///
/// This task is for explaining a bit of code.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct QgptTaskPipelineForCodeExplanation {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// QGPTTaskPipelineForCodeFix
///
/// This task is for fixing a bit of code.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct QgptTaskPipelineForCodeFix {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// This is the error message provided from the IDE, that we can use to provide the solution.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub error: Option<String>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// QGPTTaskPipelineForCodeModification
///
/// This task is for modifying a bit of code, IE modify this code to do xyz.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct QgptTaskPipelineForCodeModification {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// This is the instruction that we will use to modify this snippet.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub instruction: Option<String>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// Recipients
///
/// This an iterable of People that are attached to a specific distribution ie, slack, maigun, ...etc
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Recipients {
    /// The `iterable` property.
    pub iterable: Vec<PersonBasicType>,
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// ReferencedActivity
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct ReferencedActivity {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `id` property.
    pub id: String,
    /// The `reference` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub reference: Option<FlattenedActivity>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// ReferencedAnchor
///
/// This is the referenced version of a Anchor, main used for the uuid.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct ReferencedAnchor {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `id` property.
    pub id: String,
    /// The `reference` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub reference: Option<FlattenedAnchor>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// ReferencedAnchorPoint
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct ReferencedAnchorPoint {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `id` property.
    pub id: String,
    /// The `reference` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub reference: Option<FlattenedAnchorPoint>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// ReferencedAnnotation
///
/// This is the referenced version of a annotation, main used for the uuid.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct ReferencedAnnotation {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `id` property.
    pub id: String,
    /// The `reference` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub reference: Option<FlattenedAnnotation>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// ReferencedAsset [DAG Safety]
///
/// A reference to a asset, which at minimum must have the asset's id.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct ReferencedAsset {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `id` property.
    pub id: String,
    /// The `reference` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub reference: Option<FlattenedAsset>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// ReferencedConversation
///
/// This is a DAG-Safe Minimal version of a Conversation.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct ReferencedConversation {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `id` property.
    pub id: String,
    /// The `reference` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub reference: Option<FlattenedConversation>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// ReferencedConversationMessage
///
/// This is a DAG-Safe Minimal version of a ConversationMessage.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct ReferencedConversationMessage {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `id` property.
    pub id: String,
    /// The `reference` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub reference: Option<FlattenedConversationMessage>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// ReferencedDistribution
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct ReferencedDistribution {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `id` property.
    pub id: String,
    /// The `reference` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub reference: Option<FlattenedDistribution>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// ReferencedFormat [DAG Safety]
///
/// A reference to a format which at minimum must have the format's id.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct ReferencedFormat {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The id of the Format
    pub id: String,
    /// The `reference` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub reference: Option<Box<FlattenedFormat>>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// ReferencedHint
///
/// This is the referenced version of a hint, main used for the uuid.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct ReferencedHint {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `id` property.
    pub id: String,
    /// The `reference` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub reference: Option<FlattenedHint>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// ReferencedModel
///
/// *****NOTE:***** This is the basic referencedModel, for Now since we dont have a FlattenedModel, im going to simply not include the reference, because I do NOT want to attach a Model here (would cause breaking changes if we switched from a Model -> a flattenedModel).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct ReferencedModel {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `id` property.
    pub id: String,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// ReferencedPerson
///
/// [DAG Safe] version of a Person Model.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct ReferencedPerson {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `id` property.
    pub id: String,
    /// The `reference` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub reference: Option<FlattenedPerson>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// ReferencedRange
///
/// This is a minimal version of a Range, with mainly an Id.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct ReferencedRange {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `id` property.
    pub id: String,
    /// The `reference` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub reference: Option<FlattenedRange>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// ReferencedSensitive
///
/// A reference to a sensitive which at minimum must have the Sensitive id.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct ReferencedSensitive {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `id` property.
    pub id: String,
    /// The `reference` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub reference: Option<FlattenedSensitive>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// ReferencedShare
///
/// This is a [DAG SAFE] version of a share.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct ReferencedShare {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `id` property.
    pub id: String,
    /// The `reference` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub reference: Option<FlattenedShare>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// ReferencedTag
///
/// [DAG Safe] version of a Tag Model.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct ReferencedTag {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `id` property.
    pub id: String,
    /// The `reference` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub reference: Option<FlattenedTag>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// ReferencedWebsite
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct ReferencedWebsite {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `id` property.
    pub id: String,
    /// The `reference` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub reference: Option<FlattenedWebsite>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// ReferencedWorkstreamEvent
///
/// This is a minimal representation of a WorkstreamEvent event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct ReferencedWorkstreamEvent {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `id` property.
    pub id: String,
    /// The `reference` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub reference: Option<FlattenedWorkstreamEvent>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// ReferencedWorkstreamSummary
///
/// this is a referenced minimal version of a WorkstreamSummary typically just our uuid.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct ReferencedWorkstreamSummary {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `id` property.
    pub id: String,
    /// The `reference` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub reference: Option<FlattenedWorkstreamSummary>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// Relationship
///
/// A relationship expresses a graph of like types, to build a relationship graph.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Relationship {
    /// The `id` property.
    pub id: String,
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `embeddings` property.
    pub embeddings: Embeddings,
    /// The `edges` property.
    pub edges: Edges,
    /// The `created` property.
    pub created: GroupedTimestamp,
    /// The `updated` property.
    pub updated: GroupedTimestamp,
    /// The `deleted` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub deleted: Option<GroupedTimestamp>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// ReturnedUserProfile
///
/// This is a modle strictly for the purpose that when calling '/user' and other user related endpoints the UserProfile could potentially be null, so we needed a model to do that.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct ReturnedUserProfile {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `user` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub user: Option<UserProfile>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// Role
///
/// This is the specific role of a format.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum Role {
    /// `ORIGINAL`
    #[serde(rename = "ORIGINAL")]
    Original,
    /// `ADDITIONAL`
    #[serde(rename = "ADDITIONAL")]
    Additional,
    /// `BOTH`
    #[serde(rename = "BOTH")]
    Both,
    /// `PREVIEW`
    #[serde(rename = "PREVIEW")]
    Preview,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display for Role {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// Score
///
/// This is use as the score for an asset.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Score {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// These are points assigned via manual user driven events.
    pub manual: crate::Integer,
    /// These are point assigned via automatic activity events.
    pub automatic: crate::Integer,
    /// The `priority` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub priority: Option<crate::Integer>,
    /// The `reuse` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub reuse: Option<crate::Integer>,
    /// The `update` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub update: Option<crate::Integer>,
    /// The `reference` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub reference: Option<crate::Integer>,
    /// The `searched` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub searched: Option<crate::Integer>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// SeededAnchor
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SeededAnchor {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `type` property.
    #[serde(rename = "type")]
    pub type_: AnchorTypeEnum,
    /// The `watch` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub watch: Option<bool>,
    /// The `fullpath` property.
    pub fullpath: String,
    /// You may associate a SeededAnchor with an asset
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub asset: Option<String>,
    /// The `platform` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub platform: Option<PlatformEnum>,
    /// The `name` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub name: Option<String>,
    /// The `annotations` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub annotations: Option<Vec<SeededAnnotation>>,
    /// The `conversation` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub conversation: Option<String>,
    /// The `persons` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub persons: Option<FlattenedPersons>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// SeededAnnotation
///
/// This is the percursor to a fully referenced Annotation.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SeededAnnotation {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `mechanism` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub mechanism: Option<MechanismEnum>,
    /// The `asset` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub asset: Option<String>,
    /// The `person` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub person: Option<String>,
    /// The `type` property.
    #[serde(rename = "type")]
    pub type_: AnnotationTypeEnum,
    /// This is the text of the annotation.
    pub text: String,
    /// The `model` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub model: Option<String>,
    /// The `pseudo` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub pseudo: Option<bool>,
    /// The `favorited` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub favorited: Option<bool>,
    /// The `anchor` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub anchor: Option<String>,
    /// The `conversation` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub conversation: Option<String>,
    /// The `messages` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub messages: Option<FlattenedConversationMessages>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// SeededAssetEnrichment
///
/// This is a specific Model for the SeededAsset that will enable the developer to modify the enrichment levels of persons, tags, websites.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct SeededAssetEnrichment {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `tags` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub tags: Option<crate::Integer>,
    /// The `websites` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub websites: Option<crate::Integer>,
    /// The `persons` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub persons: Option<crate::Integer>,
    /// The `hints` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub hints: Option<crate::Integer>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// SeededConnectorTracking
///
/// This model is designed to be light weight and low friction while most of the heavy lifting will be happening inside of the context servers.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct SeededConnectorTracking {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `format` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub format: Option<SeededTrackedFormatEvent>,
    /// The `asset` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub asset: Option<SeededTrackedAssetEvent>,
    /// The `interaction` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub interaction: Option<SeededTrackedInteractionEvent>,
    /// The `keyboard` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub keyboard: Option<SeededTrackedKeyboardEvent>,
    /// The `session` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub session: Option<SeededTrackedSessionEvent>,
    /// The `assets` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub assets: Option<SeededTrackedAssetsEvent>,
    /// The `ml` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub ml: Option<SeededTrackedMachineLearningEvent>,
    /// The `adoption` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub adoption: Option<SeededTrackedAdoptionEvent>,
    /// The `conversation` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub conversation: Option<SeededTrackedConversationEvent>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// SeededScore
///
/// This is the low level seeded score and will let us know what exactly we want to increment on our material.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct SeededScore {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `reuse` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub reuse: Option<bool>,
    /// The `update` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub update: Option<bool>,
    /// The `reference` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub reference: Option<bool>,
    /// The `priority` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub priority: Option<bool>,
    /// The `searched` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub searched: Option<bool>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// SeededScoreIncrement
///
/// This is the body for a respective scores increment,
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct SeededScoreIncrement {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `asset` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub asset: Option<SeededScore>,
    /// The `assets` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub assets: Option<SeededScore>,
    /// The `website` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub website: Option<SeededScore>,
    /// The `websites` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub websites: Option<SeededScore>,
    /// The `anchor` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub anchor: Option<SeededScore>,
    /// The `anchors` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub anchors: Option<SeededScore>,
    /// The `anchorPoint` property.
    #[serde(
        rename = "anchorPoint",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub anchor_point: Option<SeededScore>,
    /// The `anchorPoints` property.
    #[serde(
        rename = "anchorPoints",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub anchor_points: Option<SeededScore>,
    /// The `annotation` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub annotation: Option<SeededScore>,
    /// The `annotations` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub annotations: Option<SeededScore>,
    /// The `conversation` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub conversation: Option<SeededScore>,
    /// The `conversations` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub conversations: Option<SeededScore>,
    /// The `conversationMessage` property.
    #[serde(
        rename = "conversationMessage",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub conversation_message: Option<SeededScore>,
    /// The `conversationMessages` property.
    #[serde(
        rename = "conversationMessages",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub conversation_messages: Option<SeededScore>,
    /// The `share` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub share: Option<SeededScore>,
    /// The `shares` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub shares: Option<SeededScore>,
    /// The `sensitive` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub sensitive: Option<SeededScore>,
    /// The `sensitives` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub sensitives: Option<SeededScore>,
    /// The `hint` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub hint: Option<SeededScore>,
    /// The `hints` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub hints: Option<SeededScore>,
    /// The `person` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub person: Option<SeededScore>,
    /// The `persons` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub persons: Option<SeededScore>,
    /// The `tag` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub tag: Option<SeededScore>,
    /// The `tags` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub tags: Option<SeededScore>,
    /// The `workstream_summary` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub workstream_summary: Option<SeededScore>,
    /// The `workstream_summaries` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub workstream_summaries: Option<SeededScore>,
    /// The `workstream_events` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub workstream_events: Option<SeededScore>,
    /// The `workstream_event` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub workstream_event: Option<SeededScore>,
    /// The `ranges` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub ranges: Option<SeededScore>,
    /// The `range` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub range: Option<SeededScore>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// SeededTrackedAdoptionEvent
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct SeededTrackedAdoptionEvent {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `identifier_description_pair` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub identifier_description_pair: Option<
        AnalyticsTrackedAdoptionEventIdentifierDescriptionPairs,
    >,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// SeededTrackedAssetEvent
///
/// This seeded tracked asset event will be recieved by a context on the OS Server side, which will then be able to look up the asset id and structure the asset for shipment to Segment aka a fully built TrackedAssetEvent
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct SeededTrackedAssetEvent {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `asset` property.
    pub asset: ReferencedAsset,
    /// The `identifier_description_pair` property.
    pub identifier_description_pair: TrackedAssetEventIdentifierDescriptionPairs,
    /// The `metadata` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub metadata: Option<TrackedAssetEventMetadata>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// SeededTrackedAssetsEvent
///
/// An seeded event model that can occur at the assets level i.e. search
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct SeededTrackedAssetsEvent {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `identifier_description_pair` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub identifier_description_pair: Option<
        TrackedAssetsEventIdentifierDescriptionPairs,
    >,
    /// The `metadata` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub metadata: Option<SeededTrackedAssetsEventMetadata>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// Additional Metadata as Neeeded i.e. Search + Query, etc
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct SeededTrackedAssetsEventMetadata {
    /// The `search` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub search: Option<TrackedAssetsEventSearchMetadata>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// SeededTrackedConversationEvent
///
/// This is a pre-created(seed) TrackedConversationEvent
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct SeededTrackedConversationEvent {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `identifier_description_pair` property.
    pub identifier_description_pair: TrackedConversationEventIdentifierDescriptionPairs,
    /// The `conversation` property.
    pub conversation: ReferencedConversation,
    /// The `metadata` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub metadata: Option<TrackedConversationEventMetadata>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// SeededTrackedFormatEvent
///
/// Again this is a model designed to be sent over to a context server to be built and then sent along to segment.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct SeededTrackedFormatEvent {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `identifier_description_pair` property.
    pub identifier_description_pair: TrackedFormatEventIdentifierDescriptionPairs,
    /// The `format` property.
    pub format: ReferencedFormat,
    /// The `metadata` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub metadata: Option<TrackedFormatEventMetadata>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// SeededTrackedInteractionEvent
///
/// This is a model that will hold relavent information in relation to an interaction(ONLY CLICK/TAP) analytics event(usage).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct SeededTrackedInteractionEvent {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// These need structure
    pub description: String,
    /// The `element` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub element: Option<String>,
    /// The `identifier_description_pair` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub identifier_description_pair: Option<
        SeededTrackedInteractionEventIdentifierDescriptionPairs,
    >,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// SeededTrackedInteractionEventIdentifierDescriptionPairs
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct SeededTrackedInteractionEventIdentifierDescriptionPairs {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `assets_list_refreshed` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub assets_list_refreshed: Option<
        SeededTrackedInteractionEventIdentifierDescriptionPairsAssetsListRefreshed,
    >,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// The `SeededTrackedInteractionEventIdentifierDescriptionPairsAssetsListRefreshed` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum SeededTrackedInteractionEventIdentifierDescriptionPairsAssetsListRefreshed {
    /// `the_assets_list_was_refreshed_through_ui_element`
    #[serde(rename = "the_assets_list_was_refreshed_through_ui_element")]
    TheAssetsListWasRefreshedThroughUiElement,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display
for SeededTrackedInteractionEventIdentifierDescriptionPairsAssetsListRefreshed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// SeededTrackedKeyboardEvent
///
/// This is a model that will hold relavent information in relation to a keyboard(including shortcuts) analytics event (usage).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct SeededTrackedKeyboardEvent {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// This also needs structure such as key vals or enums
    pub description: String,
    /// The `shortcut` property.
    pub shortcut: Vec<crate::Integer>,
    /// The `identifier_description_pair` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub identifier_description_pair: Option<
        SeededTrackedKeyboardEventIdentifierDescriptionPairs,
    >,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// SeededTrackedKeyboardEventIdentifierDescriptionPairs
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct SeededTrackedKeyboardEventIdentifierDescriptionPairs {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `assets_list_refreshed` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub assets_list_refreshed: Option<
        SeededTrackedKeyboardEventIdentifierDescriptionPairsAssetsListRefreshed,
    >,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// The `SeededTrackedKeyboardEventIdentifierDescriptionPairsAssetsListRefreshed` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum SeededTrackedKeyboardEventIdentifierDescriptionPairsAssetsListRefreshed {
    /// `the_assets_list_was_refreshed_through_a_keyboard_shortcut`
    #[serde(rename = "the_assets_list_was_refreshed_through_a_keyboard_shortcut")]
    TheAssetsListWasRefreshedThroughAKeyboardShortcut,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display
for SeededTrackedKeyboardEventIdentifierDescriptionPairsAssetsListRefreshed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// SeededTrackedMachineLearningEvent
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct SeededTrackedMachineLearningEvent {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `tlp` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub tlp: Option<TlpMachineLearningProcessingEvent>,
    /// The `graphical` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub graphical: Option<GraphicalMachineLearningProcessingEvent>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// SeededTrackedSessionEvent
///
/// A simple model to capture a Tracked Session to be send to the Connection API
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct SeededTrackedSessionEvent {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `identifier_description_pair` property.
    pub identifier_description_pair: TrackedSessionEventIdentifierDescriptionPairs,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// SeededWebsite
///
/// This is the minimum information required to create a website for a specific asset.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct SeededWebsite {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// This is the specific asset that this website is going to get attached to!!
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub asset: Option<String>,
    /// This is the specific conversation that this website is going to get attached to!!
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub conversation: Option<String>,
    /// this is the url of the website.
    pub url: String,
    /// name of the website.(customizable and updateable as well.)
    pub name: String,
    /// The `mechanism` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub mechanism: Option<MechanismEnum>,
    /// this is a uuid of a person that we are going to add the website too.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub person: Option<String>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// SensitiveCategoryEnum
///
/// This is the enum that is use to describe the category of our Sensitive Model.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum SensitiveCategoryEnum {
    /// `SECRET`
    #[serde(rename = "SECRET")]
    Secret,
    /// `API_KEY`
    #[serde(rename = "API_KEY")]
    ApiKey,
    /// `CLIENT_ID`
    #[serde(rename = "CLIENT_ID")]
    ClientId,
    /// `CLIENT_SECRET`
    #[serde(rename = "CLIENT_SECRET")]
    ClientSecret,
    /// `SECRET_KEY`
    #[serde(rename = "SECRET_KEY")]
    SecretKey,
    /// `API_TOKEN`
    #[serde(rename = "API_TOKEN")]
    ApiToken,
    /// `ACCESS_KEY`
    #[serde(rename = "ACCESS_KEY")]
    AccessKey,
    /// `ACCESS_TOKEN`
    #[serde(rename = "ACCESS_TOKEN")]
    AccessToken,
    /// `URL`
    #[serde(rename = "URL")]
    Url,
    /// `PUBLIC_KEY`
    #[serde(rename = "PUBLIC_KEY")]
    PublicKey,
    /// `PRIVATE_KEY`
    #[serde(rename = "PRIVATE_KEY")]
    PrivateKey,
    /// `API_ID`
    #[serde(rename = "API_ID")]
    ApiId,
    /// `WEB_HOOK_URL`
    #[serde(rename = "WEB_HOOK_URL")]
    WebHookUrl,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display for SensitiveCategoryEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// SensitiveMetadata
///
/// This is optional metatdata attached to a sensitive piece of data.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct SensitiveMetadata {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `match` property.
    #[serde(
        rename = "match",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub match_: Option<TextMatch>,
    /// entropy of the sensitive
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub entropy: Option<f64>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// SensitiveSeverityEnum
///
/// This is the enum used to describe the severity of our sensitive model.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum SensitiveSeverityEnum {
    /// `LOW`
    #[serde(rename = "LOW")]
    Low,
    /// `MODERATE`
    #[serde(rename = "MODERATE")]
    Moderate,
    /// `HIGH`
    #[serde(rename = "HIGH")]
    High,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display for SensitiveSeverityEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// Space
///
/// This is used in the TrackedAssetsEventSearchMetadata
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Space {
    /// This is the size of your current catalog.(number of assets)
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub size: Option<crate::Integer>,
    /// this is the number in ms it took to run search.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub duration: Option<crate::Integer>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// SystemExecutionCpuInformation
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct SystemExecutionCpuInformation {
    /// this is the number of cpus
    pub count: crate::Integer,
    /// this is the brand of cpu
    pub brand: String,
    /// The `frequency` property.
    pub frequency: crate::Integer,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// SystemExecutionInformation
///
/// This is system information that we are able to get from the users machine(rust package TBD).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct SystemExecutionInformation {
    /// The `memory` property.
    pub memory: crate::Integer,
    /// The `os` property.
    pub os: String,
    /// The `kernel` property.
    pub kernel: String,
    /// The `cpu` property.
    pub cpu: SystemExecutionCpuInformation,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// TagCategoryEnum
///
/// This is an enum that describes the category that that this tag is apart of.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TagCategoryEnum {
    /// `HANDLE`
    #[serde(rename = "HANDLE")]
    Handle,
    /// `EMAIL`
    #[serde(rename = "EMAIL")]
    Email,
    /// `UNKNOWN`
    #[serde(rename = "UNKNOWN")]
    Unknown,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display for TagCategoryEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// TemporalRangeGrounding
///
/// This is used in the QGPT flow as well as within the conversation.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TemporalRangeGrounding {
    /// The `workstreams` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub workstreams: Option<FlattenedRanges>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// TextLocation
///
/// This is a generic model that is used for text location.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TextLocation {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// this is the value that was found.
    pub text: String,
    /// this is the start index within the original string.
    pub start: crate::Integer,
    /// this is the end index within the original string.
    pub end: crate::Integer,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// TextMatch
///
/// Thext Match currently used for sensitive for scales for people, and anything related to text matching.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TextMatch {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `group` property.
    pub group: TextLocation,
    /// The `subgroup` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub subgroup: Option<TextLocation>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// Theme
///
/// This will describe the theme that belongs to a user.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Theme {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `dark` property.
    pub dark: bool,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// TLPCodeDirectoryAnalytics
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TlpCodeDirectoryAnalytics {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `id` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub id: Option<String>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// TLPCodeFileAnalytics
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TlpCodeFileAnalytics {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `id` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub id: Option<String>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// TLPCodeFragmentClassification
///
/// Model for ML big query classification.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TlpCodeFragmentClassification {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `asset` property.
    pub asset: String,
    /// The `model` property.
    pub model: String,
    /// The `created` property.
    pub created: String,
    /// The `classification` property.
    pub classification: String,
    /// The `probability` property.
    pub probability: f64,
    /// The `context` property.
    pub context: String,
    /// The `distribution` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub distribution: Option<String>,
    /// The `metadata` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub metadata: Option<TlpCodeFragmentClassificationMetadata>,
    /// identifier for the user
    pub user: String,
    /// this is the time it takes to run this model.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub latency: Option<f64>,
    /// The `system` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub system: Option<SystemExecutionInformation>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// TLPCodeFragmentClassificationMetadata
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TlpCodeFragmentClassificationMetadata {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `context` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub context: Option<Classification>,
    /// The `prior` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub prior: Option<Classification>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// TLPCodeFragmentDescription
///
/// Model for ML big query Code Description.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TlpCodeFragmentDescription {
    /// This is the stringified json of a TLPDescription object
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub description: Option<String>,
    /// This is the asset id.
    pub asset: String,
    /// timestamp of creation
    pub created: String,
    /// this is the model version
    pub model: String,
    /// the time it takes to run this model.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub latency: Option<f64>,
    /// the uuid of the user the description was created for.
    pub user: String,
    /// the application this description was created from.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub context: Option<String>,
    /// This is the UUID of the OS that this context is currently connected to.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub os: Option<String>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// TLPCodeFragmentDescriptiveStatistics
///
/// Model for ML big query Data collection.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TlpCodeFragmentDescriptiveStatistics {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `user` property.
    pub user: String,
    /// The `os` property.
    pub os: String,
    /// The `language` property.
    pub language: String,
    /// The `length` property.
    pub length: f64,
    /// The `ast` property.
    pub ast: String,
    /// The `timestamp` property.
    pub timestamp: String,
    /// The `asset` property.
    pub asset: String,
    /// this is the application in which this was created from.
    pub context: String,
    /// this is the value of the snippet
    pub snippet: String,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// TLPCodeFragmentReclassification
///
/// Model for ML big query Reclassification.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TlpCodeFragmentReclassification {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `asset` property.
    pub asset: String,
    /// The `model` property.
    pub model: String,
    /// The `created` property.
    pub created: String,
    /// The `updates` property.
    pub updates: TlpCodeFragmentReclassificationUpdates,
    /// this is the user that is reclassifying
    pub user: String,
    /// this is the application is which this is from.
    pub context: String,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// TLPCodeFragmentReclassificationUpdates
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TlpCodeFragmentReclassificationUpdates {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `previous` property.
    pub previous: Classification,
    /// The `current` property.
    pub current: Classification,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// TLPCodeFragmentStatistics
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TlpCodeFragmentStatistics {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `descriptive` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub descriptive: Option<TlpCodeFragmentDescriptiveStatistics>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// TLPCodeFragmentSuggestedReuse
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TlpCodeFragmentSuggestedReuse {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `id` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub id: Option<String>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// TLPCodeFragmentSuggestedSave
///
/// Model for monitoring and evaluating the suggested save feature
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TlpCodeFragmentSuggestedSave {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `asset` property.
    pub asset: String,
    /// The `user` property.
    pub user: String,
    /// The `model` property.
    pub model: String,
    /// The `created` property.
    pub created: String,
    /// The `os` property.
    pub os: String,
    /// context from where suggestion came from
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub context: Option<String>,
    /// maximum similarity score
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub score: Option<f64>,
    /// number of candidates
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub candidates: Option<crate::Integer>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// TLPCodeFragmentTagify
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TlpCodeFragmentTagify {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `code` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub code: Option<TlpCodeSnippetTagifyCode>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// TLPCodeProcessing
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TlpCodeProcessing {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `fragment` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub fragment: Option<TlpCodeSnippetAnalytics>,
    /// The `file` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub file: Option<TlpCodeFileAnalytics>,
    /// The `directory` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub directory: Option<TlpCodeDirectoryAnalytics>,
    /// The `repository` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub repository: Option<TlpCodeRepositoryAnalytics>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// TLPCodeRepositoryAnalytics
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TlpCodeRepositoryAnalytics {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `id` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub id: Option<String>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// TLPCodeSnippetAnalytics
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TlpCodeSnippetAnalytics {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `statistics` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub statistics: Option<TlpCodeFragmentStatistics>,
    /// The `classification` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub classification: Option<TlpCodeFragmentClassification>,
    /// The `reclassification` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub reclassification: Option<TlpCodeFragmentReclassification>,
    /// The `suggested` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub suggested: Option<TlpCodeSnippetSuggestedInteractions>,
    /// The `tagify` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub tagify: Option<TlpCodeFragmentTagify>,
    /// The `description` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub description: Option<TlpCodeFragmentDescription>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// TLPCodeSnippetSuggestedInteractions
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TlpCodeSnippetSuggestedInteractions {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `save` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub save: Option<TlpCodeFragmentSuggestedSave>,
    /// The `reuse` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub reuse: Option<TlpCodeFragmentSuggestedReuse>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// TLPCodeSnippetTagifyCode
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TlpCodeSnippetTagifyCode {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
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
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// TLPMachineLearningProcessingEvent
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TlpMachineLearningProcessingEvent {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `code` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub code: Option<TlpCodeProcessing>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// TrackedAssetEventCreationMetadata
///
/// Metadata attached to a creation event on an Asset
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TrackedAssetEventCreationMetadata {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `clipboard` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub clipboard: Option<TrackedAssetEventCreationMetadataClipboard>,
    /// The `file` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub file: Option<TrackedAssetEventCreationMetadataFile>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// TrackedAssetEventCreationMetadataClipboard
///
/// If an asset was created from a clipboard event
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TrackedAssetEventCreationMetadataClipboard {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// Whether the clipboard was utilized via the keyboard
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub keyboard: Option<bool>,
    /// Whether the clipboard was extracted through a button click
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub interaction: Option<bool>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// TrackedAssetEventCreationMetadataFile
///
/// If an asset was created from a file attachment
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TrackedAssetEventCreationMetadataFile {
    /// Whether the file was pasted via the keyboard
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub keyboard: Option<bool>,
    /// Whether the file was dropped onto pieces
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub drag_and_drop: Option<bool>,
    /// Whether the file was attached via a button click
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub interaction: Option<bool>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// TrackedAssetEventFormatReclassificationMetadata
///
/// Metadata of a format reclassification event
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TrackedAssetEventFormatReclassificationMetadata {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `previous` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub previous: Option<Classification>,
    /// The `current` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub current: Option<Classification>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// TrackedAssetEventIdentifierDescriptionPairs
///
/// These are all of the available event types that are permitted in an object pair notation.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TrackedAssetEventIdentifierDescriptionPairs {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The key value pair for an asset being created.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub asset_created: Option<TrackedAssetEventIdentifierDescriptionPairsAssetCreated>,
    /// An asset was viewed
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub asset_viewed: Option<TrackedAssetEventIdentifierDescriptionPairsAssetViewed>,
    /// An asset's format was copied
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub asset_format_copied: Option<
        TrackedAssetEventIdentifierDescriptionPairsAssetFormatCopied,
    >,
    /// An asset's format was downloaded
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub asset_format_downloaded: Option<
        TrackedAssetEventIdentifierDescriptionPairsAssetFormatDownloaded,
    >,
    /// An asset was deleted or not
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub asset_deleted: Option<TrackedAssetEventIdentifierDescriptionPairsAssetDeleted>,
    /// An asset was redescribed by the user
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub asset_description_updated: Option<
        TrackedAssetEventIdentifierDescriptionPairsAssetDescriptionUpdated,
    >,
    /// An asset was renamed by the user
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub asset_name_updated: Option<
        TrackedAssetEventIdentifierDescriptionPairsAssetNameUpdated,
    >,
    /// A generic classification was changed on a format within an asset
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub asset_format_generic_classification_updated: Option<
        TrackedAssetEventIdentifierDescriptionPairsAssetFormatGenericClassificationUpdated,
    >,
    /// A specific classification was changed on a format within an asset
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub asset_format_specific_classification_updated: Option<
        TrackedAssetEventIdentifierDescriptionPairsAssetFormatSpecificClassificationUpdated,
    >,
    /// The `asset_creation_failed` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub asset_creation_failed: Option<
        TrackedAssetEventIdentifierDescriptionPairsAssetCreationFailed,
    >,
    /// The `asset_tag_added` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub asset_tag_added: Option<
        TrackedAssetEventIdentifierDescriptionPairsAssetTagAdded,
    >,
    /// The `asset_link_added` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub asset_link_added: Option<
        TrackedAssetEventIdentifierDescriptionPairsAssetLinkAdded,
    >,
    /// user generated a link for the asset
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub asset_link_generated: Option<
        TrackedAssetEventIdentifierDescriptionPairsAssetLinkGenerated,
    >,
    /// The `asset_link_deleted` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub asset_link_deleted: Option<
        TrackedAssetEventIdentifierDescriptionPairsAssetLinkDeleted,
    >,
    /// The `asset_tag_deleted` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub asset_tag_deleted: Option<
        TrackedAssetEventIdentifierDescriptionPairsAssetTagDeleted,
    >,
    /// This is just a generic string for an asset was updated.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub asset_updated: Option<TrackedAssetEventIdentifierDescriptionPairsAssetUpdated>,
    /// This is a side effect event for a format value getting edited that exists on an asset.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub asset_format_value_edited: Option<
        TrackedAssetEventIdentifierDescriptionPairsAssetFormatValueEdited,
    >,
    /// This is a generic activity event for an asset getting updated because our format was updated for some reason.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub asset_format_updated: Option<
        TrackedAssetEventIdentifierDescriptionPairsAssetFormatUpdated,
    >,
    /// This means that a shareable link was revoked.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub asset_link_revoked: Option<
        TrackedAssetEventIdentifierDescriptionPairsAssetLinkRevoked,
    >,
    /// This just means that a person was added via the user.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub asset_person_added: Option<
        TrackedAssetEventIdentifierDescriptionPairsAssetPersonAdded,
    >,
    /// This just means that a person was deleted via the user.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub asset_person_deleted: Option<
        TrackedAssetEventIdentifierDescriptionPairsAssetPersonDeleted,
    >,
    /// This just means that a sensitive was added via the user.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub asset_sensitive_added: Option<
        TrackedAssetEventIdentifierDescriptionPairsAssetSensitiveAdded,
    >,
    /// This just means that a sensitive was deleted via the user.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub asset_sensitive_deleted: Option<
        TrackedAssetEventIdentifierDescriptionPairsAssetSensitiveDeleted,
    >,
    /// This means that an asset was view/used while the user was looking at the suggestion view.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub suggested_asset_referenced: Option<
        TrackedAssetEventIdentifierDescriptionPairsSuggestedAssetReferenced,
    >,
    /// This means that an asset was view/used while the user was looking at the searching view.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub searched_asset_referenced: Option<
        TrackedAssetEventIdentifierDescriptionPairsSearchedAssetReferenced,
    >,
    /// This means that an asset was view/used while the user was looking at the default view.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub asset_referenced: Option<
        TrackedAssetEventIdentifierDescriptionPairsAssetReferenced,
    >,
    /// This means that a user referenced an asset by first clicking on an asset within an activity event.(ie from the activity view)
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub activity_asset_referenced: Option<
        TrackedAssetEventIdentifierDescriptionPairsActivityAssetReferenced,
    >,
    /// The `asset_annotation_added` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub asset_annotation_added: Option<
        TrackedAssetEventIdentifierDescriptionPairsAssetAnnotationAdded,
    >,
    /// The `asset_annotation_deleted` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub asset_annotation_deleted: Option<
        TrackedAssetEventIdentifierDescriptionPairsAssetAnnotationDeleted,
    >,
    /// The `asset_annotation_updated` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub asset_annotation_updated: Option<
        TrackedAssetEventIdentifierDescriptionPairsAssetAnnotationUpdated,
    >,
    /// The `asset_hint_added` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub asset_hint_added: Option<
        TrackedAssetEventIdentifierDescriptionPairsAssetHintAdded,
    >,
    /// The `asset_hint_deleted` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub asset_hint_deleted: Option<
        TrackedAssetEventIdentifierDescriptionPairsAssetHintDeleted,
    >,
    /// The `asset_hint_updated` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub asset_hint_updated: Option<
        TrackedAssetEventIdentifierDescriptionPairsAssetHintUpdated,
    >,
    /// The `asset_anchor_added` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub asset_anchor_added: Option<
        TrackedAssetEventIdentifierDescriptionPairsAssetAnchorAdded,
    >,
    /// The `asset_anchor_deleted` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub asset_anchor_deleted: Option<
        TrackedAssetEventIdentifierDescriptionPairsAssetAnchorDeleted,
    >,
    /// The `asset_anchor_updated` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub asset_anchor_updated: Option<
        TrackedAssetEventIdentifierDescriptionPairsAssetAnchorUpdated,
    >,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// The key value pair for an asset being created.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetCreated {
    /// `an_asset_was_created`
    #[serde(rename = "an_asset_was_created")]
    AnAssetWasCreated,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display for TrackedAssetEventIdentifierDescriptionPairsAssetCreated {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// An asset was viewed
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetViewed {
    /// `an_asset_was_viewed`
    #[serde(rename = "an_asset_was_viewed")]
    AnAssetWasViewed,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display for TrackedAssetEventIdentifierDescriptionPairsAssetViewed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// An asset's format was copied
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetFormatCopied {
    /// `an_asset_preview_format_was_copied`
    #[serde(rename = "an_asset_preview_format_was_copied")]
    AnAssetPreviewFormatWasCopied,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display for TrackedAssetEventIdentifierDescriptionPairsAssetFormatCopied {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// An asset's format was downloaded
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetFormatDownloaded {
    /// `an_asset_format_was_downloaded`
    #[serde(rename = "an_asset_format_was_downloaded")]
    AnAssetFormatWasDownloaded,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display
for TrackedAssetEventIdentifierDescriptionPairsAssetFormatDownloaded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// An asset was deleted or not
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetDeleted {
    /// `an_asset_was_deleted`
    #[serde(rename = "an_asset_was_deleted")]
    AnAssetWasDeleted,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display for TrackedAssetEventIdentifierDescriptionPairsAssetDeleted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// An asset was redescribed by the user
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetDescriptionUpdated {
    /// `an_asset_was_redescribed_by_the_user`
    #[serde(rename = "an_asset_was_redescribed_by_the_user")]
    AnAssetWasRedescribedByTheUser,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display
for TrackedAssetEventIdentifierDescriptionPairsAssetDescriptionUpdated {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// An asset was renamed by the user
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetNameUpdated {
    /// `an_asset_was_renamed_by_the_user`
    #[serde(rename = "an_asset_was_renamed_by_the_user")]
    AnAssetWasRenamedByTheUser,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display for TrackedAssetEventIdentifierDescriptionPairsAssetNameUpdated {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// A generic classification was changed on a format within an asset
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetFormatGenericClassificationUpdated {
    /// `a_generic_classification_was_changed_on_a_format_within_an_asset`
    #[serde(rename = "a_generic_classification_was_changed_on_a_format_within_an_asset")]
    AGenericClassificationWasChangedOnAFormatWithinAnAsset,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display
for TrackedAssetEventIdentifierDescriptionPairsAssetFormatGenericClassificationUpdated {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// A specific classification was changed on a format within an asset
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetFormatSpecificClassificationUpdated {
    /// `a_specific_classification_was_changed_on_a_format_within_an_asset`
    #[serde(
        rename = "a_specific_classification_was_changed_on_a_format_within_an_asset"
    )]
    ASpecificClassificationWasChangedOnAFormatWithinAnAsset,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display
for TrackedAssetEventIdentifierDescriptionPairsAssetFormatSpecificClassificationUpdated {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// The `TrackedAssetEventIdentifierDescriptionPairsAssetCreationFailed` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetCreationFailed {
    /// `an_asset_failed_to_be_created`
    #[serde(rename = "an_asset_failed_to_be_created")]
    AnAssetFailedToBeCreated,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display
for TrackedAssetEventIdentifierDescriptionPairsAssetCreationFailed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// The `TrackedAssetEventIdentifierDescriptionPairsAssetTagAdded` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetTagAdded {
    /// `a_tag_was_added_by_the_user`
    #[serde(rename = "a_tag_was_added_by_the_user")]
    ATagWasAddedByTheUser,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display for TrackedAssetEventIdentifierDescriptionPairsAssetTagAdded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// The `TrackedAssetEventIdentifierDescriptionPairsAssetLinkAdded` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetLinkAdded {
    /// `a_link_was_added_by_the_user`
    #[serde(rename = "a_link_was_added_by_the_user")]
    ALinkWasAddedByTheUser,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display for TrackedAssetEventIdentifierDescriptionPairsAssetLinkAdded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// user generated a link for the asset
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetLinkGenerated {
    /// `an_asset_link_was_generated`
    #[serde(rename = "an_asset_link_was_generated")]
    AnAssetLinkWasGenerated,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display
for TrackedAssetEventIdentifierDescriptionPairsAssetLinkGenerated {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// The `TrackedAssetEventIdentifierDescriptionPairsAssetLinkDeleted` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetLinkDeleted {
    /// `a_link_was_deleted_by_the_user`
    #[serde(rename = "a_link_was_deleted_by_the_user")]
    ALinkWasDeletedByTheUser,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display for TrackedAssetEventIdentifierDescriptionPairsAssetLinkDeleted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// The `TrackedAssetEventIdentifierDescriptionPairsAssetTagDeleted` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetTagDeleted {
    /// `a_tag_was_deleted_by_the_user`
    #[serde(rename = "a_tag_was_deleted_by_the_user")]
    ATagWasDeletedByTheUser,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display for TrackedAssetEventIdentifierDescriptionPairsAssetTagDeleted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// This is just a generic string for an asset was updated.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetUpdated {
    /// `an_asset_was_updated`
    #[serde(rename = "an_asset_was_updated")]
    AnAssetWasUpdated,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display for TrackedAssetEventIdentifierDescriptionPairsAssetUpdated {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// This is a side effect event for a format value getting edited that exists on an asset.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetFormatValueEdited {
    /// `a_specific_format_value_was_edited_on_an_asset`
    #[serde(rename = "a_specific_format_value_was_edited_on_an_asset")]
    ASpecificFormatValueWasEditedOnAnAsset,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display
for TrackedAssetEventIdentifierDescriptionPairsAssetFormatValueEdited {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// This is a generic activity event for an asset getting updated because our format was updated for some reason.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetFormatUpdated {
    /// `a_specific_format_was_updated_on_an_asset`
    #[serde(rename = "a_specific_format_was_updated_on_an_asset")]
    ASpecificFormatWasUpdatedOnAnAsset,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display
for TrackedAssetEventIdentifierDescriptionPairsAssetFormatUpdated {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// This means that a shareable link was revoked.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetLinkRevoked {
    /// `an_asset_link_was_revoked`
    #[serde(rename = "an_asset_link_was_revoked")]
    AnAssetLinkWasRevoked,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display for TrackedAssetEventIdentifierDescriptionPairsAssetLinkRevoked {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// This just means that a person was added via the user.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetPersonAdded {
    /// `a_person_was_added_by_the_user`
    #[serde(rename = "a_person_was_added_by_the_user")]
    APersonWasAddedByTheUser,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display for TrackedAssetEventIdentifierDescriptionPairsAssetPersonAdded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// This just means that a person was deleted via the user.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetPersonDeleted {
    /// `a_person_was_deleted_by_the_user`
    #[serde(rename = "a_person_was_deleted_by_the_user")]
    APersonWasDeletedByTheUser,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display
for TrackedAssetEventIdentifierDescriptionPairsAssetPersonDeleted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// This just means that a sensitive was added via the user.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetSensitiveAdded {
    /// `a_sensitive_was_added_by_the_user`
    #[serde(rename = "a_sensitive_was_added_by_the_user")]
    ASensitiveWasAddedByTheUser,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display
for TrackedAssetEventIdentifierDescriptionPairsAssetSensitiveAdded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// This just means that a sensitive was deleted via the user.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetSensitiveDeleted {
    /// `a_sensitive_was_deleted_by_the_user`
    #[serde(rename = "a_sensitive_was_deleted_by_the_user")]
    ASensitiveWasDeletedByTheUser,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display
for TrackedAssetEventIdentifierDescriptionPairsAssetSensitiveDeleted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// This means that an asset was view/used while the user was looking at the suggestion view.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsSuggestedAssetReferenced {
    /// `a_suggested_asset_was_referenced_by_the_user`
    #[serde(rename = "a_suggested_asset_was_referenced_by_the_user")]
    ASuggestedAssetWasReferencedByTheUser,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display
for TrackedAssetEventIdentifierDescriptionPairsSuggestedAssetReferenced {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// This means that an asset was view/used while the user was looking at the searching view.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsSearchedAssetReferenced {
    /// `a_searched_asset_was_referenced_by_the_user`
    #[serde(rename = "a_searched_asset_was_referenced_by_the_user")]
    ASearchedAssetWasReferencedByTheUser,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display
for TrackedAssetEventIdentifierDescriptionPairsSearchedAssetReferenced {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// This means that an asset was view/used while the user was looking at the default view.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetReferenced {
    /// `an_asset_was_referenced_by_the_user`
    #[serde(rename = "an_asset_was_referenced_by_the_user")]
    AnAssetWasReferencedByTheUser,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display for TrackedAssetEventIdentifierDescriptionPairsAssetReferenced {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// This means that a user referenced an asset by first clicking on an asset within an activity event.(ie from the activity view)
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsActivityAssetReferenced {
    /// `an_activity_asset_was_referenced_by_the_user`
    #[serde(rename = "an_activity_asset_was_referenced_by_the_user")]
    AnActivityAssetWasReferencedByTheUser,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display
for TrackedAssetEventIdentifierDescriptionPairsActivityAssetReferenced {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// The `TrackedAssetEventIdentifierDescriptionPairsAssetAnnotationAdded` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetAnnotationAdded {
    /// `an_annotation_was_added_by_the_user`
    #[serde(rename = "an_annotation_was_added_by_the_user")]
    AnAnnotationWasAddedByTheUser,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display
for TrackedAssetEventIdentifierDescriptionPairsAssetAnnotationAdded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// The `TrackedAssetEventIdentifierDescriptionPairsAssetAnnotationDeleted` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetAnnotationDeleted {
    /// `an_annotation_was_deleted_by_the_user`
    #[serde(rename = "an_annotation_was_deleted_by_the_user")]
    AnAnnotationWasDeletedByTheUser,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display
for TrackedAssetEventIdentifierDescriptionPairsAssetAnnotationDeleted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// The `TrackedAssetEventIdentifierDescriptionPairsAssetAnnotationUpdated` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetAnnotationUpdated {
    /// `an_annotation_was_updated_by_the_user`
    #[serde(rename = "an_annotation_was_updated_by_the_user")]
    AnAnnotationWasUpdatedByTheUser,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display
for TrackedAssetEventIdentifierDescriptionPairsAssetAnnotationUpdated {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// The `TrackedAssetEventIdentifierDescriptionPairsAssetHintAdded` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetHintAdded {
    /// `a_hint_was_added_by_the_user`
    #[serde(rename = "a_hint_was_added_by_the_user")]
    AHintWasAddedByTheUser,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display for TrackedAssetEventIdentifierDescriptionPairsAssetHintAdded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// The `TrackedAssetEventIdentifierDescriptionPairsAssetHintDeleted` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetHintDeleted {
    /// `a_hint_was_deleted_by_the_user`
    #[serde(rename = "a_hint_was_deleted_by_the_user")]
    AHintWasDeletedByTheUser,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display for TrackedAssetEventIdentifierDescriptionPairsAssetHintDeleted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// The `TrackedAssetEventIdentifierDescriptionPairsAssetHintUpdated` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetHintUpdated {
    /// `a_hint_was_updated_by_the_user`
    #[serde(rename = "a_hint_was_updated_by_the_user")]
    AHintWasUpdatedByTheUser,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display for TrackedAssetEventIdentifierDescriptionPairsAssetHintUpdated {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// The `TrackedAssetEventIdentifierDescriptionPairsAssetAnchorAdded` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetAnchorAdded {
    /// `a_anchor_was_added_by_the_user`
    #[serde(rename = "a_anchor_was_added_by_the_user")]
    AAnchorWasAddedByTheUser,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display for TrackedAssetEventIdentifierDescriptionPairsAssetAnchorAdded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// The `TrackedAssetEventIdentifierDescriptionPairsAssetAnchorDeleted` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetAnchorDeleted {
    /// `a_anchor_was_deleted_by_the_user`
    #[serde(rename = "a_anchor_was_deleted_by_the_user")]
    AAnchorWasDeletedByTheUser,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display
for TrackedAssetEventIdentifierDescriptionPairsAssetAnchorDeleted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// The `TrackedAssetEventIdentifierDescriptionPairsAssetAnchorUpdated` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedAssetEventIdentifierDescriptionPairsAssetAnchorUpdated {
    /// `a_anchor_was_updated_by_the_user`
    #[serde(rename = "a_anchor_was_updated_by_the_user")]
    AAnchorWasUpdatedByTheUser,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display
for TrackedAssetEventIdentifierDescriptionPairsAssetAnchorUpdated {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// TrackedAssetEventMetadata
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TrackedAssetEventMetadata {
    /// The `reclassification` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub reclassification: Option<TrackedAssetEventFormatReclassificationMetadata>,
    /// The `creation` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub creation: Option<TrackedAssetEventCreationMetadata>,
    /// The `rename` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub rename: Option<TrackedAssetEventRenameMetadata>,
    /// The `tag` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub tag: Option<ReferencedTag>,
    /// The `website` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub website: Option<ReferencedWebsite>,
    /// The `person` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub person: Option<ReferencedPerson>,
    /// The `sensitive` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub sensitive: Option<ReferencedSensitive>,
    /// The `share` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub share: Option<ReferencedShare>,
    /// The `search` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub search: Option<TrackedAssetsEventSearchMetadata>,
    /// The `annotation` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub annotation: Option<ReferencedAnnotation>,
    /// The `hint` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub hint: Option<ReferencedHint>,
    /// The `anchor` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub anchor: Option<ReferencedAnchor>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// TrackedAssetEventRenameMetadata
///
/// This will give specific metadata need to determine what the rename was to/from.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TrackedAssetEventRenameMetadata {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `previous` property.
    pub previous: String,
    /// The `current` property.
    pub current: String,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// TrackedAssetsEventIdentifierDescriptionPairs
///
/// These are all of the available event types that are permitted in an object pair notation.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TrackedAssetsEventIdentifierDescriptionPairs {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// A If the assets were searched
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub assets_searched: Option<
        TrackedAssetsEventIdentifierDescriptionPairsAssetsSearched,
    >,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// A If the assets were searched
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedAssetsEventIdentifierDescriptionPairsAssetsSearched {
    /// `assets_were_searched`
    #[serde(rename = "assets_were_searched")]
    AssetsWereSearched,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display for TrackedAssetsEventIdentifierDescriptionPairsAssetsSearched {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// TrackedAssetsEventSearchMetadata
///
/// Metadata attached to a search event on an Asset
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TrackedAssetsEventSearchMetadata {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The search query itself
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub query: Option<String>,
    /// The `results` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub results: Option<TrackedAssetsEventSearchMetadataResults>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// TrackedAssetsEventSearchMetadataResults
///
/// Numbers related to search results
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TrackedAssetsEventSearchMetadataResults {
    /// Total number of fuzzy results
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub fuzzy: Option<f64>,
    /// Total number of exact results
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub exact: Option<f64>,
    /// The `assets` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub assets: Option<FlattenedAssets>,
    /// The `space` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub space: Option<Space>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// TrackedConversationEventIdentifierDescriptionPairs
///
/// These are all of the available event types that are permitted in an object pair notation.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TrackedConversationEventIdentifierDescriptionPairs {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The key value pair for an conversation being created.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub conversation_created: Option<
        TrackedConversationEventIdentifierDescriptionPairsConversationCreated,
    >,
    /// This means that an conversation was view/used while the user was looking at the default view.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub conversation_referenced: Option<
        TrackedConversationEventIdentifierDescriptionPairsConversationReferenced,
    >,
    /// A conversation was deleted
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub conversation_deleted: Option<
        TrackedConversationEventIdentifierDescriptionPairsConversationDeleted,
    >,
    /// A conversation summary was generated by the user
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub conversation_summary_annotation_generated_by_the_user: Option<
        TrackedConversationEventIdentifierDescriptionPairsConversationSummaryAnnotationGeneratedByTheUser,
    >,
    /// A conversation was renamed by the system
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub conversation_name_updated_by_the_system: Option<
        TrackedConversationEventIdentifierDescriptionPairsConversationNameUpdatedByTheSystem,
    >,
    /// A conversation was renamed by the user
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub conversation_name_updated_by_the_user: Option<
        TrackedConversationEventIdentifierDescriptionPairsConversationNameUpdatedByTheUser,
    >,
    /// A conversation summary was generated
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub conversation_summary_annotation_generated_by_the_system: Option<
        TrackedConversationEventIdentifierDescriptionPairsConversationSummaryAnnotationGeneratedByTheSystem,
    >,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// The key value pair for an conversation being created.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedConversationEventIdentifierDescriptionPairsConversationCreated {
    /// `a_conversation_was_created`
    #[serde(rename = "a_conversation_was_created")]
    AConversationWasCreated,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display
for TrackedConversationEventIdentifierDescriptionPairsConversationCreated {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// This means that an conversation was view/used while the user was looking at the default view.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedConversationEventIdentifierDescriptionPairsConversationReferenced {
    /// `a_conversation_was_referenced_by_the_user`
    #[serde(rename = "a_conversation_was_referenced_by_the_user")]
    AConversationWasReferencedByTheUser,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display
for TrackedConversationEventIdentifierDescriptionPairsConversationReferenced {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// A conversation was deleted
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedConversationEventIdentifierDescriptionPairsConversationDeleted {
    /// `a_conversation_was_deleted`
    #[serde(rename = "a_conversation_was_deleted")]
    AConversationWasDeleted,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display
for TrackedConversationEventIdentifierDescriptionPairsConversationDeleted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// A conversation summary was generated by the user
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedConversationEventIdentifierDescriptionPairsConversationSummaryAnnotationGeneratedByTheUser {
    /// `a_conversation_summary_annotation_was_generated_by_the_user`
    #[serde(rename = "a_conversation_summary_annotation_was_generated_by_the_user")]
    AConversationSummaryAnnotationWasGeneratedByTheUser,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display
for TrackedConversationEventIdentifierDescriptionPairsConversationSummaryAnnotationGeneratedByTheUser {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// A conversation was renamed by the system
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedConversationEventIdentifierDescriptionPairsConversationNameUpdatedByTheSystem {
    /// `a_conversation_was_renamed_by_the_system`
    #[serde(rename = "a_conversation_was_renamed_by_the_system")]
    AConversationWasRenamedByTheSystem,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display
for TrackedConversationEventIdentifierDescriptionPairsConversationNameUpdatedByTheSystem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// A conversation was renamed by the user
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedConversationEventIdentifierDescriptionPairsConversationNameUpdatedByTheUser {
    /// `a_conversation_was_renamed_by_the_user`
    #[serde(rename = "a_conversation_was_renamed_by_the_user")]
    AConversationWasRenamedByTheUser,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display
for TrackedConversationEventIdentifierDescriptionPairsConversationNameUpdatedByTheUser {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// A conversation summary was generated
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedConversationEventIdentifierDescriptionPairsConversationSummaryAnnotationGeneratedByTheSystem {
    /// `a_conversation_summary_annotation_was_generated_by_the_system`
    #[serde(rename = "a_conversation_summary_annotation_was_generated_by_the_system")]
    AConversationSummaryAnnotationWasGeneratedByTheSystem,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display
for TrackedConversationEventIdentifierDescriptionPairsConversationSummaryAnnotationGeneratedByTheSystem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// TrackedConversationEventMetadata
///
/// This is the metadata for the the ConversationEvent
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TrackedConversationEventMetadata {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `rename` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub rename: Option<TrackedConversationEventRenameMetadata>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// TrackedConversationEventRenameMetadata
///
/// This will give specific metadata need to determine what the rename was to/from.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TrackedConversationEventRenameMetadata {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `previous` property.
    pub previous: String,
    /// The `current` property.
    pub current: String,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// TrackedFormatEventIdentifierDescriptionPairs
///
/// This is a model that allows us to send send over super specific format related events such as copied, deleted, downloaded, etc
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TrackedFormatEventIdentifierDescriptionPairs {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The key value pair for an asset being created.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub format_created: Option<
        TrackedFormatEventIdentifierDescriptionPairsFormatCreated,
    >,
    /// If a format was copied entirely
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub format_copied: Option<TrackedFormatEventIdentifierDescriptionPairsFormatCopied>,
    /// If a format was copied partially
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub format_partially_copied: Option<
        TrackedFormatEventIdentifierDescriptionPairsFormatPartiallyCopied,
    >,
    /// If a format was downloaded
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub format_downloaded: Option<
        TrackedFormatEventIdentifierDescriptionPairsFormatDownloaded,
    >,
    /// If an format was deleted
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub format_deleted: Option<
        TrackedFormatEventIdentifierDescriptionPairsFormatDeleted,
    >,
    /// If a generic classification was changed on a format
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub format_generic_classification_updated: Option<
        TrackedFormatEventIdentifierDescriptionPairsFormatGenericClassificationUpdated,
    >,
    /// If a specific classification was changed on a format
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub format_specific_classification_updated: Option<
        TrackedFormatEventIdentifierDescriptionPairsFormatSpecificClassificationUpdated,
    >,
    /// a format was updated, generic update.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub format_updated: Option<
        TrackedFormatEventIdentifierDescriptionPairsFormatUpdated,
    >,
    /// a format was inserted
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub format_inserted: Option<
        TrackedFormatEventIdentifierDescriptionPairsFormatInserted,
    >,
    /// a format's value was update ie, the text, etc...
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub format_value_edited: Option<
        TrackedFormatEventIdentifierDescriptionPairsFormatValueEdited,
    >,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// The key value pair for an asset being created.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedFormatEventIdentifierDescriptionPairsFormatCreated {
    /// `a_format_was_created`
    #[serde(rename = "a_format_was_created")]
    AFormatWasCreated,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display for TrackedFormatEventIdentifierDescriptionPairsFormatCreated {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// If a format was copied entirely
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedFormatEventIdentifierDescriptionPairsFormatCopied {
    /// `if_a_format_was_entirely_copied`
    #[serde(rename = "if_a_format_was_entirely_copied")]
    IfAFormatWasEntirelyCopied,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display for TrackedFormatEventIdentifierDescriptionPairsFormatCopied {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// If a format was copied partially
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedFormatEventIdentifierDescriptionPairsFormatPartiallyCopied {
    /// `if_a_format_was_partially_copied`
    #[serde(rename = "if_a_format_was_partially_copied")]
    IfAFormatWasPartiallyCopied,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display
for TrackedFormatEventIdentifierDescriptionPairsFormatPartiallyCopied {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// If a format was downloaded
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedFormatEventIdentifierDescriptionPairsFormatDownloaded {
    /// `if_a_format_was_downloaded`
    #[serde(rename = "if_a_format_was_downloaded")]
    IfAFormatWasDownloaded,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display for TrackedFormatEventIdentifierDescriptionPairsFormatDownloaded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// If an format was deleted
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedFormatEventIdentifierDescriptionPairsFormatDeleted {
    /// `if_a_format_was_deleted`
    #[serde(rename = "if_a_format_was_deleted")]
    IfAFormatWasDeleted,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display for TrackedFormatEventIdentifierDescriptionPairsFormatDeleted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// If a generic classification was changed on a format
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedFormatEventIdentifierDescriptionPairsFormatGenericClassificationUpdated {
    /// `if_a_generic_classification_was_changed_on_a_format`
    #[serde(rename = "if_a_generic_classification_was_changed_on_a_format")]
    IfAGenericClassificationWasChangedOnAFormat,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display
for TrackedFormatEventIdentifierDescriptionPairsFormatGenericClassificationUpdated {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// If a specific classification was changed on a format
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedFormatEventIdentifierDescriptionPairsFormatSpecificClassificationUpdated {
    /// `if_a_specific_classification_was_changed_on_a_format`
    #[serde(rename = "if_a_specific_classification_was_changed_on_a_format")]
    IfASpecificClassificationWasChangedOnAFormat,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display
for TrackedFormatEventIdentifierDescriptionPairsFormatSpecificClassificationUpdated {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// a format was updated, generic update.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedFormatEventIdentifierDescriptionPairsFormatUpdated {
    /// `a_format_was_updated`
    #[serde(rename = "a_format_was_updated")]
    AFormatWasUpdated,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display for TrackedFormatEventIdentifierDescriptionPairsFormatUpdated {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// a format was inserted
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedFormatEventIdentifierDescriptionPairsFormatInserted {
    /// `a_format_was_inserted`
    #[serde(rename = "a_format_was_inserted")]
    AFormatWasInserted,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display for TrackedFormatEventIdentifierDescriptionPairsFormatInserted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// a format's value was update ie, the text, etc...
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedFormatEventIdentifierDescriptionPairsFormatValueEdited {
    /// `a_format_value_was_edited`
    #[serde(rename = "a_format_value_was_edited")]
    AFormatValueWasEdited,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display
for TrackedFormatEventIdentifierDescriptionPairsFormatValueEdited {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// TrackedFormatEventMetadata
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TrackedFormatEventMetadata {
    /// The `reclassification` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub reclassification: Option<TrackedAssetEventFormatReclassificationMetadata>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// TrackedSessionEventIdentifierDescriptionPairs
///
/// These are all of the available event types that are permitted in an object pair notation.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TrackedSessionEventIdentifierDescriptionPairs {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The key value pair for an application being opened.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub session_initialized: Option<
        TrackedSessionEventIdentifierDescriptionPairsSessionInitialized,
    >,
    /// There was a successful connection locally
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub session_local_connection_succeeded: Option<
        TrackedSessionEventIdentifierDescriptionPairsSessionLocalConnectionSucceeded,
    >,
    /// There was a failed connection locally
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub session_local_connection_failed: Option<
        TrackedSessionEventIdentifierDescriptionPairsSessionLocalConnectionFailed,
    >,
    /// If the current application is in the background or not, could also be minimized.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub session_inactive: Option<
        TrackedSessionEventIdentifierDescriptionPairsSessionInactive,
    >,
    /// If the application has been brought to the forground.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub session_active: Option<
        TrackedSessionEventIdentifierDescriptionPairsSessionActive,
    >,
    /// If the user has closed the application, thus ending the session.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub session_terminated: Option<
        TrackedSessionEventIdentifierDescriptionPairsSessionTerminated,
    >,
    /// A user has signed into this session with a an external account
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub session_authenticated_with_sign_in: Option<
        TrackedSessionEventIdentifierDescriptionPairsSessionAuthenticatedWithSignIn,
    >,
    /// A user has signed out of this session
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub session_unauthenticated_with_sign_out: Option<
        TrackedSessionEventIdentifierDescriptionPairsSessionUnauthenticatedWithSignOut,
    >,
    /// A user did not sign into the session with a dismissal
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub session_unauthenticated_with_dismiss: Option<
        TrackedSessionEventIdentifierDescriptionPairsSessionUnauthenticatedWithDismiss,
    >,
    /// A user did not sign into the session with a reminder
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub session_unauthenticated_with_remind: Option<
        TrackedSessionEventIdentifierDescriptionPairsSessionUnauthenticatedWithRemind,
    >,
    /// Onboarding has been initialized for this session
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub session_onboarding_initialized: Option<
        TrackedSessionEventIdentifierDescriptionPairsSessionOnboardingInitialized,
    >,
    /// Onboarding has been completed for this session
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub session_onboarding_completed: Option<
        TrackedSessionEventIdentifierDescriptionPairsSessionOnboardingCompleted,
    >,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// The key value pair for an application being opened.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedSessionEventIdentifierDescriptionPairsSessionInitialized {
    /// `a_session_has_been_initialized_and_the_application_has_been_opened`
    #[serde(
        rename = "a_session_has_been_initialized_and_the_application_has_been_opened"
    )]
    ASessionHasBeenInitializedAndTheApplicationHasBeenOpened,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display
for TrackedSessionEventIdentifierDescriptionPairsSessionInitialized {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// There was a successful connection locally
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedSessionEventIdentifierDescriptionPairsSessionLocalConnectionSucceeded {
    /// `one_or_more_applications_has_successfully_connected`
    #[serde(rename = "one_or_more_applications_has_successfully_connected")]
    OneOrMoreApplicationsHasSuccessfullyConnected,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display
for TrackedSessionEventIdentifierDescriptionPairsSessionLocalConnectionSucceeded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// There was a failed connection locally
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedSessionEventIdentifierDescriptionPairsSessionLocalConnectionFailed {
    /// `one_or_more_applications_has_failed_to_connect_locally`
    #[serde(rename = "one_or_more_applications_has_failed_to_connect_locally")]
    OneOrMoreApplicationsHasFailedToConnectLocally,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display
for TrackedSessionEventIdentifierDescriptionPairsSessionLocalConnectionFailed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// If the current application is in the background or not, could also be minimized.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedSessionEventIdentifierDescriptionPairsSessionInactive {
    /// `a_session_is_inactive_because_the_application_is_not_in_the_foreground`
    #[serde(
        rename = "a_session_is_inactive_because_the_application_is_not_in_the_foreground"
    )]
    ASessionIsInactiveBecauseTheApplicationIsNotInTheForeground,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display for TrackedSessionEventIdentifierDescriptionPairsSessionInactive {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// If the application has been brought to the forground.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedSessionEventIdentifierDescriptionPairsSessionActive {
    /// `a_session_is_active_because_the_application_is_in_the_foreground`
    #[serde(rename = "a_session_is_active_because_the_application_is_in_the_foreground")]
    ASessionIsActiveBecauseTheApplicationIsInTheForeground,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display for TrackedSessionEventIdentifierDescriptionPairsSessionActive {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// If the user has closed the application, thus ending the session.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedSessionEventIdentifierDescriptionPairsSessionTerminated {
    /// `a_session_has_been_ended_and_the_application_has_been_closed`
    #[serde(rename = "a_session_has_been_ended_and_the_application_has_been_closed")]
    ASessionHasBeenEndedAndTheApplicationHasBeenClosed,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display
for TrackedSessionEventIdentifierDescriptionPairsSessionTerminated {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// A user has signed into this session with a an external account
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedSessionEventIdentifierDescriptionPairsSessionAuthenticatedWithSignIn {
    /// `a_user_has_signed_into_this_session_with_a_an_external_account`
    #[serde(rename = "a_user_has_signed_into_this_session_with_a_an_external_account")]
    AUserHasSignedIntoThisSessionWithAAnExternalAccount,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display
for TrackedSessionEventIdentifierDescriptionPairsSessionAuthenticatedWithSignIn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// A user has signed out of this session
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedSessionEventIdentifierDescriptionPairsSessionUnauthenticatedWithSignOut {
    /// `a_user_has_signed_out_of_this_session`
    #[serde(rename = "a_user_has_signed_out_of_this_session")]
    AUserHasSignedOutOfThisSession,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display
for TrackedSessionEventIdentifierDescriptionPairsSessionUnauthenticatedWithSignOut {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// A user did not sign into the session with a dismissal
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedSessionEventIdentifierDescriptionPairsSessionUnauthenticatedWithDismiss {
    /// `a_user_did_not_sign_into_the_session_with_a_dismissal`
    #[serde(rename = "a_user_did_not_sign_into_the_session_with_a_dismissal")]
    AUserDidNotSignIntoTheSessionWithADismissal,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display
for TrackedSessionEventIdentifierDescriptionPairsSessionUnauthenticatedWithDismiss {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// A user did not sign into the session with a reminder
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedSessionEventIdentifierDescriptionPairsSessionUnauthenticatedWithRemind {
    /// `a_user_did_not_sign_into_the_session_with_a_reminder`
    #[serde(rename = "a_user_did_not_sign_into_the_session_with_a_reminder")]
    AUserDidNotSignIntoTheSessionWithAReminder,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display
for TrackedSessionEventIdentifierDescriptionPairsSessionUnauthenticatedWithRemind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// Onboarding has been initialized for this session
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedSessionEventIdentifierDescriptionPairsSessionOnboardingInitialized {
    /// `onboarding_has_been_initialized_for_this_session`
    #[serde(rename = "onboarding_has_been_initialized_for_this_session")]
    OnboardingHasBeenInitializedForThisSession,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display
for TrackedSessionEventIdentifierDescriptionPairsSessionOnboardingInitialized {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// Onboarding has been completed for this session
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Eq, Hash)]
pub enum TrackedSessionEventIdentifierDescriptionPairsSessionOnboardingCompleted {
    /// `onboarding_has_been_completed_for_this_session`
    #[serde(rename = "onboarding_has_been_completed_for_this_session")]
    OnboardingHasBeenCompletedForThisSession,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    #[serde(untagged, deserialize_with = "crate::support::unknown_value")]
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

impl std::fmt::Display
for TrackedSessionEventIdentifierDescriptionPairsSessionOnboardingCompleted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

/// TransferableBytes
///
/// Bytes is a Model for A FileFormat.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TransferableBytes {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// IMPLEMENTED
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub raw: Option<Vec<crate::Integer>>,
    /// NOT IMPLEMENTED
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub base64: Option<Vec<crate::Integer>>,
    /// NOT IMPLEMENTED
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub base64_url: Option<Vec<crate::Integer>>,
    /// NOT IMPLEMENTED
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub data_url: Option<Vec<crate::Integer>>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// TransferableString
///
/// This is a String representaion of any of these changes.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct TransferableString {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// IMPLEMENTED
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub raw: Option<String>,
    /// NOT IMPLEMENTED
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub base64: Option<String>,
    /// NOT IMPLEMENTED
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub base64_url: Option<String>,
    /// NOT IMPLEMENTED
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub data_url: Option<String>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// UserBetaStatus
///
/// This is used to either grant or remove a specific provider betastatus
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct UserBetaStatus {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `auth0` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub auth0: Option<Auth0UserBetaStatus>,
    /// The `user` property.
    pub user: String,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// UserProfile
///
/// This is the model for a user logged into Pieces.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct UserProfile {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// mapped from picture.URL pointing to the user's profile picture.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub picture: Option<crate::Uri>,
    /// The `email` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub email: Option<String>,
    /// The `created` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub created: Option<GroupedTimestamp>,
    /// The `updated` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub updated: Option<GroupedTimestamp>,
    /// (unique) User's username.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub username: Option<String>,
    /// The `id` property.
    pub id: String,
    /// This is the name of the User.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub name: Option<String>,
    /// The `aesthetics` property.
    pub aesthetics: Aesthetics,
    /// The `vanityname` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub vanityname: Option<String>,
    /// The `allocation` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub allocation: Option<AllocationCloud>,
    /// The `providers` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub providers: Option<ExternalProviders>,
    /// The `auth0` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub auth0: Option<Auth0UserMetadata>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// WorkstreamEventContext
///
/// This is a free form data object that will enable additional data to be passed into SeededWorkstreamEvent, that corresponds to the event on the WorkstreamEvent.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct WorkstreamEventContext {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `ide` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub ide: Option<WorkstreamEventTriggerContextIde>,
    /// The `browser` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub browser: Option<WorkstreamEventTriggerContextBrowser>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// WorkstreamEventTrigger
///
/// This is the specific event that represent the Shadow Activity ie the copy/paste ...xyz
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct WorkstreamEventTrigger {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// this is a sort of check-in event(ie when ever your application is in the forground on there is an interaction)
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub check_in: Option<bool>,
    /// The `copy` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub copy: Option<bool>,
    /// The `paste` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub paste: Option<bool>,
    /// The `file_open` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub file_open: Option<bool>,
    /// The `file_close` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub file_close: Option<bool>,
    /// The `tab_switch` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub tab_switch: Option<bool>,
    /// The `tab_close` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub tab_close: Option<bool>,
    /// The `tab_open` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub tab_open: Option<bool>,
    /// The `tab_enter` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub tab_enter: Option<bool>,
    /// The `tab_leave` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub tab_leave: Option<bool>,
    /// The `url_changed` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub url_changed: Option<bool>,
    /// The `application_enter` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub application_enter: Option<bool>,
    /// The `application_leave` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub application_leave: Option<bool>,
    /// The `application_switch` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub application_switch: Option<bool>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// WorkstreamEventTriggerContextBrowser
///
/// This is the given context for the browser,
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct WorkstreamEventTriggerContextBrowser {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `tabs` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub tabs: Option<BrowserTabs>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// WorkstreamEventTriggerContextIDE
///
/// This is the given context for an IDE.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct WorkstreamEventTriggerContextIde {
    /// The `schema` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub schema: Option<EmbeddedModelSchema>,
    /// The `tabs` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub tabs: Option<IdeTabs>,
    /// The `modules` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub modules: Option<ProjectModules>,
    /// The `name` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub name: Option<String>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
