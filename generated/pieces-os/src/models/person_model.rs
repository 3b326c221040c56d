// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// PersonModel
    ///
    /// This is a PersonSpecific Model.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct PersonModel {
        pub asset: Option<ReferencedAsset> = "asset" optional,
        pub model: Option<ReferencedModel> = "model" optional,
        pub deleted: Option<GroupedTimestamp> = "deleted" optional,
        pub explanation: Option<ReferencedAnnotation> = "explanation" optional,
    }
}
