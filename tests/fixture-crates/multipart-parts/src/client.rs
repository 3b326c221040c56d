// @generated from tests/fixtures/multipart-parts.yaml by openapi-gen; do not edit.

//! A typed async client for Multipart parts.
//!
//! One [`Client`] holds the configuration (base URL, `reqwest::Client`, credentials, user agent);
//! each tag of the spec has an API struct with one async method per operation:
//!
//! ```ignore
//! let client = Client::new(crate::DEFAULT_BASE_URL)?;
//! let result = client.translate().translate_file(...).await;
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

use crate::support::client::{Multipart, ToMultipart};

impl Client {
    /// The operations tagged `translate`.
    pub fn translate(&self) -> TranslateApi {
        TranslateApi::new(self.clone())
    }
}

/// The operations tagged `translate`.
#[derive(Debug, Clone)]
pub struct TranslateApi {
    client: Client,
    headers: RequestHeaders,
}

#[allow(clippy::too_many_arguments)]
impl TranslateApi {
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
    /// `client.translate().with_header("Prefer", "code=404")`. An invalid name or value is
    /// reported by the request as [`Error::InvalidRequest`].
    pub fn with_header(mut self, name: &str, value: &str) -> Self {
        self.headers.insert(name, value);
        self
    }

    /// The shared configuration.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// Sends `POST /translate_file`.
    ///
    /// # Parameters
    ///
    /// - `body` (`multipart/form-data`)
    pub async fn translate_file(
        &self,
        body: models::TranslateFileForm,
    ) -> Result<Vec<String>, Error<TranslateFileError>> {
        let response = self
            .call("translateFile", Method::POST)
            .path("/translate_file")
            .accept("application/json")
            .multipart("multipart/form-data", Some(&body))
            .send::<TranslateFileError>()
            .await?;
        match response.status() {
            200 => response.json("application/json"),
            _ => Err(response.unexpected()),
        }
    }
}

/// [`TranslateApi::translate_file`] documents no error responses: [`Error::Api`] never occurs.
pub type TranslateFileError = NoApiError;

impl ToMultipart for models::TranslateFileForm {
    fn to_multipart(&self, form: &mut Multipart) {
        form.parts("", Some(&self.parts));
    }
}
