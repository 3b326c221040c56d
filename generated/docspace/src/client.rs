// @generated from spec/docspace.yaml by openapi-gen; do not edit.

//! A typed async client for ONLYOFFICE DocSpace API: People / Photos.
//!
//! One [`Client`] holds the configuration (base URL, `reqwest::Client`, credentials, user agent);
//! each tag of the spec has an API struct with one async method per operation:
//!
//! ```ignore
//! let client = Client::new(crate::DEFAULT_BASE_URL)?;
//! let result = client.people_photos().get_member_photo(...).await;
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
crate::support::client::define_client!(crate ::DEFAULT_BASE_URL);

use crate::support::client::{Multipart, ToMultipart};

/// DocSpace authentication token, sent as the `asc_auth_key` cookie.
const ASC_AUTH_KEY: Scheme = Scheme::ApiKeyCookie("asc_auth_key");

impl Client {
    /// The operations tagged `People / Photos`.
    pub fn people_photos(&self) -> PeoplePhotosApi {
        PeoplePhotosApi::new(self.clone())
    }
}

/// Photos of DocSpace users: get, upload, update and delete a user photo, and create photo thumbnails.
#[derive(Debug, Clone)]
pub struct PeoplePhotosApi {
    client: Client,
    headers: RequestHeaders,
}

#[allow(clippy::too_many_arguments)]
impl PeoplePhotosApi {
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
    /// `client.people_photos().with_header("Prefer", "code=404")`. An invalid name or value is
    /// reported by the request as [`Error::InvalidRequest`].
    pub fn with_header(mut self, name: &str, value: &str) -> Self {
        self.headers.insert(name, value);
        self
    }

    /// The shared configuration.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// Get a user photo
    ///
    /// Returns a photo of the user with the ID specified in the request.
    ///
    /// Sends `GET /api/2.0/people/{userid}/photo`.
    ///
    /// # Parameters
    ///
    /// - `userid` (path `userid`): User ID
    pub async fn get_member_photo(
        &self,
        userid: &str,
    ) -> Result<models::ThumbnailsDataWrapper, Error<GetMemberPhotoError>> {
        let response = self
            .call("get_member_photo", Method::GET)
            .path_template("/api/2.0/people/{}/photo", &[&userid])
            .security(&[&[ASC_AUTH_KEY]])
            .accept("application/json")
            .send::<GetMemberPhotoError>()
            .await?;
        match response.status() {
            200 => response.json("application/json"),
            401 => Err(Error::Api(GetMemberPhotoError::Unauthorized)),
            403 => Err(Error::Api(GetMemberPhotoError::Forbidden)),
            404 => Err(Error::Api(GetMemberPhotoError::NotFound)),
            _ => Err(response.unexpected()),
        }
    }

    /// Update a user photo
    ///
    /// Updates a photo of the user with the ID specified in the request.
    ///
    /// Sends `PUT /api/2.0/people/{userid}/photo`.
    ///
    /// # Parameters
    ///
    /// - `userid` (path `userid`): User ID
    /// - `body` (`application/json`, optional): Update photo
    pub async fn update_member_photo(
        &self,
        userid: &str,
        body: Option<models::UpdatePhotoMemberRequest>,
    ) -> Result<models::ThumbnailsDataWrapper, Error<UpdateMemberPhotoError>> {
        let response = self
            .call("update_member_photo", Method::PUT)
            .path_template("/api/2.0/people/{}/photo", &[&userid])
            .security(&[&[ASC_AUTH_KEY]])
            .accept("application/json")
            .json("application/json", body.as_ref())
            .send::<UpdateMemberPhotoError>()
            .await?;
        match response.status() {
            200 => response.json("application/json"),
            401 => Err(Error::Api(UpdateMemberPhotoError::Unauthorized)),
            403 => Err(Error::Api(UpdateMemberPhotoError::Forbidden)),
            404 => Err(Error::Api(UpdateMemberPhotoError::NotFound)),
            _ => Err(response.unexpected()),
        }
    }

    /// Upload a user photo
    ///
    /// Uploads a photo of the user with the ID specified in the request.
    ///
    /// Sends `POST /api/2.0/people/{userid}/photo`.
    ///
    /// # Parameters
    ///
    /// - `userid` (path `userid`): User ID
    /// - `body` (`multipart/form-data`, optional): Image data
    pub async fn upload_member_photo(
        &self,
        userid: &str,
        body: Option<models::UploadMemberPhotoForm>,
    ) -> Result<models::FileUploadResultWrapper, Error<UploadMemberPhotoError>> {
        let response = self
            .call("upload_member_photo", Method::POST)
            .path_template("/api/2.0/people/{}/photo", &[&userid])
            .security(&[&[ASC_AUTH_KEY]])
            .accept("application/json")
            .multipart("multipart/form-data", body.as_ref())
            .send::<UploadMemberPhotoError>()
            .await?;
        match response.status() {
            200 => response.json("application/json"),
            401 => Err(Error::Api(UploadMemberPhotoError::Unauthorized)),
            _ => Err(response.unexpected()),
        }
    }

