// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// TLPCodeFragmentReclassificationUpdates
    #[derive(Debug, Clone, PartialEq)]
    pub struct TlpCodeFragmentReclassificationUpdates {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        pub previous: Classification = "previous" required,
        pub current: Classification = "current" required,
    }
}
