// @generated from tests/fixtures/operations.yaml by openapi-gen; do not edit.

//! A typed async client for Operations.
//!
//! One [`Client`] holds the configuration (base URL, `reqwest::Client`, credentials, user agent);
//! each tag of the spec has an API struct with one async method per operation:
//!
//! ```ignore
//! let client = Client::new(crate::DEFAULT_BASE_URL)?;
//! let result = client.items().get_item(...).await;
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
use crate::support::client::api_error;
crate::support::client::define_client!(crate ::DEFAULT_BASE_URL);

use crate::support::client::{Multipart, ToMultipart};

/// The `basic` security scheme.
const BASIC: Scheme = Scheme::Basic;

/// The `bearer` security scheme.
const BEARER: Scheme = Scheme::Bearer;

/// The `apiKey` security scheme.
const API_KEY: Scheme = Scheme::ApiKeyHeader("X-Api-Key");

/// The `cookieKey` security scheme.
const COOKIE_KEY: Scheme = Scheme::ApiKeyCookie("key");

impl Client {
    /// The operations tagged `items`.
    pub fn items(&self) -> ItemsApi {
        ItemsApi::new(self.clone())
    }

    /// The operations tagged `files`.
    pub fn files(&self) -> FilesApi {
        FilesApi::new(self.clone())
    }
}

/// The operations tagged `items`.
#[derive(Debug, Clone)]
pub struct ItemsApi {
    client: Client,
    headers: RequestHeaders,
}

#[allow(clippy::too_many_arguments)]
impl ItemsApi {
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
    /// `client.items().with_header("Prefer", "code=404")`. An invalid name or value is
    /// reported by the request as [`Error::InvalidRequest`].
    pub fn with_header(mut self, name: &str, value: &str) -> Self {
        self.headers.insert(name, value);
        self
    }

    /// The shared configuration.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// Get an item
    ///
    /// Sends `GET /items/{itemId}`.
    ///
    /// # Parameters
    ///
    /// - `item_id` (path `itemId`)
    /// - `type_` (query `type`)
    pub async fn get_item(
        &self,
        item_id: &str,
        type_: &str,
        params: GetItemParams,
    ) -> Result<GetItemSuccess, Error<GetItemError>> {
        let response = self
            .call("getItem", Method::GET)
            .path_template("/items/{}", &[&item_id])
            .query_scalar("type", Some(type_))
            .query_csv("fields", params.fields)
            .query_multi("tag", params.tag)
            .query_scalar("limit", params.limit)
            .header_http_date("If-Modified-Since", params.if_modified_since)
            .cookie_scalar("session", params.session)
            .security(&[&[BASIC]])
            .accept("application/json, application/problem+json, text/plain")
            .send::<GetItemError>()
            .await?;
        match response.status() {
            200 => response.json_ok(GetItemSuccess::Ok),
            304 => Ok(GetItemSuccess::NotModified),
            404 => api_error(response.text("text/plain"), GetItemError::NotFound),
            400..=499 => {
                Err(
                    Error::Api(GetItemError::Status4xx {
                        status: response.status(),
                    }),
                )
            }
            _ => {
                Err(
                    Error::Api(GetItemError::Default {
                        status: response.status(),
                        body: response.json("application/problem+json")?,
                    }),
                )
            }
        }
    }

    /// Sends `PUT /items/{itemId}`.
    ///
    /// # Parameters
    ///
    /// - `item_id` (path `itemId`)
    pub async fn put_items_by_item_id(
        &self,
        item_id: &str,
        body: models::Item,
    ) -> Result<PutItemsByItemIdSuccess, Error<PutItemsByItemIdError>> {
        let response = self
            .call("", Method::PUT)
            .path_template("/items/{}", &[&item_id])
            .security(&[&[BEARER], &[API_KEY]])
            .accept("application/json")
            .json("application/json", Some(&body))
            .send::<PutItemsByItemIdError>()
            .await?;
        match response.status() {
            200 => response.json_ok(PutItemsByItemIdSuccess::Ok),
            201 => response.json_ok(PutItemsByItemIdSuccess::Created),
            _ => Err(response.unexpected()),
        }
    }
}