    /// Delete a user photo
    ///
    /// Deletes a photo of the user with the ID specified in the request.
    ///
    /// Sends `DELETE /api/2.0/people/{userid}/photo`.
    ///
    /// # Parameters
    ///
    /// - `userid` (path `userid`): User ID
    pub async fn delete_member_photo(
        &self,
        userid: &str,
    ) -> Result<models::ThumbnailsDataWrapper, Error<DeleteMemberPhotoError>> {
        let response = self
            .call("delete_member_photo", Method::DELETE)
            .path_template("/api/2.0/people/{}/photo", &[&userid])
            .security(&[&[ASC_AUTH_KEY]])
            .accept("application/json")
            .send::<DeleteMemberPhotoError>()
            .await?;
        match response.status() {
            200 => response.json("application/json"),
            401 => Err(Error::Api(DeleteMemberPhotoError::Unauthorized)),
            403 => Err(Error::Api(DeleteMemberPhotoError::Forbidden)),
            404 => Err(Error::Api(DeleteMemberPhotoError::NotFound)),
            _ => Err(response.unexpected()),
        }
    }

    /// Create photo thumbnails
    ///
    /// Creates photo thumbnails by coordinates of the original image specified in the request.
    ///
    /// Sends `POST /api/2.0/people/{userid}/photo/thumbnails`.
    ///
    /// # Parameters
    ///
    /// - `userid` (path `userid`): User ID
    /// - `body` (`application/json`, optional): Thumbnails
    pub async fn create_member_photo_thumbnails(
        &self,
        userid: &str,
        body: Option<models::ThumbnailsRequest>,
    ) -> Result<models::ThumbnailsDataWrapper, Error<CreateMemberPhotoThumbnailsError>> {
        let response = self
            .call("create_member_photo_thumbnails", Method::POST)
            .path_template("/api/2.0/people/{}/photo/thumbnails", &[&userid])
            .security(&[&[ASC_AUTH_KEY]])
            .accept("application/json")
            .json("application/json", body.as_ref())
            .send::<CreateMemberPhotoThumbnailsError>()
            .await?;
        match response.status() {
            200 => response.json("application/json"),
            401 => Err(Error::Api(CreateMemberPhotoThumbnailsError::Unauthorized)),
            403 => Err(Error::Api(CreateMemberPhotoThumbnailsError::Forbidden)),
            404 => Err(Error::Api(CreateMemberPhotoThumbnailsError::NotFound)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The documented error responses of [`PeoplePhotosApi::get_member_photo`], in [`Error::Api`].
#[derive(Debug, Clone)]
pub enum GetMemberPhotoError {
    /// Unauthorized
    Unauthorized,
    /// No permissions to perform this action
    Forbidden,
    /// User not found
    NotFound,
}

impl ApiError for GetMemberPhotoError {
    fn operation(&self) -> &'static str {
        "get_member_photo"
    }

    fn status(&self) -> u16 {
        match self {
            Self::Unauthorized => 401,
            Self::Forbidden => 403,
            Self::NotFound => 404,
        }
    }
}

/// The documented error responses of [`PeoplePhotosApi::update_member_photo`], in [`Error::Api`].
#[derive(Debug, Clone)]
pub enum UpdateMemberPhotoError {
    /// Unauthorized
    Unauthorized,
    /// No permissions to perform this action
    Forbidden,
    /// User not found
    NotFound,
}

impl ApiError for UpdateMemberPhotoError {
    fn operation(&self) -> &'static str {
        "update_member_photo"
    }

    fn status(&self) -> u16 {
        match self {
            Self::Unauthorized => 401,
            Self::Forbidden => 403,
            Self::NotFound => 404,
        }
    }
}

/// The documented error responses of [`PeoplePhotosApi::upload_member_photo`], in [`Error::Api`].
#[derive(Debug, Clone)]
pub enum UploadMemberPhotoError {
    /// Unauthorized
    Unauthorized,
}

impl ApiError for UploadMemberPhotoError {
    fn operation(&self) -> &'static str {
        "upload_member_photo"
    }

    fn status(&self) -> u16 {
        match self {
            Self::Unauthorized => 401,
        }
    }
}

impl ToMultipart for models::UploadMemberPhotoForm {
    fn to_multipart(&self, form: &mut Multipart) {
        form.json_array("formCollection", self.form_collection.as_ref());
    }
}

/// The documented error responses of [`PeoplePhotosApi::delete_member_photo`], in [`Error::Api`].
#[derive(Debug, Clone)]
pub enum DeleteMemberPhotoError {
    /// Unauthorized
    Unauthorized,
    /// No permissions to perform this action
    Forbidden,
    /// User not found
    NotFound,
}

impl ApiError for DeleteMemberPhotoError {
    fn operation(&self) -> &'static str {
        "delete_member_photo"
    }

    fn status(&self) -> u16 {
        match self {
            Self::Unauthorized => 401,
            Self::Forbidden => 403,
            Self::NotFound => 404,
        }
    }
}

/// The documented error responses of [`PeoplePhotosApi::create_member_photo_thumbnails`], in [`Error::Api`].
#[derive(Debug, Clone)]
pub enum CreateMemberPhotoThumbnailsError {
    /// Unauthorized
    Unauthorized,
    /// No permissions to perform this action
    Forbidden,
    /// User not found
    NotFound,
}

impl ApiError for CreateMemberPhotoThumbnailsError {
    fn operation(&self) -> &'static str {
        "create_member_photo_thumbnails"
    }

    fn status(&self) -> u16 {
        match self {
            Self::Unauthorized => 401,
            Self::Forbidden => 403,
            Self::NotFound => 404,
        }
    }
}
