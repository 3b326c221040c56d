// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// MailgunDistribution
    ///
    /// This is a specific Distribution for mailgun specific information.
    #[derive(Debug, Clone, PartialEq)]
    pub struct MailgunDistribution {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub recipients: Recipients = "recipients" required,
    }
}
