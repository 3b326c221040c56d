// @generated from tests/fixtures/response-headers.yaml by openapi-gen; do not edit.

//! A typed async client for Response headers.
//!
//! One [`Client`] holds the configuration (base URL, `reqwest::Client`, credentials, user agent);
//! each tag of the spec has an API struct with one async method per operation:
//!
//! ```ignore
//! let client = Client::new(crate::DEFAULT_BASE_URL)?;
//! let result = client.default_api().list_items(...).await;
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

    /// Sends `GET /items`.
    pub async fn list_items(&self) -> Result<Vec<String>, Error<ListItemsError>> {
        self.list_items_with_headers().await.map(Headed::into_body)
    }

    /// Like [`Self::list_items`], with the response's documented headers, typed, and all of its headers.
    pub async fn list_items_with_headers(
        &self,
    ) -> Result<Headed<Vec<String>, models::ListItemsOkHeaders>, Error<ListItemsError>> {
        let response = self
            .call("listItems", Method::GET)
            .path("/items")
            .accept("application/json")
            .send::<ListItemsError>()
            .await?;
        let body = match response.status() {
            200 => response.json("application/json"),
            429 => Err(Error::Api(ListItemsError::TooManyRequests)),
            _ => return Err(response.unexpected()),
        }?;
        let headers = models::ListItemsOkHeaders::read(&response)?;
        Ok(Headed::new(body, headers, response.into_headers()))
    }

    /// Sends `POST /items`.
    pub async fn create_item(&self, body: String) -> Result<(), Error<CreateItemError>> {
        self.create_item_with_headers(body).await?;
        Ok(())
    }

    /// Like [`Self::create_item`], with the response's documented headers, typed, and all of its headers.
    pub async fn create_item_with_headers(
        &self,
        body: String,
    ) -> Result<Headed<(), models::CreateItemCreatedHeaders>, Error<CreateItemError>> {
        let response = self
            .call("createItem", Method::POST)
            .path("/items")
            .json("application/json", Some(&body))
            .send::<CreateItemError>()
            .await?;
        match response.status() {
            201 => Ok(()),
            _ => return Err(response.unexpected()),
        }?;
        let headers = models::CreateItemCreatedHeaders::read(&response)?;
        Ok(Headed::new((), headers, response.into_headers()))
    }

    /// Sends `GET /items/{id}`.
    pub async fn get_item(&self, id: &str) -> Result<String, Error<GetItemError>> {
        self.get_item_with_headers(id).await.map(Headed::into_body)
    }

    /// Like [`Self::get_item`], with the response's documented headers, typed, and all of its headers.
    pub async fn get_item_with_headers(
        &self,
        id: &str,
    ) -> Result<Headed<String, models::GetItemHeaders>, Error<GetItemError>> {
        let response = self
            .call("getItem", Method::GET)
            .path_template("/items/{}", &[&id])
            .accept("application/json")
            .send::<GetItemError>()
            .await?;
        let body = match response.status() {
            200 => response.json("application/json"),
            203 => response.json("application/json"),
            _ => return Err(response.unexpected()),
        }?;
        let headers = models::GetItemHeaders::read(&response)?;
        Ok(Headed::new(body, headers, response.into_headers()))
    }
}

/// The documented error responses of [`DefaultApi::list_items`], in [`Error::Api`].
#[derive(Debug, Clone)]
pub enum ListItemsError {
    /// Slow down.
    TooManyRequests,
}

impl ApiError for ListItemsError {
    fn operation(&self) -> &'static str {
        "listItems"
    }

    fn status(&self) -> u16 {
        match self {
            Self::TooManyRequests => 429,
        }
    }
}

/// [`DefaultApi::create_item`] documents no error responses: [`Error::Api`] never occurs.
pub type CreateItemError = NoApiError;

/// [`DefaultApi::get_item`] documents no error responses: [`Error::Api`] never occurs.
pub type GetItemError = NoApiError;
