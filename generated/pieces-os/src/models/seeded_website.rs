// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// SeededWebsite
///
/// This is the minimum information required to create a website for a specific asset.
#[derive(Debug, Clone, PartialEq)]
pub struct SeededWebsite {
    pub schema: Option<EmbeddedModelSchema>,
    /// This is the specific asset that this website is going to get attached to!!
    pub asset: Option<String>,
    /// This is the specific conversation that this website is going to get attached to!!
    pub conversation: Option<String>,
    /// this is the url of the website.
    pub url: String,
    /// name of the website.(customizable and updateable as well.)
    pub name: String,
    pub mechanism: Option<MechanismEnum>,
    /// this is a uuid of a person that we are going to add the website too.
    pub person: Option<String>,
}

crate::support::object!(SeededWebsite {
    schema: "schema" optional,
    asset: "asset" optional,
    conversation: "conversation" optional,
    url: "url" required,
    name: "name" required,
    mechanism: "mechanism" optional,
    person: "person" optional,
});
