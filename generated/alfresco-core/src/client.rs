// @generated from spec/alfresco-core.yaml by openapi-gen; do not edit.

//! A typed async client for Alfresco Content Services REST API: People.
//!
//! One [`Client`] holds the configuration (base URL, `reqwest::Client`, credentials, user agent);
//! each tag of the spec has an API struct with one async method per operation:
//!
//! ```ignore
//! let client = Client::new(crate::DEFAULT_BASE_URL)?;
//! let result = client.people().list_people(...).await;
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

/// HTTP Basic Authentication
const BASIC_AUTH: Scheme = Scheme::Basic;

impl Client {
    /// The operations tagged `people`.
    pub fn people(&self) -> PeopleApi {
        PeopleApi::new(self.clone())
    }
}

/// Retrieve and manage people
#[derive(Debug, Clone)]
pub struct PeopleApi {
    client: Client,
    headers: RequestHeaders,
}

#[allow(clippy::too_many_arguments)]
impl PeopleApi {
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
    /// `client.people().with_header("Prefer", "code=404")`. An invalid name or value is
    /// reported by the request as [`Error::InvalidRequest`].
    pub fn with_header(mut self, name: &str, value: &str) -> Self {
        self.headers.insert(name, value);
        self
    }

    /// The shared configuration.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// List people
    ///
    /// List people.
    ///
    /// You can use the **include** parameter to return any additional information.
    ///
    /// The default sort order for the returned list is for people to be sorted by ascending id.
    /// You can override the default by using the **orderBy** parameter.
    ///
    /// You can use any of the following fields to order the results:
    /// * id
    /// * firstName
    /// * lastName
    ///
    /// Sends `GET /people`.
    pub async fn list_people(
        &self,
        params: ListPeopleParams,
    ) -> Result<models::PersonPaging, Error<ListPeopleError>> {
        let response = self
            .call("list_people", Method::GET)
            .path("/people")
            .query_scalar("skipCount", params.skip_count)
            .query_scalar("maxItems", params.max_items)
            .query_csv("orderBy", params.order_by)
            .query_csv("include", params.include)
            .query_csv("fields", params.fields)
            .security(&[&[BASIC_AUTH]])
            .accept("application/json")
            .send::<ListPeopleError>()
            .await?;
        match response.status() {
            200 => response.json("application/json"),
            400 => Err(Error::Api(ListPeopleError::BadRequest)),
            401 => Err(Error::Api(ListPeopleError::Unauthorized)),
            _ => {
                Err(
                    Error::Api(ListPeopleError::Default {
                        status: response.status(),
                        body: response.json("application/json")?,
                    }),
                )
            }
        }
    }

    /// Create person
    ///
    /// Create a person.
    ///
    /// If applicable, the given person's login access can also be optionally disabled.
    ///
    /// You must have admin rights to create a person.
    ///
    /// You can set custom properties when you create a person:
    /// ```JSON
    /// {
    ///   "id": "abeecher",
    ///   "firstName": "Alice",
    ///   "lastName": "Beecher",
    ///   "displayName": "Alice Beecher",
    ///   "email": "abeecher@example.com",
    ///   "password": "secret",
    ///   "properties":
    ///   {
    ///     "my:property": "The value"
    ///   }
    /// }
    /// ```
    /// **Note:** setting properties of type d:content and d:category are not supported.
    ///
    /// Sends `POST /people`.
    ///
    /// # Parameters
    ///
    /// - `body` (`application/json`): The person details.
    pub async fn create_person(
        &self,
        params: CreatePersonParams,
        body: models::PersonBodyCreate,
    ) -> Result<models::PersonEntry, Error<CreatePersonError>> {
        let response = self
            .call("create_person", Method::POST)
            .path("/people")
            .query_csv("fields", params.fields)
            .security(&[&[BASIC_AUTH]])
            .accept("application/json")
            .json("application/json", Some(&body))
            .send::<CreatePersonError>()
            .await?;
        match response.status() {
            201 => response.json("application/json"),
            400 => Err(Error::Api(CreatePersonError::BadRequest)),
            401 => Err(Error::Api(CreatePersonError::Unauthorized)),
            403 => Err(Error::Api(CreatePersonError::Forbidden)),
            409 => Err(Error::Api(CreatePersonError::Conflict)),
            422 => Err(Error::Api(CreatePersonError::UnprocessableEntity)),
            _ => {
                Err(
                    Error::Api(CreatePersonError::Default {
                        status: response.status(),
                        body: response.json("application/json")?,
                    }),
                )
            }
        }
    }

