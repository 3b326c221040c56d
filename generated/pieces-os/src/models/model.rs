// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// Model
    ///
    /// This is a Machine Learning Model, that will give readable information about the Machine Learning Model Used.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Model {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        /// uuid
        pub id: String = "id" required,
        /// this is a version of the model.
        pub version: String = "version" required,
        pub created: GroupedTimestamp = "created" required,
        /// This is an Optional Name of the Model.
        pub name: String = "name" required,
        /// An Optional Description of the model itself.
        pub description: Option<String> = "description" optional,
        /// This will inform the user if this was a model that is hosted in the cloud
        pub cloud: bool = "cloud" required,
        pub type_: ModelTypeEnum = "type" required,
        pub usage: ModelUsageEnum = "usage" required,
        pub bytes: Option<ByteDescriptor> = "bytes" optional,
        pub ram: Option<ByteDescriptor> = "ram" optional,
        /// quantization is a string like: q8f16_0, q4f16_1, etc...
        pub quantization: Option<String> = "quantization" optional,
        pub foundation: Option<ModelFoundationEnum> = "foundation" optional,
        /// This is an optional bool to let us know if this model has been downloaded locally.
        pub downloaded: Option<bool> = "downloaded" optional,
        /// This is a boolean that represents if the model is loaded into memory.(this is not persisted, and is calculated on the fly.)
        pub loaded: Option<bool> = "loaded" optional,
        /// This is the unique model name used to load the model.
        pub unique: Option<String> = "unique" optional,
        /// This is the number of parameters in terms of billions.
        pub parameters: Option<f64> = "parameters" optional_or_null,
        pub provider: Option<ExternalMlProviderEnum> = "provider" optional,
        /// This is an optional bool that is optimized for CPU usage.
        pub cpu: Option<bool> = "cpu" optional,
        /// This is a calculated property, that will say if this is currently downloading.
        pub downloading: Option<bool> = "downloading" optional,
        pub max_tokens: Option<ModelMaxTokens> = "maxTokens" optional,
        /// This will let us know if this is a custom, or fine tuned model imported by the user.
        pub custom: Option<bool> = "custom" optional,
        pub capabilities: Option<ModelCapabilities> = "capabilities" optional,
    }
}
