// @generated from tests/fixtures/literal-segments.yaml by openapi-gen; do not edit.

//! A typed async client for Literal segments.
//!
//! One [`Client`] holds the configuration (base URL, `reqwest::Client`, credentials, user agent);
//! each tag of the spec has an API struct with one async method per operation:
//!
//! ```ignore
//! let client = Client::new(crate::DEFAULT_BASE_URL)?;
//! let result = client.default_api().literal(...).await;
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

    /// Sends `GET /c/:name/*`.
    pub async fn literal(&self) -> Result<(), Error<LiteralError>> {
        let response = self
            .call("literal", Method::GET)
            .path("/c/:name/*")
            .send::<LiteralError>()
            .await?;
        match response.status() {
            204 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }
}

/// [`DefaultApi::literal`] documents no error responses: [`Error::Api`] never occurs.
pub type LiteralError = NoApiError;