    /// Get a person
    ///
    /// Gets information for the person **personId**.
    ///
    /// You can use the `-me-` string in place of `<personId>` to specify the currently authenticated user.
    ///
    /// Sends `GET /people/{personId}`.
    ///
    /// # Parameters
    ///
    /// - `person_id` (path `personId`): The identifier of a person.
    pub async fn get_person(
        &self,
        person_id: &str,
        params: GetPersonParams,
    ) -> Result<models::PersonEntry, Error<GetPersonError>> {
        let response = self
            .call("get_person", Method::GET)
            .path_template("/people/{}", &[&person_id])
            .query_csv("fields", params.fields)
            .security(&[&[BASIC_AUTH]])
            .accept("application/json")
            .send::<GetPersonError>()
            .await?;
        match response.status() {
            200 => response.json("application/json"),
            401 => Err(Error::Api(GetPersonError::Unauthorized)),
            404 => Err(Error::Api(GetPersonError::NotFound)),
            _ => {
                Err(
                    Error::Api(GetPersonError::Default {
                        status: response.status(),
                        body: response.json("application/json")?,
                    }),
                )
            }
        }
    }

    /// Update person
    ///
    /// Update the given person's details.
    ///
    /// You can use the `-me-` string in place of `<personId>` to specify the currently authenticated user.
    ///
    /// If applicable, the given person's login access can also be optionally disabled or re-enabled.
    ///
    /// You must have admin rights to update a person — unless updating your own details.
    ///
    /// If you are changing your password, as a non-admin user, then the existing password must also
    /// be supplied (using the oldPassword field in addition to the new password value).
    ///
    /// Admin users cannot be disabled by setting enabled to false.
    ///
    /// Non-admin users may not disable themselves.
    ///
    /// You can set custom properties when you update a person:
    /// ```JSON
    /// {
    ///   "firstName": "Alice",
    ///   "properties":
    ///   {
    ///     "my:property": "The value"
    ///   }
    /// }
    /// ```
    /// **Note:** setting properties of type d:content and d:category are not supported.
    ///
    /// Sends `PUT /people/{personId}`.
    ///
    /// # Parameters
    ///
    /// - `person_id` (path `personId`): The identifier of a person.
    /// - `body` (`application/json`): The person details.
    pub async fn update_person(
        &self,
        person_id: &str,
        params: UpdatePersonParams,
        body: models::PersonBodyUpdate,
    ) -> Result<models::PersonEntry, Error<UpdatePersonError>> {
        let response = self
            .call("update_person", Method::PUT)
            .path_template("/people/{}", &[&person_id])
            .query_csv("fields", params.fields)
            .security(&[&[BASIC_AUTH]])
            .accept("application/json")
            .json("application/json", Some(&body))
            .send::<UpdatePersonError>()
            .await?;
        match response.status() {
            200 => response.json("application/json"),
            400 => Err(Error::Api(UpdatePersonError::BadRequest)),
            401 => Err(Error::Api(UpdatePersonError::Unauthorized)),
            403 => Err(Error::Api(UpdatePersonError::Forbidden)),
            404 => Err(Error::Api(UpdatePersonError::NotFound)),
            422 => Err(Error::Api(UpdatePersonError::UnprocessableEntity)),
            _ => {
                Err(
                    Error::Api(UpdatePersonError::Default {
                        status: response.status(),
                        body: response.json("application/json")?,
                    }),
                )
            }
        }
    }

