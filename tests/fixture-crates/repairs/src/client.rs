// @generated from tests/fixtures/repairs.yaml by openapi-gen; do not edit.

//! A typed async client for Repairs.
//!
//! One [`Client`] holds the configuration (base URL, `reqwest::Client`, credentials, user agent);
//! each tag of the spec has an API struct with one async method per operation:
//!
//! ```ignore
//! let client = Client::new(crate::DEFAULT_BASE_URL)?;
//! let result = client.search().search(...).await;
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
    /// The operations tagged `search`.
    pub fn search(&self) -> SearchApi {
        SearchApi::new(self.clone())
    }
}

/// The operations tagged `search`.
#[derive(Debug, Clone)]
pub struct SearchApi {
    client: Client,
    headers: RequestHeaders,
}

#[allow(clippy::too_many_arguments)]
impl SearchApi {
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
    /// `client.search().with_header("Prefer", "code=404")`. An invalid name or value is
    /// reported by the request as [`Error::InvalidRequest`].
    pub fn with_header(mut self, name: &str, value: &str) -> Self {
        self.headers.insert(name, value);
        self
    }

    /// The shared configuration.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// Sends `GET /search`.
    pub async fn search(&self) -> Result<(), Error<SearchError>> {
        let response = self
            .call("search", Method::GET)
            .path("/search")
            .accept("application/json")
            .send::<SearchError>()
            .await?;
        match response.status() {
            200 => Ok(()),
            404 => response.json_error(SearchError::NotFound),
            _ => Err(response.unexpected()),
        }
    }

    /// Sends `DELETE /subscriptions/{channel}`.
    pub async fn unsubscribe(
        &self,
        channel: &str,
    ) -> Result<(), Error<UnsubscribeError>> {
        let response = self
            .call("unsubscribe", Method::DELETE)
            .path_template("/subscriptions/{}", &[&channel])
            .send::<UnsubscribeError>()
            .await?;
        match response.status() {
            204 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }
}

/// The documented error responses of [`SearchApi::search`], in [`Error::Api`].
#[derive(Debug, Clone)]
pub enum SearchError {
    /// Nothing matched.
    NotFound(Box<models::NotFound>),
}

impl ApiError for SearchError {
    fn operation(&self) -> &'static str {
        "search"
    }

    fn status(&self) -> u16 {
        match self {
            Self::NotFound(_) => 404,
        }
    }
}

/// [`SearchApi::unsubscribe`] documents no error responses: [`Error::Api`] never occurs.
pub type UnsubscribeError = NoApiError;
