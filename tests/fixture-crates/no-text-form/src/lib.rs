// @generated from tests/fixtures/no-text-form.yaml by openapi-gen; do not edit.

//! # No text form
//!
//! Version 1. Generated from `tests/fixtures/no-text-form.yaml` by openapi-gen.
//!
//! - [`models`]: the schemas as serde types.
//! - `client` (feature `client`): a typed async client per tag.
//! - `server` (feature `server`): a trait per tag and an axum router that validates requests.
//!
//! # Skipped while generating
//!
//! - warning: tests/fixtures/no-text-form.yaml:23:11 #/paths/~1prefs/get/parameters/0: object-valued cookie parameters are not supported yet; the operation is left out
//! - warning: tests/fixtures/no-text-form.yaml:32:11 #/paths/~1search~1{ids}/get/parameters/0: arrays of objects or of arrays have no text form in this parameter style (use `content: {application/json: ...}`); the operation is left out
//! - warning: tests/fixtures/no-text-form.yaml:39:11 #/paths/~1search~1{ids}/get/parameters/1: arrays of objects or of arrays have no text form in this parameter style (use `content: {application/json: ...}`); the operation is left out
//! - warning: tests/fixtures/no-text-form.yaml:44:11 #/paths/~1search~1{ids}/get/parameters/2: object-valued cookie parameters are not supported yet; the operation is left out

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
