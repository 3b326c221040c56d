// @generated from tests/fixtures/multipart-parts.yaml by openapi-gen; do not edit.

//! # Multipart parts
//!
//! A `multipart/form-data` body whose schema does not name the parts (as in LibreTranslate's `/translate_file`).
//!
//! Version 1. Generated from `tests/fixtures/multipart-parts.yaml` by openapi-gen.
//!
//! - [`models`]: the schemas as serde types.
//! - `client` (feature `client`): a typed async client per tag.
//! - `server` (feature `server`): a trait per tag and an axum router that validates requests.
//!
//! # Skipped while generating
//!
//! - warning: tests/fixtures/multipart-parts.yaml:15:13 #/paths/~1translate_file/post/requestBody/content/multipart~1form-data/schema: a `multipart/form-data` schema that is not an object does not name the parts; the body is generated as a list of named parts

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
///
/// The spec names no server, so pass an absolute URL to `Client::new` instead.
pub const DEFAULT_BASE_URL: &str = "";

/// The path of the first server's URL, under which the server routes are mounted by default.
pub const BASE_PATH: &str = "";
