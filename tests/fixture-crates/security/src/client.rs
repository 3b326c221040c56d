// @generated from tests/fixtures/security.yaml by openapi-gen; do not edit.

//! A typed async client for Security.
//!
//! One [`Client`] holds the configuration (base URL, `reqwest::Client`, credentials, user agent);
//! each tag of the spec has an API struct with one async method per operation:
//!
//! ```ignore
//! let client = Client::new(crate::DEFAULT_BASE_URL)?;
//! let result = client.default_api().uses_global(...).await;
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

/// An API key in a header.
const HEADER_KEY: Scheme = Scheme::ApiKeyHeader("X-Api-Key");

/// The `queryKey` security scheme.
const QUERY_KEY: Scheme = Scheme::ApiKeyQuery("api_key");

/// The `cookieKey` security scheme.
const COOKIE_KEY: Scheme = Scheme::ApiKeyCookie("session");

/// The `basic` security scheme.
const BASIC: Scheme = Scheme::Basic;

/// The `bearer` security scheme.
const BEARER: Scheme = Scheme::Bearer;

/// The `digest` security scheme.
const DIGEST: Scheme = Scheme::ApiKeyHeader("Authorization");

/// The `oauth` security scheme.
const OAUTH: Scheme = Scheme::Bearer;

/// The `openId` security scheme.
const OPEN_ID: Scheme = Scheme::Bearer;

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

    /// The global requirement (an API key in a header).
    ///
    /// Sends `GET /global`.
    pub async fn uses_global(&self) -> Result<(), Error<UsesGlobalError>> {
        let response = self
            .call("usesGlobal", Method::GET)
            .path("/global")
            .security(&[&[HEADER_KEY]])
            .send::<UsesGlobalError>()
            .await?;
        match response.status() {
            204 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }

    /// No authentication (`security: []`).
    ///
    /// Sends `GET /public`.
    pub async fn public(&self) -> Result<(), Error<PublicError>> {
        let response = self
            .call("public", Method::GET)
            .path("/public")
            .send::<PublicError>()
            .await?;
        match response.status() {
            204 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }

    /// Either HTTP basic or a bearer token.
    ///
    /// Sends `GET /alternatives`.
    pub async fn alternatives(&self) -> Result<(), Error<AlternativesError>> {
        let response = self
            .call("alternatives", Method::GET)
            .path("/alternatives")
            .security(&[&[BASIC], &[BEARER]])
            .send::<AlternativesError>()
            .await?;
        match response.status() {
            204 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }

    /// An API key in the query and one in a cookie, both at once.
    ///
    /// Sends `GET /combination`.
    pub async fn combination(&self) -> Result<(), Error<CombinationError>> {
        let response = self
            .call("combination", Method::GET)
            .path("/combination")
            .security(&[&[QUERY_KEY, COOKIE_KEY]])
            .send::<CombinationError>()
            .await?;
        match response.status() {
            204 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }

    /// Anonymous, or with an OAuth2 token.
    ///
    /// Sends `GET /optional`.
    pub async fn optional(&self) -> Result<(), Error<OptionalError>> {
        let response = self
            .call("optional", Method::GET)
            .path("/optional")
            .security(&[&[OAUTH]])
            .send::<OptionalError>()
            .await?;
        match response.status() {
            204 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }

    /// OpenID Connect alone, or basic with an API key.
    ///
    /// Sends `GET /mixed`.
    pub async fn mixed(&self) -> Result<(), Error<MixedError>> {
        let response = self
            .call("mixed", Method::GET)
            .path("/mixed")
            .security(&[&[OPEN_ID], &[BASIC, HEADER_KEY]])
            .send::<MixedError>()
            .await?;
        match response.status() {
            204 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }

    /// An HTTP scheme the generator does not know; the caller supplies the header.
    ///
    /// Sends `GET /digest`.
    pub async fn digest(&self) -> Result<(), Error<DigestError>> {
        let response = self
            .call("digest", Method::GET)
            .path("/digest")
            .security(&[&[DIGEST]])
            .send::<DigestError>()
            .await?;
        match response.status() {
            204 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }
}

/// [`DefaultApi::uses_global`] documents no error responses: [`Error::Api`] never occurs.
pub type UsesGlobalError = NoApiError;

/// [`DefaultApi::public`] documents no error responses: [`Error::Api`] never occurs.
pub type PublicError = NoApiError;

/// [`DefaultApi::alternatives`] documents no error responses: [`Error::Api`] never occurs.
pub type AlternativesError = NoApiError;

/// [`DefaultApi::combination`] documents no error responses: [`Error::Api`] never occurs.
pub type CombinationError = NoApiError;

/// [`DefaultApi::optional`] documents no error responses: [`Error::Api`] never occurs.
pub type OptionalError = NoApiError;

/// [`DefaultApi::mixed`] documents no error responses: [`Error::Api`] never occurs.
pub type MixedError = NoApiError;

/// [`DefaultApi::digest`] documents no error responses: [`Error::Api`] never occurs.
pub type DigestError = NoApiError;