/// The optional parameters of [`ItemsApi::get_item`]; `None` leaves a parameter out of the request.
#[derive(Debug, Clone, Default)]
pub struct GetItemParams {
    pub fields: Option<Vec<String>>,
    pub tag: Option<Vec<String>>,
    ///
    /// The server uses `10` when this is `None`.
    pub limit: Option<i64>,
    pub if_modified_since: Option<chrono::DateTime<chrono::Utc>>,
    pub session: Option<String>,
}

/// The successful responses of [`ItemsApi::get_item`].
#[derive(Debug, Clone)]
pub enum GetItemSuccess {
    /// The item.
    Ok(models::Item),
    /// Not modified.
    NotModified,
}

/// The documented error responses of [`ItemsApi::get_item`], in [`Error::Api`].
#[derive(Debug, Clone)]
pub enum GetItemError {
    /// Not found.
    NotFound(String),
    /// Another client error.
    Status4xx { status: u16 },
    /// Unexpected error.
    Default { status: u16, body: Box<models::Problem> },
}

impl ApiError for GetItemError {
    fn operation(&self) -> &'static str {
        "getItem"
    }

    fn status(&self) -> u16 {
        match self {
            Self::NotFound(_) => 404,
            Self::Status4xx { status, .. } => *status,
            Self::Default { status, .. } => *status,
        }
    }
}

/// The successful responses of [`ItemsApi::put_items_by_item_id`].
#[derive(Debug, Clone)]
pub enum PutItemsByItemIdSuccess {
    /// Updated.
    Ok(models::Item),
    /// Created.
    Created(models::PutItemsByItemIdCreatedBody),
}

/// [`ItemsApi::put_items_by_item_id`] documents no error responses: [`Error::Api`] never occurs.
pub type PutItemsByItemIdError = NoApiError;

/// The operations tagged `files`.
#[derive(Debug, Clone)]
pub struct FilesApi {
    client: Client,
    headers: RequestHeaders,
}

#[allow(clippy::too_many_arguments)]
impl FilesApi {
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
    /// `client.files().with_header("Prefer", "code=404")`. An invalid name or value is
    /// reported by the request as [`Error::InvalidRequest`].
    pub fn with_header(mut self, name: &str, value: &str) -> Self {
        self.headers.insert(name, value);
        self
    }

    /// The shared configuration.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// Sends `PUT /items/{itemId}/file`.
    ///
    /// # Parameters
    ///
    /// - `item_id` (path `itemId`)
    /// - `body` (`application/octet-stream`, optional)
    pub async fn put_file(
        &self,
        item_id: &str,
        body: Option<bytes::Bytes>,
    ) -> Result<(), Error<PutFileError>> {
        let response = self
            .call("putFile", Method::PUT)
            .path_template("/items/{}/file", &[&item_id])
            .binary("application/octet-stream", body.as_ref())
            .send::<PutFileError>()
            .await?;
        match response.status() {
            204 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }

    /// Sends `POST /items/{itemId}/file`.
    ///
    /// # Parameters
    ///
    /// - `item_id` (path `itemId`)
    /// - `body` (`multipart/form-data`, optional)
    pub async fn upload_form(
        &self,
        item_id: &str,
        body: Option<models::UploadFormForm>,
    ) -> Result<(), Error<UploadFormError>> {
        let response = self
            .call("uploadForm", Method::POST)
            .path_template("/items/{}/file", &[&item_id])
            .security(&[&[COOKIE_KEY]])
            .multipart("multipart/form-data", body.as_ref())
            .send::<UploadFormError>()
            .await?;
        match response.status() {
            202 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }
}

/// [`FilesApi::put_file`] documents no error responses: [`Error::Api`] never occurs.
pub type PutFileError = NoApiError;

/// [`FilesApi::upload_form`] documents no error responses: [`Error::Api`] never occurs.
pub type UploadFormError = NoApiError;

impl ToMultipart for models::UploadFormForm {
    fn to_multipart(&self, form: &mut Multipart) {
        form.file("file", Some(&self.file));
        form.text("note", self.note.as_ref());
        form.text_array("labels", self.labels.as_ref());
    }
}
