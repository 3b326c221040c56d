// @generated from tests/fixtures/skipped.yaml by openapi-gen; do not edit.

//! # Skipped
//!
//! Constructs skipped on purpose, each with a warning listed in the crate docs.
//!
//! Version 1. Generated from `tests/fixtures/skipped.yaml` by openapi-gen.
//!
//! - [`models`]: the schemas as serde types.
//! - `client` (feature `client`): a typed async client per tag.
//! - `server` (feature `server`): a trait per tag and an axum router that validates requests.
//!
//! # Skipped while generating
//!
//! - warning: tests/fixtures/skipped.yaml:6:3 #/info/x-logo: extension `x-logo` is not interpreted; ignored
//! - warning: tests/fixtures/skipped.yaml:8:1 #/x-tagGroups: extension `x-tagGroups` is not interpreted; ignored
//! - warning: tests/fixtures/skipped.yaml:12:3 #/paths/x-paths-note: extension `x-paths-note` is not interpreted; ignored
//! - warning: tests/fixtures/skipped.yaml:14:5 #/paths/~1subscriptions/x-owner: extension `x-owner` is not interpreted; ignored (here and in 1 more place)
//! - warning: tests/fixtures/skipped.yaml:18:7 #/paths/~1subscriptions/post/x-codegen-request-body-name: extension `x-codegen-request-body-name` is not interpreted; ignored
//! - warning: tests/fixtures/skipped.yaml:22:11 #/paths/~1subscriptions/post/parameters/0/x-example-source: extension `x-example-source` is not interpreted; ignored
//! - warning: tests/fixtures/skipped.yaml:29:7 #/paths/~1subscriptions/post/callbacks: callbacks are not generated; skipped
//! - warning: tests/fixtures/skipped.yaml:43:9 #/paths/~1subscriptions/post/responses/x-responses-note: extension `x-responses-note` is not interpreted; ignored
//! - warning: tests/fixtures/skipped.yaml:46:11 #/paths/~1subscriptions/post/responses/201/x-cache: extension `x-cache` is not interpreted; ignored
//! - warning: tests/fixtures/skipped.yaml:51:13 #/paths/~1subscriptions/post/responses/201/links/GetSubscription: link `GetSubscription` is skipped: links are documentation, not generated
//! - warning: tests/fixtures/skipped.yaml:55:13 #/paths/~1subscriptions/post/responses/201/links/Unsubscribe: link `Unsubscribe` is skipped: links are documentation, not generated
//! - warning: tests/fixtures/skipped.yaml:80:3 #/components/x-components-note: extension `x-components-note` is not interpreted; ignored
//! - warning: tests/fixtures/skipped.yaml:84:7 #/components/schemas/Subscription/x-go-type: extension `x-go-type` is not interpreted; ignored
//! - warning: tests/fixtures/skipped.yaml:88:51 #/components/schemas/Subscription/properties/callbackUrl/x-format-hint: extension `x-format-hint` is not interpreted; ignored
//! - warning: tests/fixtures/skipped.yaml:94:5 #/components/callbacks/Cancelled: callback `Cancelled` is skipped: the generated client and server do not implement callbacks
//! - warning: tests/fixtures/skipped.yaml:101:5 #/components/links/Unsubscribe: link `Unsubscribe` is skipped: links are documentation, not generated
//! - warning: tests/fixtures/skipped.yaml:105:1 #/webhooks: webhooks (requests the API sends) are not generated; skipped

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
///
/// The spec names no server, so pass an absolute URL to `Client::new` instead.
pub const DEFAULT_BASE_URL: &str = "";

/// The path of the first server's URL, under which the server routes are mounted by default.
pub const BASE_PATH: &str = "";