    /// Get avatar image
    ///
    /// Gets the avatar image related to the person **personId**. If the person has no related avatar then
    /// the **placeholder** query parameter can be optionally used to request a placeholder image to be returned.
    ///
    /// You can use the `-me-` string in place of `<personId>` to specify the currently authenticated user.
    ///
    /// Sends `GET /people/{personId}/avatar`.
    ///
    /// # Parameters
    ///
    /// - `person_id` (path `personId`): The identifier of a person.
    pub async fn get_avatar_image(
        &self,
        person_id: &str,
        params: GetAvatarImageParams,
    ) -> Result<GetAvatarImageSuccess, Error<GetAvatarImageError>> {
        let response = self
            .call("get_avatar_image", Method::GET)
            .path_template("/people/{}/avatar", &[&person_id])
            .query_scalar("attachment", params.attachment)
            .header_http_date("If-Modified-Since", params.if_modified_since)
            .query_scalar("placeholder", params.placeholder)
            .security(&[&[BASIC_AUTH]])
            .accept("application/octet-stream")
            .send::<GetAvatarImageError>()
            .await?;
        match response.status() {
            200 => {
                Ok(
                    GetAvatarImageSuccess::Ok(
                        response.binary("application/octet-stream")?,
                    ),
                )
            }
            304 => Ok(GetAvatarImageSuccess::NotModified),
            400 => Err(Error::Api(GetAvatarImageError::BadRequest)),
            401 => Err(Error::Api(GetAvatarImageError::Unauthorized)),
            404 => Err(Error::Api(GetAvatarImageError::NotFound)),
            _ => {
                Err(
                    Error::Api(GetAvatarImageError::Default {
                        status: response.status(),
                        body: response.json("application/octet-stream")?,
                    }),
                )
            }
        }
    }

    /// Update avatar image
    ///
    /// Updates the avatar image related to the person **personId**.
    ///
    /// The request body should be the binary stream for the avatar image. The content type of the file
    /// should be an image file. This will be used to generate an "avatar" thumbnail rendition.
    ///
    /// You must be the person or have admin rights to update a person's avatar.
    ///
    /// You can use the `-me-` string in place of `<personId>` to specify the currently authenticated user.
    ///
    /// Sends `PUT /people/{personId}/avatar`.
    ///
    /// # Parameters
    ///
    /// - `person_id` (path `personId`): The identifier of a person.
    /// - `body` (`application/octet-stream`): The binary content
    pub async fn update_avatar_image(
        &self,
        person_id: &str,
        body: bytes::Bytes,
    ) -> Result<(), Error<UpdateAvatarImageError>> {
        let response = self
            .call("update_avatar_image", Method::PUT)
            .path_template("/people/{}/avatar", &[&person_id])
            .security(&[&[BASIC_AUTH]])
            .accept("application/json")
            .binary("application/octet-stream", Some(&body))
            .send::<UpdateAvatarImageError>()
            .await?;
        match response.status() {
            200 => Ok(()),
            400 => Err(Error::Api(UpdateAvatarImageError::BadRequest)),
            401 => Err(Error::Api(UpdateAvatarImageError::Unauthorized)),
            403 => Err(Error::Api(UpdateAvatarImageError::Forbidden)),
            404 => Err(Error::Api(UpdateAvatarImageError::NotFound)),
            413 => Err(Error::Api(UpdateAvatarImageError::PayloadTooLarge)),
            501 => Err(Error::Api(UpdateAvatarImageError::NotImplemented)),
            507 => Err(Error::Api(UpdateAvatarImageError::InsufficientStorage)),
            _ => {
                Err(
                    Error::Api(UpdateAvatarImageError::Default {
                        status: response.status(),
                        body: response.json("application/json")?,
                    }),
                )
            }
        }
    }

