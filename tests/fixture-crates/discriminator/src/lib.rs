// @generated from tests/fixtures/discriminator.yaml by openapi-gen; do not edit.

//! # Discriminator
//!
//! Unions chosen by a discriminator property, with and without a mapping.
//!
//! Version 1. Generated from `tests/fixtures/discriminator.yaml` by openapi-gen.
//!
//! - [`models`]: the schemas as serde types.
//! - `client` (feature `client`): a typed async client per tag.
//! - `server` (feature `server`): a trait per tag and an axum router that validates requests.
//!
//! # Skipped while generating
//!
//! - warning: tests/fixtures/discriminator.yaml:85:11 #/components/schemas/Vehicle/discriminator/mapping/boat: mapping target `#/components/schemas/Boat` is not a component schema; the value `boat` is ignored
//! - warning: tests/fixtures/discriminator.yaml:107:11 #/components/schemas/InlineAlternative/oneOf/1: a discriminated alternative must be a `#/components/schemas/...` reference; the union is generated untagged
//! - warning: tests/fixtures/discriminator.yaml:118:11 #/components/schemas/Ambiguous/oneOf/1: no discriminator value selects `Truck` (its name is taken); the union is generated untagged

pub mod models;

#[doc(hidden)]
pub use openapi_gen_runtime as support;

/// The base URL of the spec's first server.
///
/// The spec names no server, so pass an absolute URL to `Client::new` instead.
pub const DEFAULT_BASE_URL: &str = "";

/// The path of the first server's URL, under which the server routes are mounted by default.
pub const BASE_PATH: &str = "";
