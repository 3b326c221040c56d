// @generated from spec/docspace.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq, Default)]
    #[closed]
    pub struct ThumbnailsDataDto {
        /// Original photo
        pub original: Option<String> = "original" optional_or_null,
        /// Retina
        pub retina: Option<String> = "retina" optional_or_null,
        /// Maximum size
        pub max: Option<String> = "max" optional_or_null,
        /// Big
        pub big: Option<String> = "big" optional_or_null,
        /// Medium
        pub medium: Option<String> = "medium" optional_or_null,
        /// Small
        pub small: Option<String> = "small" optional_or_null,
    }
}
