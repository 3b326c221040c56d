// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

//! # Pieces OS Client API: Person and User
//!
//! OpenAPI 3.0.3 description of the Pieces OS local server (Pieces Isomorphic OpenAPI), limited to the **Person** API (5 operations) and the **User** API (9 operations, one of them the WebSocket `/user/stream`), with the full transitive closure of their component schemas.
//!
//! Transcribed from the Pieces python SDK API reference pages "Person API" and "User API" (pieces-app/documentation, docs/build/reference/python/apis/50-PersonApi.md and 70-UserApi.md), which are authoritative for the operations, with the models taken from the upstream specification shipped in pieces-app/pieces-os-client-sdk-for-csharp (src/Core/api/openapi.yaml, commit f89979eda952).
//!
//! Version 1.0. Generated from `spec/pieces-os.yaml` by openapi-gen.
//!
//! - [`models`]: the schemas as serde types.
//! - `client` (feature `client`): a typed async client per tag.
//! - `server` (feature `server`): a trait per tag and an axum router that validates requests.
//!
//! # Skipped while generating
//!
//! - warning: spec/pieces-os.yaml:549:7 #/components/schemas/AnalyticsTrackedAdoptionEventIdentifierDescriptionPairs/x-pieces-internal: extension `x-pieces-internal` is not interpreted; ignored (here and in 33 more places)
//! - warning: spec/pieces-os.yaml:1906:7 #/components/schemas/FlattenedAnchor/required: required property `text` is not defined in `properties`; generated as a required field of any JSON value
//! - warning: spec/pieces-os.yaml:2388:11 #/components/schemas/FlattenedFormat/properties/asset/x-tags: extension `x-tags` is not interpreted; ignored
//! - warning: spec/pieces-os.yaml:3009:7 #/components/schemas/FlattenedWorkstreamSummary/required: required property `range` is not defined in `properties`; generated as a required field of any JSON value

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

pub use support::Uri;

/// The base URL of the spec's first server.
pub const DEFAULT_BASE_URL: &str = "http://localhost:1000";

/// The path of the first server's URL, under which the server routes are mounted by default.
pub const BASE_PATH: &str = "";
