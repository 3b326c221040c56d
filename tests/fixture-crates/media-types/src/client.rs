// @generated from tests/fixtures/media-types.yaml by openapi-gen; do not edit.

//! A typed async client for Media types.
//!
//! One [`Client`] holds the configuration (base URL, `reqwest::Client`, credentials, user agent);
//! each tag of the spec has an API struct with one async method per operation:
//!
//! ```ignore
//! let client = Client::new(crate::DEFAULT_BASE_URL)?;
//! let result = client.default_api().replace_note(...).await;
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
use crate::support::client::api_error;
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

    /// Sends `PUT /notes`.
    ///
    /// # Parameters
    ///
    /// - `body` (`application/json, application/octet-stream`, optional)
    pub async fn replace_note(
        &self,
        body: Option<models::ReplaceNoteBody>,
    ) -> Result<(), Error<ReplaceNoteError>> {
        let response = self
            .call("replaceNote", Method::PUT)
            .path("/notes")
            .choice("application/json, application/octet-stream", body.as_ref())
            .send::<ReplaceNoteError>()
            .await?;
        match response.status() {
            204 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }

    /// Sends `POST /notes`.
    ///
    /// # Parameters
    ///
    /// - `body` (`application/json, application/vnd.notes.v2+json, application/x-www-form-urlencoded, application/xml, text/plain`)
    pub async fn create_note(
        &self,
        body: models::CreateNoteBody,
    ) -> Result<String, Error<CreateNoteError>> {
        let response = self
            .call("createNote", Method::POST)
            .path("/notes")
            .accept("application/json")
            .choice(
                "application/json, application/vnd.notes.v2+json, application/x-www-form-urlencoded, application/xml, text/plain",
                Some(&body),
            )
            .send::<CreateNoteError>()
            .await?;
        match response.status() {
            201 => response.json("application/json"),
            _ => Err(response.unexpected()),
        }
    }

    /// Sends `GET /notes/{id}`.
    pub async fn get_note(
        &self,
        id: &str,
    ) -> Result<models::GetNoteOkBody, Error<GetNoteError>> {
        let response = self
            .call("getNote", Method::GET)
            .path_template("/notes/{}", &[&id])
            .accept(
                "application/json, application/problem+json, application/xml, text/plain",
            )
            .send::<GetNoteError>()
            .await?;
        match response.status() {
            200 => response.choice("application/json, application/xml, text/plain"),
            404 => {
                api_error(
                    response.json("application/problem+json"),
                    GetNoteError::NotFound,
                )
            }
            _ => Err(response.unexpected()),
        }
    }
}

/// [`DefaultApi::replace_note`] documents no error responses: [`Error::Api`] never occurs.
pub type ReplaceNoteError = NoApiError;

/// [`DefaultApi::create_note`] documents no error responses: [`Error::Api`] never occurs.
pub type CreateNoteError = NoApiError;

/// The documented error responses of [`DefaultApi::get_note`], in [`Error::Api`].
#[derive(Debug, Clone)]
pub enum GetNoteError {
    /// No such note.
    NotFound(Box<serde_json::Map<String, serde_json::Value>>),
}

impl ApiError for GetNoteError {
    fn operation(&self) -> &'static str {
        "getNote"
    }

    fn status(&self) -> u16 {
        match self {
            Self::NotFound(_) => 404,
        }
    }
}
