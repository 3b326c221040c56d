// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// Auth0UserMetadata
    ///
    /// User Metadata from Auth0
    #[derive(Debug, Clone, PartialEq)]
    pub struct Auth0UserMetadata {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub global_id: uuid::Uuid = "global_id" required,
        pub cloud_key: Option<String> = "cloud_key" optional,
        /// A customer ID that is added to the user in the case of payments
        pub stripe_customer_id: Option<String> = "stripe_customer_id" optional,
        /// this is the vanityname of the user.(set from their custom CNAME dns record.) ie mark.pieces.cloud where "mark" is the vanityname.
        pub vanityname: Option<String> = "vanityname" optional,
        pub allocation: Option<Auth0UserAllocationMetadata> = "allocation" optional,
        pub open_ai: Option<Auth0OpenAiUserMetadata> = "open_AI" optional,
        pub beta: Option<AnonymousTemporalRange> = "beta" optional,
    }
}
