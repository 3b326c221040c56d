// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

/// TLPCodeFragmentDescription
///
/// Model for ML big query Code Description.
#[derive(Debug, Clone, PartialEq)]
pub struct TlpCodeFragmentDescription {
    /// This is the stringified json of a TLPDescription object
    pub description: Option<String>,
    /// This is the asset id.
    pub asset: String,
    /// timestamp of creation
    pub created: String,
    /// this is the model version
    pub model: String,
    /// the time it takes to run this model.
    pub latency: Option<f64>,
    /// the uuid of the user the description was created for.
    pub user: String,
    /// the application this description was created from.
    pub context: Option<String>,
    /// This is the UUID of the OS that this context is currently connected to.
    pub os: Option<String>,
}

crate::support::object!(TlpCodeFragmentDescription {
    description: "description" optional,
    asset: "asset" required,
    created: "created" required,
    model: "model" required,
    latency: "latency" optional,
    user: "user" required,
    context: "context" optional,
    os: "os" optional,
});
