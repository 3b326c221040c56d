// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// ProjectModule
    ///
    /// This is a representation of a Module or a Project
    #[derive(Debug, Clone, PartialEq)]
    pub struct ProjectModule {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub anchor: SeededAnchor = "anchor" required,
        pub range: Option<AnonymousTemporalRange> = "range" optional,
        pub contributors: Option<DocumentContributors> = "contributors" optional,
        pub classifications: Option<Classifications> = "classifications" optional,
    }
}
