// @generated from tests/fixtures/repairs.yaml by openapi-gen; do not edit.

//! # Repairs
//!
//! Invalid or unsupported constructs whose intent is clear, generated with located warnings.
//!
//! Version 1. Generated from `tests/fixtures/repairs.yaml` by openapi-gen.
//!
//! - [`models`]: the schemas as serde types.
//! - `client` (feature `client`): a typed async client per tag.
//! - `server` (feature `server`): a trait per tag and an axum router that validates requests.
//!
//! # Skipped while generating
//!
//! - warning: tests/fixtures/repairs.yaml:11:7 #/paths/~1search/get/callbacks: callbacks are not generated; skipped
//! - warning: tests/fixtures/repairs.yaml:19:11 #/paths/~1search/get/responses/404/$ref: `#/components/schemas/NotFound` in a response's place; read as the response `#/components/responses/NotFound`
//! - warning: tests/fixtures/repairs.yaml:32:9 #/paths/~1subscriptions~1{channel}/delete/requestBody/content: a request body without media types; the operation is generated without a body
//! - warning: tests/fixtures/repairs.yaml:39:5 #/components/callbacks/index: callback `index` is skipped: the generated client and server do not implement callbacks

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
///
/// The spec names no server, so pass an absolute URL to `Client::new` instead.
pub const DEFAULT_BASE_URL: &str = "";

/// The path of the first server's URL, under which the server routes are mounted by default.
pub const BASE_PATH: &str = "";
