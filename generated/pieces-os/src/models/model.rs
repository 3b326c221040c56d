// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

/// Model
///
/// This is a Machine Learning Model, that will give readable information about the Machine Learning Model Used.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    pub schema: Option<EmbeddedModelSchema>,
    /// uuid
    pub id: String,
    /// this is a version of the model.
    pub version: String,
    pub created: GroupedTimestamp,
    /// This is an Optional Name of the Model.
    pub name: String,
    /// An Optional Description of the model itself.
    pub description: Option<String>,
    /// This will inform the user if this was a model that is hosted in the cloud
    pub cloud: bool,
    pub type_: ModelTypeEnum,
    pub usage: ModelUsageEnum,
    pub bytes: Option<ByteDescriptor>,
    pub ram: Option<ByteDescriptor>,
    /// quantization is a string like: q8f16_0, q4f16_1, etc...
    pub quantization: Option<String>,
    pub foundation: Option<ModelFoundationEnum>,
    /// This is an optional bool to let us know if this model has been downloaded locally.
    pub downloaded: Option<bool>,
    /// This is a boolean that represents if the model is loaded into memory.(this is not persisted, and is calculated on the fly.)
    pub loaded: Option<bool>,
    /// This is the unique model name used to load the model.
    pub unique: Option<String>,
    /// This is the number of parameters in terms of billions.
    pub parameters: Option<f64>,
    pub provider: Option<ExternalMlProviderEnum>,
    /// This is an optional bool that is optimized for CPU usage.
    pub cpu: Option<bool>,
    /// This is a calculated property, that will say if this is currently downloading.
    pub downloading: Option<bool>,
    pub max_tokens: Option<ModelMaxTokens>,
    /// This will let us know if this is a custom, or fine tuned model imported by the user.
    pub custom: Option<bool>,
    pub capabilities: Option<ModelCapabilities>,
}

crate::support::object!(Model {
    schema: "schema" optional,
    id: "id" required,
    version: "version" required,
    created: "created" required,
    name: "name" required,
    description: "description" optional,
    cloud: "cloud" required,
    type_: "type" required,
    usage: "usage" required,
    bytes: "bytes" optional,
    ram: "ram" optional,
    quantization: "quantization" optional,
    foundation: "foundation" optional,
    downloaded: "downloaded" optional,
    loaded: "loaded" optional,
    unique: "unique" optional,
    parameters: "parameters" optional_or_null,
    provider: "provider" optional,
    cpu: "cpu" optional,
    downloading: "downloading" optional,
    max_tokens: "maxTokens" optional,
    custom: "custom" optional,
    capabilities: "capabilities" optional,
});
