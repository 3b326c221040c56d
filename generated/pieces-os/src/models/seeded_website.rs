// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// SeededWebsite
    ///
    /// This is the minimum information required to create a website for a specific asset.
    #[derive(Debug, Clone, PartialEq)]
    pub struct SeededWebsite {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        /// This is the specific asset that this website is going to get attached to!!
        pub asset: Option<String> = "asset" optional,
        /// This is the specific conversation that this website is going to get attached to!!
        pub conversation: Option<String> = "conversation" optional,
        /// this is the url of the website.
        pub url: String = "url" required,
        /// name of the website.(customizable and updateable as well.)
        pub name: String = "name" required,
        pub mechanism: Option<MechanismEnum> = "mechanism" optional,
        /// this is a uuid of a person that we are going to add the website too.
        pub person: Option<String> = "person" optional,
    }
}
