// @generated from tests/fixtures/swagger2-bodies.yaml by openapi-gen; do not edit.

//! A typed async client for Bodies 2.0.
//!
//! One [`Client`] holds the configuration (base URL, `reqwest::Client`, credentials, user agent);
//! each tag of the spec has an API struct with one async method per operation:
//!
//! ```ignore
//! let client = Client::new(crate::DEFAULT_BASE_URL)?;
//! let result = client.default_api().create_pet(...).await;
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

    /// Sends `POST /pets`.
    ///
    /// # Parameters
    ///
    /// - `body` (`application/json`): The pet to create.
    pub async fn create_pet(
        &self,
        body: models::Pet,
    ) -> Result<models::Pet, Error<CreatePetError>> {
        let response = self
            .call("createPet", Method::POST)
            .path("/pets")
            .accept("application/json")
            .json("application/json", Some(&body))
            .send::<CreatePetError>()
            .await?;
        match response.status() {
            201 => response.json("application/json"),
            _ => Err(response.unexpected()),
        }
    }

    /// Sends `POST /login`.
    ///
    /// # Parameters
    ///
    /// - `body` (`application/x-www-form-urlencoded`)
    pub async fn login(
        &self,
        body: models::LoginRequest,
    ) -> Result<(), Error<LoginError>> {
        let response = self
            .call("login", Method::POST)
            .path("/login")
            .form("application/x-www-form-urlencoded", Some(&body))
            .send::<LoginError>()
            .await?;
        match response.status() {
            204 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }

    /// Sends `GET /pets/{id}/photo`.
    pub async fn download_photo(
        &self,
        id: &str,
    ) -> Result<bytes::Bytes, Error<DownloadPhotoError>> {
        let response = self
            .call("downloadPhoto", Method::GET)
            .path_template("/pets/{}/photo", &[&id])
            .accept("image/png")
            .send::<DownloadPhotoError>()
            .await?;
        match response.status() {
            200 => response.binary("image/png"),
            _ => Err(response.unexpected()),
        }
    }

    /// Sends `PUT /pets/{id}/photo`.
    ///
    /// # Parameters
    ///
    /// - `body` (`multipart/form-data`)
    pub async fn upload_photo(
        &self,
        id: &str,
        body: models::UploadPhotoForm,
    ) -> Result<models::Photo, Error<UploadPhotoError>> {
        let response = self
            .call("uploadPhoto", Method::PUT)
            .path_template("/pets/{}/photo", &[&id])
            .accept("application/json")
            .multipart("multipart/form-data", Some(&body))
            .send::<UploadPhotoError>()
            .await?;
        match response.status() {
            200 => response.json("application/json"),
            _ => Err(response.unexpected()),
        }
    }
}

/// [`DefaultApi::create_pet`] documents no error responses: [`Error::Api`] never occurs.
pub type CreatePetError = NoApiError;

/// [`DefaultApi::login`] documents no error responses: [`Error::Api`] never occurs.
pub type LoginError = NoApiError;

/// [`DefaultApi::download_photo`] documents no error responses: [`Error::Api`] never occurs.
pub type DownloadPhotoError = NoApiError;

/// [`DefaultApi::upload_photo`] documents no error responses: [`Error::Api`] never occurs.
pub type UploadPhotoError = NoApiError;

impl ToMultipart for models::UploadPhotoForm {
    fn to_multipart(&self, form: &mut Multipart) {
        form.file("photo", Some(&self.photo));
        form.text("caption", self.caption.as_ref());
    }
}
