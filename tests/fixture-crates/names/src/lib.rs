// @generated from tests/fixtures/names.yaml by openapi-gen; do not edit.

//! # Names
//!
//! Identifiers the spec allows and Rust does not: missing, duplicate and non-identifier operation ids; missing, several and punctuated tags; keywords, leading digits, non-ASCII, names that differ only in case or punctuation, names of generated helpers, very long names.
//!
//! Version 1. Generated from `tests/fixtures/names.yaml` by openapi-gen.
//!
//! - [`models`]: the schemas as serde types.
//! - `client` (feature `client`): a typed async client per tag.
//! - `server` (feature `server`): a trait per tag and an axum router that validates requests.
//!
//! # Skipped while generating
//!
//! - warning: tests/fixtures/names.yaml:33:7 #/paths/~1users/post/tags: operation has several tags; it is generated once, under the first (`Admin / Users`)

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

/// The base URL of the spec's first server.
pub const DEFAULT_BASE_URL: &str = "https://names.example.com";

/// The path of the first server's URL, under which the server routes are mounted by default.
pub const BASE_PATH: &str = "";
