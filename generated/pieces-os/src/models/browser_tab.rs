// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// BrowserTab
    ///
    /// a tab can have many values because you might want to pass in a value that represents the code_blocks(snippets) or a md represenet note: please only pass 1 representation, I will clean on POS side tho (txt || md || html)
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct BrowserTab {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub values: Option<BrowserTabValues> = "values" optional,
        pub anchor: Option<SeededAnchor> = "anchor" optional,
        pub website: Option<SeededWebsite> = "website" optional,
        pub range: Option<AnonymousTemporalRange> = "range" optional,
        pub current: Option<bool> = "current" optional,
        pub contributors: Option<DocumentContributors> = "contributors" optional,
    }
}
