// @generated from tests/fixtures/composition.yaml by openapi-gen; do not edit.

//! A typed async client for Composition.
//!
//! One [`Client`] holds the configuration (base URL, `reqwest::Client`, credentials, user agent);
//! each tag of the spec has an API struct with one async method per operation:
//!
//! ```ignore
//! let client = Client::new(crate::DEFAULT_BASE_URL)?;
//! ```
//!
//! Documented error statuses come back as `Err(Error::Api(..))` holding the operation's error enum.

use reqwest::Method;

#[allow(unused_imports)]
use crate::models;
pub use crate::support::client::{
    ApiError, BoxError, Config, Credentials, Error, Headed, InvalidBaseUrl, NoApiError,
    RequestHeaders, UnexpectedResponse,
};

use crate::support::client::Call;
crate::support::client::define_client!(crate ::DEFAULT_BASE_URL);

impl Client {}
