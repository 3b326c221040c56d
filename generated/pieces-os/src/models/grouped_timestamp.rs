// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// GroupedTimestamp
    ///
    /// A helper classs to wrap Date-Time Values with Useful Helper Properties
    #[derive(Debug, Clone, PartialEq)]
    pub struct GroupedTimestamp {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub value: chrono::DateTime<chrono::FixedOffset> = "value" required,
        pub readable: Option<String> = "readable" optional,
    }
}
