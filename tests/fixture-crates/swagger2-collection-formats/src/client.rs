// @generated from tests/fixtures/swagger2-collection-formats.yaml by openapi-gen; do not edit.

//! A typed async client for Collection formats 2.0.
//!
//! One [`Client`] holds the configuration (base URL, `reqwest::Client`, credentials, user agent);
//! each tag of the spec has an API struct with one async method per operation:
//!
//! ```ignore
//! let client = Client::new(crate::DEFAULT_BASE_URL)?;
//! let result = client.default_api().search(...).await;
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

    /// Sends `GET /search/{ids}`.
    pub async fn search(
        &self,
        ids: &[i64],
        params: SearchParams,
    ) -> Result<Vec<String>, Error<SearchError>> {
        let response = self
            .call("search", Method::GET)
            .path("/search/")
            .path_csv("ids", ids)
            .query_csv("csv", params.csv)
            .query_space("ssv", params.ssv)
            .query_pipe("pipes", params.pipes)
            .query_multi("multi", params.multi)
            .query_scalar("flag", params.flag)
            .header_csv("X-Tags", params.x_tags)
            .accept("application/json")
            .send::<SearchError>()
            .await?;
        match response.status() {
            200 => response.json("application/json"),
            _ => Err(response.unexpected()),
        }
    }
}

/// The optional parameters of [`DefaultApi::search`]; `None` leaves a parameter out of the request.
#[derive(Debug, Clone, Default)]
pub struct SearchParams {
    pub csv: Option<Vec<String>>,
    pub ssv: Option<Vec<String>>,
    pub pipes: Option<Vec<String>>,
    pub multi: Option<Vec<String>>,
    pub flag: Option<String>,
    pub x_tags: Option<Vec<String>>,
}

/// [`DefaultApi::search`] documents no error responses: [`Error::Api`] never occurs.
pub type SearchError = NoApiError;
