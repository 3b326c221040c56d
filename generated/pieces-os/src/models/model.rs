// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

#[cfg(feature = "server")]
use crate::support::non_null;
use super::*;

/// Model
///
/// This is a Machine Learning Model, that will give readable information about the Machine Learning Model Used.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Model {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub schema: Option<EmbeddedModelSchema>,
    /// uuid
    pub id: String,
    /// this is a version of the model.
    pub version: String,
    pub created: GroupedTimestamp,
    /// This is an Optional Name of the Model.
    pub name: String,
    /// An Optional Description of the model itself.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub description: Option<String>,
    /// This will inform the user if this was a model that is hosted in the cloud
    pub cloud: bool,
    #[serde(rename = "type")]
    pub type_: ModelTypeEnum,
    pub usage: ModelUsageEnum,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub bytes: Option<ByteDescriptor>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub ram: Option<ByteDescriptor>,
    /// quantization is a string like: q8f16_0, q4f16_1, etc...
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub quantization: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub foundation: Option<ModelFoundationEnum>,
    /// This is an optional bool to let us know if this model has been downloaded locally.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub downloaded: Option<bool>,
    /// This is a boolean that represents if the model is loaded into memory.(this is not persisted, and is calculated on the fly.)
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub loaded: Option<bool>,
    /// This is the unique model name used to load the model.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub unique: Option<String>,
    /// This is the number of parameters in terms of billions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameters: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub provider: Option<ExternalMlProviderEnum>,
    /// This is an optional bool that is optimized for CPU usage.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub cpu: Option<bool>,
    /// This is a calculated property, that will say if this is currently downloading.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub downloading: Option<bool>,
    #[serde(rename = "maxTokens", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub max_tokens: Option<ModelMaxTokens>,
    /// This will let us know if this is a custom, or fine tuned model imported by the user.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub custom: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub capabilities: Option<ModelCapabilities>,
}
