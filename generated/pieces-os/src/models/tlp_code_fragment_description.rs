// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

crate::support::object! {
    /// TLPCodeFragmentDescription
    ///
    /// Model for ML big query Code Description.
    #[derive(Debug, Clone, PartialEq)]
    pub struct TlpCodeFragmentDescription {
        /// This is the stringified json of a TLPDescription object
        pub description: Option<String> = "description" optional,
        /// This is the asset id.
        pub asset: String = "asset" required,
        /// timestamp of creation
        pub created: String = "created" required,
        /// this is the model version
        pub model: String = "model" required,
        /// the time it takes to run this model.
        pub latency: Option<f64> = "latency" optional,
        /// the uuid of the user the description was created for.
        pub user: String = "user" required,
        /// the application this description was created from.
        pub context: Option<String> = "context" optional,
        /// This is the UUID of the OS that this context is currently connected to.
        pub os: Option<String> = "os" optional,
    }
}
