// @generated from tests/fixtures/hostile.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Hostile"
//! }
//! #![doc = include_str!("/etc/hostname")]
//! pub fn injected() {}
//! //
//! x
//! y
//! z *\/ \u{202e}evil\u{200b} \u{1b}]0;t\u{7}.

mod pet;
mod dog;
mod cat;
mod colour;
mod named_fn_injected;
mod get_fn_injected_item_q_fn_injected;

pub use pet::*;
pub use dog::*;
pub use cat::*;
pub use colour::*;
pub use named_fn_injected::*;
pub use get_fn_injected_item_q_fn_injected::*;

/// The parts of the `multipart/form-data` body of `upload"
/// }fn injected(){}`.
#[derive(Debug, Clone, PartialEq)]
pub struct UploadFnInjectedForm {
    pub part_pub_fn_injected_macro_rules_m: String,
    pub file: Option<bytes::Bytes>,
}
