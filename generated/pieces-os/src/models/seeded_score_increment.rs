// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// SeededScoreIncrement
    ///
    /// This is the body for a respective scores increment,
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct SeededScoreIncrement {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub asset: Option<SeededScore> = "asset" optional,
        pub assets: Option<SeededScore> = "assets" optional,
        pub website: Option<SeededScore> = "website" optional,
        pub websites: Option<SeededScore> = "websites" optional,
        pub anchor: Option<SeededScore> = "anchor" optional,
        pub anchors: Option<SeededScore> = "anchors" optional,
        pub anchor_point: Option<SeededScore> = "anchorPoint" optional,
        pub anchor_points: Option<SeededScore> = "anchorPoints" optional,
        pub annotation: Option<SeededScore> = "annotation" optional,
        pub annotations: Option<SeededScore> = "annotations" optional,
        pub conversation: Option<SeededScore> = "conversation" optional,
        pub conversations: Option<SeededScore> = "conversations" optional,
        pub conversation_message: Option<SeededScore> = "conversationMessage" optional,
        pub conversation_messages: Option<SeededScore> = "conversationMessages" optional,
        pub share: Option<SeededScore> = "share" optional,
        pub shares: Option<SeededScore> = "shares" optional,
        pub sensitive: Option<SeededScore> = "sensitive" optional,
        pub sensitives: Option<SeededScore> = "sensitives" optional,
        pub hint: Option<SeededScore> = "hint" optional,
        pub hints: Option<SeededScore> = "hints" optional,
        pub person: Option<SeededScore> = "person" optional,
        pub persons: Option<SeededScore> = "persons" optional,
        pub tag: Option<SeededScore> = "tag" optional,
        pub tags: Option<SeededScore> = "tags" optional,
        pub workstream_summary: Option<SeededScore> = "workstream_summary" optional,
        pub workstream_summaries: Option<SeededScore> = "workstream_summaries" optional,
        pub workstream_events: Option<SeededScore> = "workstream_events" optional,
        pub workstream_event: Option<SeededScore> = "workstream_event" optional,
        pub ranges: Option<SeededScore> = "ranges" optional,
        pub range: Option<SeededScore> = "range" optional,
    }
}