    /// Delete avatar image
    ///
    /// Deletes the avatar image related to person **personId**.
    ///
    /// You must be the person or have admin rights to update a person's avatar.
    ///
    /// You can use the `-me-` string in place of `<personId>` to specify the currently authenticated user.
    ///
    /// Sends `DELETE /people/{personId}/avatar`.
    ///
    /// # Parameters
    ///
    /// - `person_id` (path `personId`): The identifier of a person.
    pub async fn delete_avatar_image(
        &self,
        person_id: &str,
    ) -> Result<(), Error<DeleteAvatarImageError>> {
        let response = self
            .call("delete_avatar_image", Method::DELETE)
            .path_template("/people/{}/avatar", &[&person_id])
            .security(&[&[BASIC_AUTH]])
            .accept("application/json")
            .send::<DeleteAvatarImageError>()
            .await?;
        match response.status() {
            204 => Ok(()),
            401 => Err(Error::Api(DeleteAvatarImageError::Unauthorized)),
            403 => Err(Error::Api(DeleteAvatarImageError::Forbidden)),
            404 => Err(Error::Api(DeleteAvatarImageError::NotFound)),
            _ => {
                Err(
                    Error::Api(DeleteAvatarImageError::Default {
                        status: response.status(),
                        body: response.json("application/json")?,
                    }),
                )
            }
        }
    }

    /// Request password reset
    ///
    /// Initiates the reset password workflow to send an email with reset password instruction to the user's registered email.
    ///
    /// The client is mandatory in the request body. For example:
    /// ```JSON
    /// {
    ///   "client": "myClient"
    /// }
    /// ```
    /// **Note:** The client must be registered before this API can send an email. See [server documentation]. However, out-of-the-box
    /// share is registered as a default client, so you could pass **share** as the client name:
    /// ```JSON
    /// {
    ///   "client": "share"
    /// }
    /// ```
    /// **Note:** No authentication is required to call this endpoint.
    ///
    /// Sends `POST /people/{personId}/request-password-reset`.
    ///
    /// # Parameters
    ///
    /// - `person_id` (path `personId`): The identifier of a person.
    /// - `body` (`application/json`): The client name to send email with app-specific url.
    pub async fn request_password_reset(
        &self,
        person_id: &str,
        body: models::ClientBody,
    ) -> Result<(), Error<RequestPasswordResetError>> {
        let response = self
            .call("request_password_reset", Method::POST)
            .path_template("/people/{}/request-password-reset", &[&person_id])
            .security(&[&[BASIC_AUTH]])
            .json("application/json", Some(&body))
            .send::<RequestPasswordResetError>()
            .await?;
        match response.status() {
            202 => Ok(()),
            404 => Err(Error::Api(RequestPasswordResetError::NotFound)),
            _ => Err(response.unexpected()),
        }
    }

    /// Reset password
    ///
    /// Resets user's password
    ///
    /// The password, id and key properties are mandatory in the request body. For example:
    /// ```JSON
    /// {
    ///   "password":"newPassword",
    ///   "id":"activiti$10",
    ///   "key":"4dad6d00-0daf-413a-b200-f64af4e12345"
    /// }
    /// ```
    /// **Note:** No authentication is required to call this endpoint.
    ///
    /// Sends `POST /people/{personId}/reset-password`.
    ///
    /// # Parameters
    ///
    /// - `person_id` (path `personId`): The identifier of a person.
    /// - `body` (`application/json`): The reset password details
    pub async fn reset_password(
        &self,
        person_id: &str,
        body: models::PasswordResetBody,
    ) -> Result<(), Error<ResetPasswordError>> {
        let response = self
            .call("reset_password", Method::POST)
            .path_template("/people/{}/reset-password", &[&person_id])
            .security(&[&[BASIC_AUTH]])
            .json("application/json", Some(&body))
            .send::<ResetPasswordError>()
            .await?;
        match response.status() {
            202 => Ok(()),
            400 => Err(Error::Api(ResetPasswordError::BadRequest)),
            _ => Err(response.unexpected()),
        }
    }
}

