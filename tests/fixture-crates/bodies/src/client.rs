// @generated from tests/fixtures/bodies.yaml by openapi-gen; do not edit.

//! A typed async client for Bodies.
//!
//! One [`Client`] holds the configuration (base URL, `reqwest::Client`, credentials, user agent);
//! each tag of the spec has an API struct with one async method per operation:
//!
//! ```ignore
//! let client = Client::new(crate::DEFAULT_BASE_URL)?;
//! let result = client.default_api().create_note(...).await;
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

    /// One request body in XML, JSON and text; the caller chooses.
    ///
    /// Sends `POST /notes`.
    ///
    /// # Parameters
    ///
    /// - `body` (`application/xml, application/json, text/plain`)
    pub async fn create_note(
        &self,
        body: models::CreateNoteBody,
    ) -> Result<models::CreateNoteCreatedBody, Error<CreateNoteError>> {
        self.create_note_with_headers(body).await.map(Headed::into_body)
    }

    /// Like [`Self::create_note`], with the response's documented headers, typed, and all of its headers.
    pub async fn create_note_with_headers(
        &self,
        body: models::CreateNoteBody,
    ) -> Result<
        Headed<models::CreateNoteCreatedBody, models::CreateNoteCreatedHeaders>,
        Error<CreateNoteError>,
    > {
        let response = self
            .call("createNote", Method::POST)
            .path("/notes")
            .accept(
                "application/json, application/problem+json, application/xml, text/plain",
            )
            .choice("application/xml, application/json, text/plain", Some(&body))
            .send::<CreateNoteError>()
            .await?;
        let body = match response.status() {
            201 => response.choice("application/xml, application/json, text/plain"),
            400..=499 => {
                Err(
                    Error::Api(CreateNoteError::Status4xx {
                        status: response.status(),
                        body: response.json("application/problem+json")?,
                    }),
                )
            }
            500..=599 => {
                Err(
                    Error::Api(CreateNoteError::Status5xx {
                        status: response.status(),
                        body: response.text("text/plain")?,
                    }),
                )
            }
            _ => return Err(response.unexpected()),
        }?;
        let headers = models::CreateNoteCreatedHeaders::read(&response)?;
        Ok(Headed::new(body, headers, response.into_headers()))
    }

    /// Sends `POST /notes/form`.
    ///
    /// # Parameters
    ///
    /// - `body` (`application/x-www-form-urlencoded`)
    pub async fn submit_form(
        &self,
        body: models::NoteForm,
    ) -> Result<models::NoteForm, Error<SubmitFormError>> {
        let response = self
            .call("submitForm", Method::POST)
            .path("/notes/form")
            .accept("application/json")
            .form("application/x-www-form-urlencoded", Some(&body))
            .send::<SubmitFormError>()
            .await?;
        match response.status() {
            200..=299 => response.json("application/json"),
            _ => Err(response.unexpected()),
        }
    }

    /// Sends `PUT /notes/text`.
    ///
    /// # Parameters
    ///
    /// - `body` (`text/plain`)
    pub async fn put_text(&self, body: String) -> Result<String, Error<PutTextError>> {
        let response = self
            .call("putText", Method::PUT)
            .path("/notes/text")
            .accept("text/*")
            .text("text/plain", Some(&body))
            .send::<PutTextError>()
            .await?;
        match response.status() {
            200 => response.text("text/*"),
            _ => Err(response.unexpected()),
        }
    }

    /// Several success statuses with different bodies.
    ///
    /// Sends `GET /notes/{id}`.
    pub async fn get_note(
        &self,
        id: i64,
    ) -> Result<GetNoteSuccess, Error<GetNoteError>> {
        self.get_note_with_headers(id).await.map(Headed::into_body)
    }

    /// Like [`Self::get_note`], with the response's documented headers, typed, and all of its headers.
    pub async fn get_note_with_headers(
        &self,
        id: i64,
    ) -> Result<Headed<GetNoteSuccess, models::GetNoteHeaders>, Error<GetNoteError>> {
        let response = self
            .call("getNote", Method::GET)
            .path_template("/notes/{}", &[&id])
            .accept(
                "application/vnd.notes.v1+json, application/json, application/problem+json",
            )
            .send::<GetNoteError>()
            .await?;
        let body = match response.status() {
            200 => {
                Ok(GetNoteSuccess::Ok(response.json("application/vnd.notes.v1+json")?))
            }
            202 => response.json_ok(GetNoteSuccess::Accepted),
            204 => Ok(GetNoteSuccess::NoContent),
            404 => {
                api_error(
                    response.json("application/problem+json"),
                    GetNoteError::NotFound,
                )
            }
            _ => {
                Err(
                    Error::Api(GetNoteError::Default {
                        status: response.status(),
                        body: response.json("application/problem+json")?,
                    }),
                )
            }
        }?;
        let headers = models::GetNoteHeaders::read(&response)?;
        Ok(Headed::new(body, headers, response.into_headers()))
    }

    /// Sends `PATCH /notes/{id}`.
    ///
    /// # Parameters
    ///
    /// - `body` (`application/merge-patch+json`, optional): A merge patch of a note.
    pub async fn patch_note(
        &self,
        id: i64,
        body: Option<models::Note>,
    ) -> Result<bytes::Bytes, Error<PatchNoteError>> {
        let response = self
            .call("patchNote", Method::PATCH)
            .path_template("/notes/{}", &[&id])
            .accept("*/*")
            .json("application/merge-patch+json", body.as_ref())
            .send::<PatchNoteError>()
            .await?;
        match response.status() {
            200 => response.binary("*/*"),
            _ => Err(response.unexpected()),
        }
    }

    /// Sends `POST /blobs`.
    ///
    /// # Parameters
    ///
    /// - `body` (`*/*`, optional)
    pub async fn upload_blob(
        &self,
        body: Option<bytes::Bytes>,
    ) -> Result<bytes::Bytes, Error<UploadBlobError>> {
        let response = self
            .call("uploadBlob", Method::POST)
            .path("/blobs")
            .accept("application/octet-stream")
            .binary("*/*", body.as_ref())
            .send::<UploadBlobError>()
            .await?;
        match response.status() {
            201 => response.binary("application/octet-stream"),
            _ => Err(response.unexpected()),
        }
    }
}

