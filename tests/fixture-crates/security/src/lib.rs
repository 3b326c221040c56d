// @generated from tests/fixtures/security.yaml by openapi-gen; do not edit.

//! # Security
//!
//! Every security scheme type; requirements global and per operation, alternatives, combinations and optional authentication.
//!
//! Version 1. Generated from `tests/fixtures/security.yaml` by openapi-gen.
//!
//! - [`models`]: the schemas as serde types.
//! - `client` (feature `client`): a typed async client per tag.
//! - `server` (feature `server`): a trait per tag and an axum router that validates requests.
//!
//! # Skipped while generating
//!
//! - warning: tests/fixtures/security.yaml:102:7 #/components/securitySchemes/digest/scheme: HTTP authentication scheme `digest` is passed through: the caller supplies the whole `Authorization` header value

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
pub const DEFAULT_BASE_URL: &str = "https://security.example.com";

/// The path of the first server's URL, under which the server routes are mounted by default.
pub const BASE_PATH: &str = "";