/// The optional parameters of [`PeopleApi::list_people`]; `None` leaves a parameter out of the request.
#[derive(Debug, Clone, Default)]
pub struct ListPeopleParams {
    /// The number of entities that exist in the collection before those included in this list.
    /// If not supplied then the default value is 0.
    ///
    /// The server uses `0` when this is `None`.
    pub skip_count: Option<i64>,
    /// The maximum number of items to return in the list.
    /// If not supplied then the default value is 100.
    ///
    /// The server uses `100` when this is `None`.
    pub max_items: Option<i64>,
    /// A string to control the order of the entities returned in a list. You can use the **orderBy** parameter to sort the list by one or more fields.
    ///
    /// Each field has a default sort order, which is normally ascending order. Read the API method implementation notes above to check if any fields used in this method have a descending default search order.
    ///
    /// To sort the entities in a specific order, you can use the **ASC** and **DESC** keywords for any field.
    pub order_by: Option<Vec<String>>,
    /// Returns additional information about the person. The following optional fields can be requested:
    /// * properties
    /// * aspectNames
    /// * capabilities
    pub include: Option<Vec<String>>,
    /// A list of field names.
    ///
    /// You can use this parameter to restrict the fields returned within a response if, for example, you want to save on overall bandwidth.
    ///
    /// The list applies to a returned individual entity or entries within a collection.
    ///
    /// If the API method also supports the **include** parameter, then the fields specified in the **include** parameter are returned in addition to those specified in the **fields** parameter.
    pub fields: Option<Vec<String>>,
}

/// The documented error responses of [`PeopleApi::list_people`], in [`Error::Api`].
#[derive(Debug, Clone)]
pub enum ListPeopleError {
    /// Invalid parameter: value of **maxItems**, **skipCount** or **orderBy** is invalid
    BadRequest,
    /// Authentication failed
    Unauthorized,
    /// Unexpected error
    Default { status: u16, body: Box<models::Error> },
}

impl ApiError for ListPeopleError {
    fn operation(&self) -> &'static str {
        "list_people"
    }

    fn status(&self) -> u16 {
        match self {
            Self::BadRequest => 400,
            Self::Unauthorized => 401,
            Self::Default { status, .. } => *status,
        }
    }
}

/// The optional parameters of [`PeopleApi::create_person`]; `None` leaves a parameter out of the request.
#[derive(Debug, Clone, Default)]
pub struct CreatePersonParams {
    /// A list of field names.
    ///
    /// You can use this parameter to restrict the fields returned within a response if, for example, you want to save on overall bandwidth.
    ///
    /// The list applies to a returned individual entity or entries within a collection.
    ///
    /// If the API method also supports the **include** parameter, then the fields specified in the **include** parameter are returned in addition to those specified in the **fields** parameter.
    pub fields: Option<Vec<String>>,
}

/// The documented error responses of [`PeopleApi::create_person`], in [`Error::Api`].
#[derive(Debug, Clone)]
pub enum CreatePersonError {
    /// Invalid parameter: **personBodyCreate** is invalid
    BadRequest,
    /// Authentication failed
    Unauthorized,
    /// Current user does not have permission to create a person
    Forbidden,
    /// Person within given *id* already exists
    Conflict,
    /// Model integrity exception
    UnprocessableEntity,
    /// Unexpected error
    Default { status: u16, body: Box<models::Error> },
}

impl ApiError for CreatePersonError {
    fn operation(&self) -> &'static str {
        "create_person"
    }

    fn status(&self) -> u16 {
        match self {
            Self::BadRequest => 400,
            Self::Unauthorized => 401,
            Self::Forbidden => 403,
            Self::Conflict => 409,
            Self::UnprocessableEntity => 422,
            Self::Default { status, .. } => *status,
        }
    }
}

