// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// BrowserTab
///
/// a tab can have many values because you might want to pass in a value that represents the code_blocks(snippets) or a md represenet note: please only pass 1 representation, I will clean on POS side tho (txt || md || html)
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BrowserTab {
    pub schema: Option<EmbeddedModelSchema>,
    pub values: Option<BrowserTabValues>,
    pub anchor: Option<SeededAnchor>,
    pub website: Option<SeededWebsite>,
    pub range: Option<AnonymousTemporalRange>,
    pub current: Option<bool>,
    pub contributors: Option<DocumentContributors>,
}

crate::support::object!(BrowserTab {
    schema: "schema" optional,
    values: "values" optional,
    anchor: "anchor" optional,
    website: "website" optional,
    range: "range" optional,
    current: "current" optional,
    contributors: "contributors" optional,
});
