// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// PersonModel
///
/// This is a PersonSpecific Model.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PersonModel {
    pub asset: Option<ReferencedAsset>,
    pub model: Option<ReferencedModel>,
    pub deleted: Option<GroupedTimestamp>,
    pub explanation: Option<ReferencedAnnotation>,
}

crate::support::object!(PersonModel {
    asset: "asset" optional,
    model: "model" optional,
    deleted: "deleted" optional,
    explanation: "explanation" optional,
});
