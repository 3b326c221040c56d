// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// Auth0UserMetadata
///
/// User Metadata from Auth0
#[derive(Debug, Clone, PartialEq)]
pub struct Auth0UserMetadata {
    pub schema: Option<EmbeddedModelSchema>,
    pub global_id: uuid::Uuid,
    pub cloud_key: Option<String>,
    /// A customer ID that is added to the user in the case of payments
    pub stripe_customer_id: Option<String>,
    /// this is the vanityname of the user.(set from their custom CNAME dns record.) ie mark.pieces.cloud where "mark" is the vanityname.
    pub vanityname: Option<String>,
    pub allocation: Option<Auth0UserAllocationMetadata>,
    pub open_ai: Option<Auth0OpenAiUserMetadata>,
    pub beta: Option<AnonymousTemporalRange>,
}

crate::support::object!(Auth0UserMetadata {
    schema: "schema" optional,
    global_id: "global_id" required,
    cloud_key: "cloud_key" optional,
    stripe_customer_id: "stripe_customer_id" optional,
    vanityname: "vanityname" optional,
    allocation: "allocation" optional,
    open_ai: "open_AI" optional,
    beta: "beta" optional,
});