/// The optional parameters of [`PeopleApi::get_person`]; `None` leaves a parameter out of the request.
#[derive(Debug, Clone, Default)]
pub struct GetPersonParams {
    /// A list of field names.
    ///
    /// You can use this parameter to restrict the fields returned within a response if, for example, you want to save on overall bandwidth.
    ///
    /// The list applies to a returned individual entity or entries within a collection.
    ///
    /// If the API method also supports the **include** parameter, then the fields specified in the **include** parameter are returned in addition to those specified in the **fields** parameter.
    pub fields: Option<Vec<String>>,
}

/// The documented error responses of [`PeopleApi::get_person`], in [`Error::Api`].
#[derive(Debug, Clone)]
pub enum GetPersonError {
    /// Authentication failed
    Unauthorized,
    /// **personId** does not exist
    NotFound,
    /// Unexpected error
    Default { status: u16, body: Box<models::Error> },
}

impl ApiError for GetPersonError {
    fn operation(&self) -> &'static str {
        "get_person"
    }

    fn status(&self) -> u16 {
        match self {
            Self::Unauthorized => 401,
            Self::NotFound => 404,
            Self::Default { status, .. } => *status,
        }
    }
}

/// The optional parameters of [`PeopleApi::update_person`]; `None` leaves a parameter out of the request.
#[derive(Debug, Clone, Default)]
pub struct UpdatePersonParams {
    /// A list of field names.
    ///
    /// You can use this parameter to restrict the fields returned within a response if, for example, you want to save on overall bandwidth.
    ///
    /// The list applies to a returned individual entity or entries within a collection.
    ///
    /// If the API method also supports the **include** parameter, then the fields specified in the **include** parameter are returned in addition to those specified in the **fields** parameter.
    pub fields: Option<Vec<String>>,
}

/// The documented error responses of [`PeopleApi::update_person`], in [`Error::Api`].
#[derive(Debug, Clone)]
pub enum UpdatePersonError {
    /// Invalid parameter: the update request is invalid or **personId** is not a valid format or **personBodyUpdate** is invalid
    BadRequest,
    /// Authentication failed
    Unauthorized,
    /// Current user does not have permission to update a person
    Forbidden,
    /// **personId** does not exist
    NotFound,
    /// Model integrity exception
    UnprocessableEntity,
    /// Unexpected error
    Default { status: u16, body: Box<models::Error> },
}

impl ApiError for UpdatePersonError {
    fn operation(&self) -> &'static str {
        "update_person"
    }

    fn status(&self) -> u16 {
        match self {
            Self::BadRequest => 400,
            Self::Unauthorized => 401,
            Self::Forbidden => 403,
            Self::NotFound => 404,
            Self::UnprocessableEntity => 422,
            Self::Default { status, .. } => *status,
        }
    }
}

/// The optional parameters of [`PeopleApi::get_avatar_image`]; `None` leaves a parameter out of the request.
#[derive(Debug, Clone, Default)]
pub struct GetAvatarImageParams {
    /// **true** enables a web browser to download the file as an attachment.
    /// **false** means a web browser may preview the file in a new tab or window, but not download the file.
    ///
    /// You can only set this parameter to **false** if the content type of the file is in the supported list; for example, certain image files and PDF files.
    ///
    /// If the content type is not supported for preview, then a value of **false**  is ignored, and the attachment will be returned in the response.
    ///
    /// The server uses `true` when this is `None`.
    pub attachment: Option<bool>,
    /// Only returns the content if it has been modified since the date provided.
    /// Use the date format defined by HTTP. For example, `Wed, 09 Mar 2016 16:56:34 GMT`.
    pub if_modified_since: Option<chrono::DateTime<chrono::Utc>>,
    /// If **true** and there is no avatar for this **personId** then the placeholder image is returned, rather than a 404 response.
    ///
    /// The server uses `true` when this is `None`.
    pub placeholder: Option<bool>,
}

/// The successful responses of [`PeopleApi::get_avatar_image`].
#[derive(Debug, Clone)]
pub enum GetAvatarImageSuccess {
    /// Successful response
    Ok(bytes::Bytes),
    /// Content has not been modified since the date provided in the If-Modified-Since header
    NotModified,
}

