// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// PersonBasicType
    ///
    /// This is all optional properties around the most basic information around a non-pieces user.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct PersonBasicType {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        /// username or twitter handle...etc
        pub username: Option<String> = "username" optional,
        /// This is the name of the basic user.
        pub name: Option<String> = "name" optional,
        /// this is a url picture representation of a user.
        pub picture: Option<String> = "picture" optional,
        /// an email that was extracted.
        pub email: Option<String> = "email" optional,
        pub sourced: Option<ExternallySourcedEnum> = "sourced" optional,
        /// This is a specific url that this basic user came from.
        pub url: Option<String> = "url" optional,
        pub mailgun: Option<MailgunMetadata> = "mailgun" optional,
    }
}
