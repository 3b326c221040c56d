// @generated from tests/fixtures/path-queries.yaml by openapi-gen; do not edit.

//! # Path queries
//!
//! Version 1. Generated from `tests/fixtures/path-queries.yaml` by openapi-gen.
//!
//! - [`models`]: the schemas as serde types.
//! - `client` (feature `client`): a typed async client per tag.
//! - `server` (feature `server`): a trait per tag and an axum router that validates requests.
//!
//! # Skipped while generating
//!
//! - warning: tests/fixtures/path-queries.yaml:22:3 #/paths/~1items~1{id}?beta=true: the path `/items/{id}?beta=true` carries a query string or fragment, which an OpenAPI path does not have; its operations are generated at `/items/{id}`, and the client does not send `?beta=true`
//! - warning: tests/fixtures/path-queries.yaml:25:5 #/paths/~1items~1{id}?beta=true/get: `get /items/{id}?beta=true` has the same method and path, without `?beta=true` (an OpenAPI path has no query string or fragment), as `get /items/{id}`; skipped
//! - warning: tests/fixtures/path-queries.yaml:40:5 #/paths/~1items~1{itemId}/put: the path `/items/{itemId}` is the same path as `/items/{id}` (they differ only in parameter names); `PUT /items/{itemId}` is routed with it, its path parameters named as there
//! - warning: tests/fixtures/path-queries.yaml:51:3 #/paths/~1compact?beta=true: the path `/compact?beta=true` carries a query string or fragment, which an OpenAPI path does not have; its operations are generated at `/compact`, and the client does not send `?beta=true`

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
