// @generated from tests/fixtures/hostile.yaml by openapi-gen; do not edit.

//! # Hostile"
//! }
//! #![doc = include_str!("/etc/hostname")]
//! pub fn injected() {}
//! //
//! x
//! y
//! z *\/ \u{202e}evil\u{200b} \u{1b}]0;t\u{7}
//!
//! Docs *\/
//! bare CR
//! ```text
//! fn injected() {}
//! /* unterminated
//! \" `code */`
//! ```
//!
//! Version 1"
//! [target.x]. Generated from `tests/fixtures/hostile.yaml` by openapi-gen.
//!
//! - [`models`]: the schemas as serde types.
//! - `client` (feature `client`): a typed async client per tag.
//! - `server` (feature `server`): a trait per tag and an axum router that validates requests.

pub mod models;

#[doc(hidden)]
pub use openapi_gen_runtime as support;

#[cfg(feature = "client")]
pub mod client;

#[cfg(feature = "server")]
pub mod server;

#[cfg(all(test, feature = "client"))]
#[doc(hidden)]
pub mod doc_examples;

pub use support::FormPart;

/// The base URL of the spec's first server.
pub const DEFAULT_BASE_URL: &str = "https://example.test/base\"\n/x*/\u{2028}";

/// The path of the first server's URL, under which the server routes are mounted by default.
pub const BASE_PATH: &str = "/base\"\n/x*/\u{2028}";