/// The documented error responses of [`DefaultApi::create_note`], in [`Error::Api`].
#[derive(Debug, Clone)]
pub enum CreateNoteError {
    /// A problem.
    Status4xx { status: u16, body: Box<models::Problem> },
    /// A server error, as text.
    Status5xx { status: u16, body: String },
}

impl ApiError for CreateNoteError {
    fn operation(&self) -> &'static str {
        "createNote"
    }

    fn status(&self) -> u16 {
        match self {
            Self::Status4xx { status, .. } => *status,
            Self::Status5xx { status, .. } => *status,
        }
    }
}

/// [`DefaultApi::submit_form`] documents no error responses: [`Error::Api`] never occurs.
pub type SubmitFormError = NoApiError;

/// [`DefaultApi::put_text`] documents no error responses: [`Error::Api`] never occurs.
pub type PutTextError = NoApiError;

/// The successful responses of [`DefaultApi::get_note`].
#[derive(Debug, Clone)]
pub enum GetNoteSuccess {
    /// The note, in a vendor JSON type.
    Ok(models::Note),
    /// Still being written.
    Accepted(models::Pending),
    /// Empty note.
    NoContent,
}

/// The documented error responses of [`DefaultApi::get_note`], in [`Error::Api`].
#[derive(Debug, Clone)]
pub enum GetNoteError {
    /// No such note.
    NotFound(Box<models::Problem>),
    /// A problem.
    Default { status: u16, body: Box<models::Problem> },
}

impl ApiError for GetNoteError {
    fn operation(&self) -> &'static str {
        "getNote"
    }

    fn status(&self) -> u16 {
        match self {
            Self::NotFound(_) => 404,
            Self::Default { status, .. } => *status,
        }
    }
}

/// [`DefaultApi::patch_note`] documents no error responses: [`Error::Api`] never occurs.
pub type PatchNoteError = NoApiError;

/// [`DefaultApi::upload_blob`] documents no error responses: [`Error::Api`] never occurs.
pub type UploadBlobError = NoApiError;