/// The documented error responses of [`PeopleApi::get_avatar_image`], in [`Error::Api`].
#[derive(Debug, Clone)]
pub enum GetAvatarImageError {
    /// Invalid parameter: **personId** is not a valid format
    BadRequest,
    /// Authentication failed
    Unauthorized,
    /// **personId** does not exist or avatar does not exist (and no placeholder requested)
    NotFound,
    /// Unexpected error
    Default { status: u16, body: Box<models::Error> },
}

impl ApiError for GetAvatarImageError {
    fn operation(&self) -> &'static str {
        "get_avatar_image"
    }

    fn status(&self) -> u16 {
        match self {
            Self::BadRequest => 400,
            Self::Unauthorized => 401,
            Self::NotFound => 404,
            Self::Default { status, .. } => *status,
        }
    }
}

/// The documented error responses of [`PeopleApi::update_avatar_image`], in [`Error::Api`].
#[derive(Debug, Clone)]
pub enum UpdateAvatarImageError {
    /// Invalid parameter: **personId** is not a valid format or the avatar cannot be uploaded
    BadRequest,
    /// Authentication failed
    Unauthorized,
    /// Current user does not have permission to update the avatar image for **personId**
    Forbidden,
    /// **personId** does not exist
    NotFound,
    /// Content exceeds individual file size limit (configured for network/system)
    PayloadTooLarge,
    /// Renditions/thumbnails are disabled for the system
    NotImplemented,
    /// Content exceeds overall storage quota limit configured for the network/system
    InsufficientStorage,
    /// Unexpected error
    Default { status: u16, body: Box<models::Error> },
}

impl ApiError for UpdateAvatarImageError {
    fn operation(&self) -> &'static str {
        "update_avatar_image"
    }

    fn status(&self) -> u16 {
        match self {
            Self::BadRequest => 400,
            Self::Unauthorized => 401,
            Self::Forbidden => 403,
            Self::NotFound => 404,
            Self::PayloadTooLarge => 413,
            Self::NotImplemented => 501,
            Self::InsufficientStorage => 507,
            Self::Default { status, .. } => *status,
        }
    }
}

/// The documented error responses of [`PeopleApi::delete_avatar_image`], in [`Error::Api`].
#[derive(Debug, Clone)]
pub enum DeleteAvatarImageError {
    /// Authentication failed
    Unauthorized,
    /// Current user does not have permission to delete the avatar image for **personId**
    Forbidden,
    /// **personId** does not exist
    NotFound,
    /// Unexpected error
    Default { status: u16, body: Box<models::Error> },
}

impl ApiError for DeleteAvatarImageError {
    fn operation(&self) -> &'static str {
        "delete_avatar_image"
    }

    fn status(&self) -> u16 {
        match self {
            Self::Unauthorized => 401,
            Self::Forbidden => 403,
            Self::NotFound => 404,
            Self::Default { status, .. } => *status,
        }
    }
}

/// The documented error responses of [`PeopleApi::request_password_reset`], in [`Error::Api`].
#[derive(Debug, Clone)]
pub enum RequestPasswordResetError {
    /// **client** is not registered
    NotFound,
}

impl ApiError for RequestPasswordResetError {
    fn operation(&self) -> &'static str {
        "request_password_reset"
    }

    fn status(&self) -> u16 {
        match self {
            Self::NotFound => 404,
        }
    }
}

/// The documented error responses of [`PeopleApi::reset_password`], in [`Error::Api`].
#[derive(Debug, Clone)]
pub enum ResetPasswordError {
    /// Invalid parameter: Value of **password**, **id** or **key** is invalid
    BadRequest,
}

impl ApiError for ResetPasswordError {
    fn operation(&self) -> &'static str {
        "reset_password"
    }

    fn status(&self) -> u16 {
        match self {
            Self::BadRequest => 400,
        }
    }
}
