// @generated from tests/fixtures/response-headers.yaml by openapi-gen; do not edit.

//! # Response headers
//!
//! Documented response headers, typed on both sides.
//!
//! Version 1.0. Generated from `tests/fixtures/response-headers.yaml` by openapi-gen.
//!
//! - [`models`]: the schemas as serde types.
//! - `client` (feature `client`): a typed async client per tag.
//! - `server` (feature `server`): a trait per tag and an axum router that validates requests.
//!
//! # Skipped while generating
//!
//! - warning: tests/fixtures/response-headers.yaml:34:13 #/paths/~1items/get/responses/200/headers/X-Shape: response header `X-Shape` is not typed: an object or a list of objects has no text form here; it is among the response's raw headers

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
pub const DEFAULT_BASE_URL: &str = "http://localhost/v1";

/// The path of the first server's URL, under which the server routes are mounted by default.
pub const BASE_PATH: &str = "/v1";
