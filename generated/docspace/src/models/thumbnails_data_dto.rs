// @generated from spec/docspace.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ThumbnailsDataDto {
    /// Original photo
    pub original: Option<String>,
    /// Retina
    pub retina: Option<String>,
    /// Maximum size
    pub max: Option<String>,
    /// Big
    pub big: Option<String>,
    /// Medium
    pub medium: Option<String>,
    /// Small
    pub small: Option<String>,
}

crate::support::object!(closed ThumbnailsDataDto {
    original: "original" optional_or_null,
    retina: "retina" optional_or_null,
    max: "max" optional_or_null,
    big: "big" optional_or_null,
    medium: "medium" optional_or_null,
    small: "small" optional_or_null,
});
