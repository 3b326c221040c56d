// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// AnonymousTemporalRange
    ///
    /// if you want a range between you can use from && to.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct AnonymousTemporalRange {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub from: Option<GroupedTimestamp> = "from" optional,
        pub to: Option<GroupedTimestamp> = "to" optional,
        pub between: Option<bool> = "between" optional,
        pub continuous: Option<bool> = "continuous" optional,
    }
}
