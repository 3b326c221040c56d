// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

#[cfg(feature = "server")]
use crate::support::non_null;
use super::*;

/// FlattenedOCRAnalysis
///
/// [DAG Safe] Ocr Analysis that will reference FlattenedFormats.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FlattenedOcrAnalysis {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    pub id: String,
    pub raw: Box<ReferencedFormat>,
    pub hocr: Box<ReferencedFormat>,
    pub model: Model,
    /// this is a refernece to the image analysis.
    pub image: String,
}
