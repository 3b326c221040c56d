// @generated from spec/alfresco-core.yaml by openapi-gen; do not edit.

//! # Alfresco Content Services REST API: People
//!
//! OpenAPI 3.0.3 description of the **people** operations (9) of the Alfresco Content Services Core API (`/alfresco/api/-default-/public/alfresco/versions/1`), with the full closure of their schemas.
//!
//! Transcribed from the python `alfresco_core_client` API reference page "PeopleApi" (stevereiner/python-alfresco-api, enhanced_generated/clients/alfresco-core/docs/PeopleApi.md), which is authoritative for the operations, with schemas from the upstream Swagger 2.0 definition (Alfresco/rest-api-explorer, src/main/webapp/definitions/alfresco-core.yaml, tag 7.0.0) converted to OpenAPI 3.0.3.
//!
//! Version 1. Generated from `spec/alfresco-core.yaml` by openapi-gen.
//!
//! - [`models`]: the schemas as serde types.
//! - `client` (feature `client`): a typed async client per tag.
//! - `server` (feature `server`): a trait per tag and an axum router that validates requests.
//!
//! # Skipped while generating
//!
//! - warning: spec/alfresco-core.yaml:87:7 #/paths/~1people/post/x-alfresco-since: extension `x-alfresco-since` is not interpreted; ignored (here and in 7 more places)

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
pub const DEFAULT_BASE_URL: &str = "http://localhost/alfresco/api/-default-/public/alfresco/versions/1";

/// The path of the first server's URL, under which the server routes are mounted by default.
pub const BASE_PATH: &str = "/alfresco/api/-default-/public/alfresco/versions/1";
