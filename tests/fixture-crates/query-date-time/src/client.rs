// @generated from tests/fixtures/query-date-time.yaml by openapi-gen; do not edit.

//! A typed async client for Query date-time.
//!
//! One [`Client`] holds the configuration (base URL, `reqwest::Client`, credentials, user agent);
//! each tag of the spec has an API struct with one async method per operation:
//!
//! ```ignore
//! let client = Client::new(crate::DEFAULT_BASE_URL)?;
//! let result = client.default_api().list_events(...).await;
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

    /// Sends `GET /events`.
    pub async fn list_events(
        &self,
        since: chrono::DateTime<chrono::FixedOffset>,
        params: ListEventsParams,
    ) -> Result<models::Window, Error<ListEventsError>> {
        let response = self
            .call("listEvents", Method::GET)
            .path("/events")
            .query_rfc3339("since", Some(since))
            .query_rfc3339("until", params.until)
            .accept("application/json")
            .send::<ListEventsError>()
            .await?;
        match response.status() {
            200 => response.json("application/json"),
            _ => Err(response.unexpected()),
        }
    }
}

/// The optional parameters of [`DefaultApi::list_events`]; `None` leaves a parameter out of the request.
#[derive(Debug, Clone, Default)]
pub struct ListEventsParams {
    pub until: Option<chrono::DateTime<chrono::FixedOffset>>,
}

/// [`DefaultApi::list_events`] documents no error responses: [`Error::Api`] never occurs.
pub type ListEventsError = NoApiError;
