// @generated from spec/docspace.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct ThumbnailsDataDto {
    /// Original photo
    #[serde(skip_serializing_if = "Option::is_none")]
    pub original: Option<String>,
    /// Retina
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retina: Option<String>,
    /// Maximum size
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max: Option<String>,
    /// Big
    #[serde(skip_serializing_if = "Option::is_none")]
    pub big: Option<String>,
    /// Medium
    #[serde(skip_serializing_if = "Option::is_none")]
    pub medium: Option<String>,
    /// Small
    #[serde(skip_serializing_if = "Option::is_none")]
    pub small: Option<String>,
}
