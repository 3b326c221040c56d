// @generated from tests/fixtures/query-styles.yaml by openapi-gen; do not edit.

//! A typed async client for Query styles.
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

    /// Sends `GET /search`.
    pub async fn search(&self, params: SearchParams) -> Result<(), Error<SearchError>> {
        let response = self
            .call("search", Method::GET)
            .path("/search")
            .query_deep_object("filter", params.filter)
            .query_form_object("page", params.page)
            .query_space("ids", params.ids)
            .query_pipe("tags", params.tags)
            .query_multi("colors", params.colors)
            .query_object("color", params.color)
            .query_csv("names", params.names)
            .query_space_object("area", params.area)
            .query_pipe_object("box", params.box_)
            .query_multi("labels", params.labels)
            .send::<SearchError>()
            .await?;
        match response.status() {
            204 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }
}

/// The optional parameters of [`DefaultApi::search`]; `None` leaves a parameter out of the request.
#[derive(Debug, Clone, Default)]
pub struct SearchParams {
    pub filter: Option<models::SearchFilter>,
    pub page: Option<models::Page>,
    pub ids: Option<Vec<i64>>,
    pub tags: Option<Vec<String>>,
    pub colors: Option<Vec<String>>,
    pub color: Option<models::Color>,
    pub names: Option<Vec<String>>,
    pub area: Option<models::Color>,
    pub box_: Option<models::Color>,
    pub labels: Option<Vec<String>>,
}

/// [`DefaultApi::search`] documents no error responses: [`Error::Api`] never occurs.
pub type SearchError = NoApiError;
