// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// MailgunDistribution
///
/// This is a specific Distribution for mailgun specific information.
#[derive(Debug, Clone, PartialEq)]
pub struct MailgunDistribution {
    pub schema: Option<EmbeddedModelSchema>,
    pub recipients: Recipients,
}

crate::support::object!(MailgunDistribution {
    schema: "schema" optional,
    recipients: "recipients" required,
});
