// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// PersonBasicType
///
/// This is all optional properties around the most basic information around a non-pieces user.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PersonBasicType {
    pub schema: Option<EmbeddedModelSchema>,
    /// username or twitter handle...etc
    pub username: Option<String>,
    /// This is the name of the basic user.
    pub name: Option<String>,
    /// this is a url picture representation of a user.
    pub picture: Option<String>,
    /// an email that was extracted.
    pub email: Option<String>,
    pub sourced: Option<ExternallySourcedEnum>,
    /// This is a specific url that this basic user came from.
    pub url: Option<String>,
    pub mailgun: Option<MailgunMetadata>,
}

crate::support::object!(PersonBasicType {
    schema: "schema" optional,
    username: "username" optional,
    name: "name" optional,
    picture: "picture" optional,
    email: "email" optional,
    sourced: "sourced" optional,
    url: "url" optional,
    mailgun: "mailgun" optional,
});
