// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

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
