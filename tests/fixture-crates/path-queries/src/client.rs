// @generated from tests/fixtures/path-queries.yaml by openapi-gen; do not edit.

//! A typed async client for Path queries.
//!
//! One [`Client`] holds the configuration (base URL, `reqwest::Client`, credentials, user agent);
//! each tag of the spec has an API struct with one async method per operation:
//!
//! ```ignore
//! let client = Client::new(crate::DEFAULT_BASE_URL)?;
//! let result = client.default_api().get_item(...).await;
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

    /// Sends `GET /items/{id}`.
    pub async fn get_item(&self, id: &str) -> Result<String, Error<GetItemError>> {
        let response = self
            .call("getItem", Method::GET)
            .path_template("/items/{}", &[&id])
            .accept("text/plain")
            .send::<GetItemError>()
            .await?;
        match response.status() {
            200 => response.text("text/plain"),
            _ => Err(response.unexpected()),
        }
    }

    /// Sends `DELETE /items/{id}`.
    pub async fn delete_item_beta(
        &self,
        id: &str,
    ) -> Result<(), Error<DeleteItemBetaError>> {
        let response = self
            .call("deleteItemBeta", Method::DELETE)
            .path_template("/items/{}", &[&id])
            .send::<DeleteItemBetaError>()
            .await?;
        match response.status() {
            204 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }

    /// Sends `PUT /items/{itemId}`.
    ///
    /// # Parameters
    ///
    /// - `item_id` (path `itemId`)
    pub async fn put_item(&self, item_id: i64) -> Result<(), Error<PutItemError>> {
        let response = self
            .call("putItem", Method::PUT)
            .path_template("/items/{}", &[&item_id])
            .send::<PutItemError>()
            .await?;
        match response.status() {
            204 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }

    /// Sends `POST /compact`.
    pub async fn compact(&self) -> Result<(), Error<CompactError>> {
        let response = self
            .call("compact", Method::POST)
            .path("/compact")
            .send::<CompactError>()
            .await?;
        match response.status() {
            204 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }
}

/// [`DefaultApi::get_item`] documents no error responses: [`Error::Api`] never occurs.
pub type GetItemError = NoApiError;

/// [`DefaultApi::delete_item_beta`] documents no error responses: [`Error::Api`] never occurs.
pub type DeleteItemBetaError = NoApiError;

/// [`DefaultApi::put_item`] documents no error responses: [`Error::Api`] never occurs.
pub type PutItemError = NoApiError;

/// [`DefaultApi::compact`] documents no error responses: [`Error::Api`] never occurs.
pub type CompactError = NoApiError;
