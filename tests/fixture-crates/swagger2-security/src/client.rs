// @generated from tests/fixtures/swagger2-security.yaml by openapi-gen; do not edit.

//! A typed async client for Security 2.0.
//!
//! One [`Client`] holds the configuration (base URL, `reqwest::Client`, credentials, user agent);
//! each tag of the spec has an API struct with one async method per operation:
//!
//! ```ignore
//! let client = Client::new(crate::DEFAULT_BASE_URL)?;
//! let result = client.default_api().me(...).await;
//! ```
//!
//! Documented error statuses come back as `Err(Error::Api(..))` holding the operation's error enum.

use reqwest::Method;

#[allow(unused_imports)]
use crate::models;
use crate::support::client::Scheme;
pub use crate::support::client::{
    ApiError, BoxError, Config, Credentials, Error, Headed, InvalidBaseUrl, NoApiError,
    RequestHeaders, UnexpectedResponse,
};

use crate::support::client::Call;
crate::support::client::define_client!(crate ::DEFAULT_BASE_URL);

/// The `basic` security scheme.
const BASIC: Scheme = Scheme::Basic;

/// The `headerKey` security scheme.
const HEADER_KEY: Scheme = Scheme::ApiKeyHeader("X-Api-Key");

/// The `queryKey` security scheme.
const QUERY_KEY: Scheme = Scheme::ApiKeyQuery("api_key");

/// The `code` security scheme.
const CODE: Scheme = Scheme::Bearer;

/// The `implicit` security scheme.
const IMPLICIT: Scheme = Scheme::Bearer;

/// The `password` security scheme.
const PASSWORD: Scheme = Scheme::Bearer;

/// The `application` security scheme.
const APPLICATION: Scheme = Scheme::Bearer;

impl Client {
    /// The operations tagged `default`.
    pub fn default_api(&self) -> DefaultApi {
        DefaultApi::new(self.clone())
    }
}

/// The operations tagged `default`.
#[derive(Debug, Clone)]
pub struct DefaultApi {
    client: Client,
    headers: RequestHeaders,
}

#[allow(clippy::too_many_arguments)]
impl DefaultApi {
    /// Calls the operations of this tag with `client`'s configuration.
    pub fn new(client: Client) -> Self {
        Self {
            client,
            headers: RequestHeaders::default(),
        }
    }

    fn call(&self, operation: &'static str, method: Method) -> Call<'_> {
        self.client.call(operation, method, &self.headers)
    }

    /// Adds the header `name: value` to every request made through this value, after the
    /// operation's own headers (replacing any of the same name):
    /// `client.default_api().with_header("Prefer", "code=404")`. An invalid name or value is
    /// reported by the request as [`Error::InvalidRequest`].
    pub fn with_header(mut self, name: &str, value: &str) -> Self {
        self.headers.insert(name, value);
        self
    }

    /// The shared configuration.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// Sends `GET /me`.
    pub async fn me(&self) -> Result<(), Error<MeError>> {
        let response = self
            .call("me", Method::GET)
            .path("/me")
            .security(&[&[BASIC]])
            .send::<MeError>()
            .await?;
        match response.status() {
            200 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }

    /// Sends `GET /keys`.
    pub async fn keys(&self) -> Result<(), Error<KeysError>> {
        let response = self
            .call("keys", Method::GET)
            .path("/keys")
            .security(&[&[HEADER_KEY], &[QUERY_KEY]])
            .send::<KeysError>()
            .await?;
        match response.status() {
            200 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }

    /// Sends `GET /admin`.
    pub async fn admin(&self) -> Result<(), Error<AdminError>> {
        let response = self
            .call("admin", Method::GET)
            .path("/admin")
            .security(&[&[CODE], &[IMPLICIT], &[PASSWORD], &[APPLICATION]])
            .send::<AdminError>()
            .await?;
        match response.status() {
            200 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }
}

/// [`DefaultApi::me`] documents no error responses: [`Error::Api`] never occurs.
pub type MeError = NoApiError;

/// [`DefaultApi::keys`] documents no error responses: [`Error::Api`] never occurs.
pub type KeysError = NoApiError;

/// [`DefaultApi::admin`] documents no error responses: [`Error::Api`] never occurs.
pub type AdminError = NoApiError;
