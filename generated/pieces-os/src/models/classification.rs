// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// Classification
    ///
    /// This is the specific classification of an Asset's Format.(This is on a per format basis b/c an asset could have different formats that are different format representations of the Asset.)
    #[derive(Debug, Clone, PartialEq)]
    pub struct Classification {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub generic: ClassificationGenericEnum = "generic" required,
        pub specific: ClassificationSpecificEnum = "specific" required,
        pub rendering: Option<ClassificationRenderingEnum> = "rendering" optional,
    }
}
