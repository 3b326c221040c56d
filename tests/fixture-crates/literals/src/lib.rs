// @generated from tests/fixtures/literals.yaml by openapi-gen; do not edit.

//! # Literals
//!
//! Literals out of range for their Rust type, identifiers equal after NFC, recursive aliases; each degraded with a located warning so the crate compiles.
//!
//! Version 1. Generated from `tests/fixtures/literals.yaml` by openapi-gen.
//!
//! - [`models`]: the schemas as serde types.
//! - `client` (feature `client`): a typed async client per tag.
//! - `server` (feature `server`): a trait per tag and an axum router that validates requests.
//!
//! # Skipped while generating
//!
//! - warning: tests/fixtures/literals.yaml:10:71 #/paths/~1a/get/parameters/0/schema/default: the default 3000000000 is out of range for the parameter's type; not applied
//! - warning: tests/fixtures/literals.yaml:11:70 #/paths/~1a/get/parameters/1/schema/default: the default 1e+39 is out of range for the parameter's type; not applied
//! - warning: tests/fixtures/literals.yaml:12:71 #/paths/~1a/get/parameters/2/schema/enum: an enum value is out of range for `format: int32`; the type is `i64`
//! - warning: tests/fixtures/literals.yaml:19:7 #/components/schemas/Big/enum: an enum value is out of range for `format: int32`; the type is `i64`
//! - warning: tests/fixtures/literals.yaml:34:5 #/components/schemas/It: `It` is defined through itself with no object on the way (`It`); typed as any JSON value
//! - warning: tests/fixtures/literals.yaml:36:5 #/components/schemas/Arr: `Arr` is defined through itself with no object on the way (`Vec<Arr>`); typed as any JSON value
//! - warning: tests/fixtures/literals.yaml:39:5 #/components/schemas/Map: `Map` is defined through itself with no object on the way (`std::collections::BTreeMap<String, Map>`); typed as any JSON value
//! - warning: tests/fixtures/literals.yaml:42:5 #/components/schemas/One: `One` is defined through itself with no object on the way (`One`); typed as any JSON value

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
