// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// TemporalRangeGrounding
    ///
    /// This is used in the QGPT flow as well as within the conversation.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct TemporalRangeGrounding {
        pub workstreams: Option<FlattenedRanges> = "workstreams" optional,
    }
}
