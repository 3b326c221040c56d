// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

crate::support::object! {
    /// Space
    ///
    /// This is used in the TrackedAssetsEventSearchMetadata
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct Space {
        /// This is the size of your current catalog.(number of assets)
        pub size: Option<i64> = "size" optional,
        /// this is the number in ms it took to run search.
        pub duration: Option<i64> = "duration" optional,
    }
}
