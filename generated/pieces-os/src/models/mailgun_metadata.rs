// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// MailgunMetadata
    ///
    /// TODO add additional properties.
    #[derive(Debug, Clone, PartialEq)]
    pub struct MailgunMetadata {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        /// This is the id given to us from mailgun when the email was sent successfully.
        pub message_id: String = "messageId" required,
    }
}
