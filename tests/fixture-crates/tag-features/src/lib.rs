// @generated from tests/fixtures/tag-features.yaml by openapi-gen; do not edit.

//! # Tag features
//!
//! Four tags, each with models of its own, one shared by two tags, one by three (gated by a feature of its own), one by all.
//!
//! Version 1. Generated from `tests/fixtures/tag-features.yaml` by openapi-gen.
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

/// The base URL of the spec's first server.
pub const DEFAULT_BASE_URL: &str = "http://localhost:8080";

/// The path of the first server's URL, under which the server routes are mounted by default.
pub const BASE_PATH: &str = "";
