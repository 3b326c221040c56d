// @generated from spec/docspace.yaml by openapi-gen; do not edit.

//! # ONLYOFFICE DocSpace API: People / Photos
//!
//! OpenAPI 3.0.3 description of the ONLYOFFICE DocSpace (ASC.Web.Api) **People / Photos** operations (5): get, upload, update and delete a user photo, and create its thumbnails, with the full closure of their schemas.
//!
//! Transcribed from the python `docspace` SDK API reference page "PeoplePhotosApi" (ONLYOFFICE/docspace-api-sdk-python, docs/PeoplePhotosApi.md, commit a59a13ec0147), which is authoritative for the operations, with schemas from the same-day upstream specification ONLYOFFICE/docspace-api-sdk-csharp api/openapi.yaml (commit 4320e60fa5cc).
//!
//! Version v2. Generated from `spec/docspace.yaml` by openapi-gen.
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

pub use support::FormPart;

/// The base URL of the spec's first server.
pub const DEFAULT_BASE_URL: &str = "http://localhost:8092";

/// The path of the first server's URL, under which the server routes are mounted by default.
pub const BASE_PATH: &str = "";
