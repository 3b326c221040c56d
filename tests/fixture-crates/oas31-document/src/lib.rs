// @generated from tests/fixtures/oas31-document.yaml by openapi-gen; do not edit.

//! # Document 3.1
//!
//! One line about the API.
//!
//! Version 1. Generated from `tests/fixtures/oas31-document.yaml` by openapi-gen.
//!
//! - [`models`]: the schemas as serde types.
//! - `client` (feature `client`): a typed async client per tag.
//! - `server` (feature `server`): a trait per tag and an axum router that validates requests.
//!
//! # Skipped while generating
//!
//! - warning: tests/fixtures/oas31-document.yaml:15:5 #/paths/~1ping/post: the operation documents no responses: any 2XX status is read as success without a body
//! - warning: tests/fixtures/oas31-document.yaml:22:1 #/webhooks: webhooks (requests the API sends) are not generated; skipped
//! - warning: tests/fixtures/oas31-document.yaml:46:5 #/components/securitySchemes/tls: security scheme `tls` is mutual TLS: the TLS connection carries it, so it is left to the client's and server's TLS setup and removed from requirements
//! - warning: tests/fixtures/oas31-document.yaml:59:11 #/components/schemas/Status/properties/point/prefixItems: a tuple (`prefixItems`, 2 positions) is generated as a list of JSON values
//! - warning: tests/fixtures/oas31-document.yaml:65:7 #/components/schemas/Status/if: JSON Schema keyword `if` is not generated (no type or check comes from it); ignored
//! - warning: tests/fixtures/oas31-document.yaml:69:7 #/components/schemas/Status/then: JSON Schema keyword `then` is not generated (no type or check comes from it); ignored

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
