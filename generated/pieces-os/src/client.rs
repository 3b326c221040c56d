// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

//! A typed async client for Pieces OS Client API: Person and User.
//!
//! One [`Client`] holds the configuration (base URL, `reqwest::Client`, credentials, user agent);
//! each tag of the spec has an API struct with one async method per operation:
//!
//! ```ignore
//! let client = Client::new(crate::DEFAULT_BASE_URL)?;
//! let result = client.person().person_associate_workstream_summary(...).await;
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

use crate::support::websocket;

/// OAuth2 (Auth0). Only `select_user` (POST /user/select) requires it; the upstream specification leaves every flow URL empty and defines no scopes.
const AUTH0: Scheme = Scheme::Bearer;

impl Client {
    /// The operations tagged `Person`.
    pub fn person(&self) -> PersonApi {
        PersonApi::new(self.clone())
    }

    /// The operations tagged `User`.
    pub fn user(&self) -> UserApi {
        UserApi::new(self.clone())
    }
}

/// Persons known to Pieces OS: snapshot and update a person, associate or disassociate workstream summaries, and increment scores.
#[derive(Debug, Clone)]
pub struct PersonApi {
    client: Client,
    headers: RequestHeaders,
}

#[allow(clippy::too_many_arguments)]
impl PersonApi {
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
    /// `client.person().with_header("Prefer", "code=404")`. An invalid name or value is
    /// reported by the request as [`Error::InvalidRequest`].
    pub fn with_header(mut self, name: &str, value: &str) -> Self {
        self.headers.insert(name, value);
        self
    }

    /// The shared configuration.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// /person/{person}/workstream_summaries/associate/{workstream_summary} [POST]
    ///
    /// This will associate a person with a workstream summary. This will do the same thing as the workstreamSummary equivalent.
    ///
    /// Sends `POST /person/{person}/workstream_summaries/associate/{workstream_summary}`.
    ///
    /// # Parameters
    ///
    /// - `person` (path `person`): This is a uuid that represents a person.
    /// - `workstream_summary` (path `workstream_summary`): This is a identifier that is used to identify a specific workstream_summary.
    pub async fn person_associate_workstream_summary(
        &self,
        person: &str,
        workstream_summary: &str,
    ) -> Result<(), Error<PersonAssociateWorkstreamSummaryError>> {
        let response = self
            .call("person_associate_workstream_summary", Method::POST)
            .path_template(
                "/person/{}/workstream_summaries/associate/{}",
                &[&person, &workstream_summary],
            )
            .accept("text/plain")
            .send::<PersonAssociateWorkstreamSummaryError>()
            .await?;
        match response.status() {
            204 => Ok(()),
            500 => {
                api_error(
                    response.text("text/plain"),
                    PersonAssociateWorkstreamSummaryError::InternalServerError,
                )
            }
            _ => Err(response.unexpected()),
        }
    }

    /// /person/{person}/workstream_summaries/disassociate/{workstream_summary} [POST]
    ///
    /// This will enable us to disassociate an person from a workstream summary. This will do the same thing as the workstreamSummary equivalent.
    ///
    /// Sends `POST /person/{person}/workstream_summaries/disassociate/{workstream_summary}`.
    ///
    /// # Parameters
    ///
    /// - `person` (path `person`): This is a uuid that represents a person.
    /// - `workstream_summary` (path `workstream_summary`): This is a identifier that is used to identify a specific workstream_summary.
    pub async fn person_disassociate_workstream_summary(
        &self,
        person: &str,
        workstream_summary: &str,
    ) -> Result<(), Error<PersonDisassociateWorkstreamSummaryError>> {
        let response = self
            .call("person_disassociate_workstream_summary", Method::POST)
            .path_template(
                "/person/{}/workstream_summaries/disassociate/{}",
                &[&person, &workstream_summary],
            )
            .accept("text/plain")
            .send::<PersonDisassociateWorkstreamSummaryError>()
            .await?;
        match response.status() {
            204 => Ok(()),
            500 => {
                api_error(
                    response.text("text/plain"),
                    PersonDisassociateWorkstreamSummaryError::InternalServerError,
                )
            }
            _ => Err(response.unexpected()),
        }
    }

    /// '/person/{person}/scores/increment' [POST]
    ///
    /// This will take in a SeededScoreIncrement and will increment the material relative to the incoming body.
    ///
    /// Sends `POST /person/{person}/scores/increment`.
    ///
    /// # Parameters
    ///
    /// - `person` (path `person`): This is a uuid that represents a person.
    /// - `body` (`application/json`, optional): The SeededScoreIncrement describing the material(s) whose score should be incremented relative to this person (optional).
    pub async fn person_scores_increment(
        &self,
        person: &str,
        body: Option<models::SeededScoreIncrement>,
    ) -> Result<(), Error<PersonScoresIncrementError>> {
        let response = self
            .call("person_scores_increment", Method::POST)
            .path_template("/person/{}/scores/increment", &[&person])
            .accept("text/plain")
            .json("application/json", body.as_ref())
            .send::<PersonScoresIncrementError>()
            .await?;
        match response.status() {
            204 => Ok(()),
            500 => {
                api_error(
                    response.text("text/plain"),
                    PersonScoresIncrementError::InternalServerError,
                )
            }
            _ => Err(response.unexpected()),
        }
    }

    /// /person/{person} [GET]
    ///
    /// This will get a snapshot of a specific person
    ///
    /// Sends `GET /person/{person}`.
    ///
    /// # Parameters
    ///
    /// - `person` (path `person`): This is a uuid that represents a person.
    pub async fn person_snapshot(
        &self,
        person: &str,
        params: PersonSnapshotParams,
    ) -> Result<models::Person, Error<PersonSnapshotError>> {
        let response = self
            .call("person_snapshot", Method::GET)
            .path_template("/person/{}", &[&person])
            .query_scalar("transferables", params.transferables)
            .accept("application/json, text/plain")
            .send::<PersonSnapshotError>()
            .await?;
        match response.status() {
            200 => response.json("application/json"),
            500 => {
                api_error(
                    response.text("text/plain"),
                    PersonSnapshotError::InternalServerError,
                )
            }
            _ => Err(response.unexpected()),
        }
    }

    /// /person/update [POST]
    ///
    /// This will update a specific person
    ///
    /// Sends `POST /person/update`.
    ///
    /// # Parameters
    ///
    /// - `body` (`application/json`, optional): The Person to update (optional).
    pub async fn update_person(
        &self,
        params: UpdatePersonParams,
        body: Option<models::Person>,
    ) -> Result<models::Person, Error<UpdatePersonError>> {
        let response = self
            .call("update_person", Method::POST)
            .path("/person/update")
            .query_scalar("transferables", params.transferables)
            .accept("application/json")
            .json("application/json", body.as_ref())
            .send::<UpdatePersonError>()
            .await?;
        match response.status() {
            200 => response.json("application/json"),
            _ => Err(response.unexpected()),
        }
    }
}

/// The documented error responses of [`PersonApi::person_associate_workstream_summary`], in [`Error::Api`].
#[derive(Debug, Clone)]
pub enum PersonAssociateWorkstreamSummaryError {
    /// Internal Server Error
    InternalServerError(String),
}

impl ApiError for PersonAssociateWorkstreamSummaryError {
    fn operation(&self) -> &'static str {
        "person_associate_workstream_summary"
    }

    fn status(&self) -> u16 {
        match self {
            Self::InternalServerError(_) => 500,
        }
    }
}

/// The documented error responses of [`PersonApi::person_disassociate_workstream_summary`], in [`Error::Api`].
#[derive(Debug, Clone)]
pub enum PersonDisassociateWorkstreamSummaryError {
    /// Internal Server Error
    InternalServerError(String),
}

impl ApiError for PersonDisassociateWorkstreamSummaryError {
    fn operation(&self) -> &'static str {
        "person_disassociate_workstream_summary"
    }

    fn status(&self) -> u16 {
        match self {
            Self::InternalServerError(_) => 500,
        }
    }
}

/// The documented error responses of [`PersonApi::person_scores_increment`], in [`Error::Api`].
#[derive(Debug, Clone)]
pub enum PersonScoresIncrementError {
    /// Internal Server Error
    InternalServerError(String),
}

impl ApiError for PersonScoresIncrementError {
    fn operation(&self) -> &'static str {
        "person_scores_increment"
    }

    fn status(&self) -> u16 {
        match self {
            Self::InternalServerError(_) => 500,
        }
    }
}

/// The optional parameters of [`PersonApi::person_snapshot`]; `None` leaves a parameter out of the request.
#[derive(Debug, Clone, Default)]
pub struct PersonSnapshotParams {
    /// This is a boolean that will decided if we are want to return the transferable data (default) or not(performance enhancement)
    pub transferables: Option<bool>,
}

/// The documented error responses of [`PersonApi::person_snapshot`], in [`Error::Api`].
#[derive(Debug, Clone)]
pub enum PersonSnapshotError {
    /// Internal Server Error
    InternalServerError(String),
}

impl ApiError for PersonSnapshotError {
    fn operation(&self) -> &'static str {
        "person_snapshot"
    }

    fn status(&self) -> u16 {
        match self {
            Self::InternalServerError(_) => 500,
        }
    }
}

/// The optional parameters of [`PersonApi::update_person`]; `None` leaves a parameter out of the request.
#[derive(Debug, Clone, Default)]
pub struct UpdatePersonParams {
    /// This is a boolean that will decided if we are want to return the transferable data (default) or not(performance enhancement)
    pub transferables: Option<bool>,
}

/// [`PersonApi::update_person`] documents no error responses: [`Error::Api`] never occurs.
pub type UpdatePersonError = NoApiError;

/// The current user of Pieces OS: snapshot, refresh, select, update, clear, stream (WebSocket), beta status, providers and vanity name.
#[derive(Debug, Clone)]
pub struct UserApi {
    client: Client,
    headers: RequestHeaders,
}

#[allow(clippy::too_many_arguments)]
impl UserApi {
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
    /// `client.user().with_header("Prefer", "code=404")`. An invalid name or value is
    /// reported by the request as [`Error::InvalidRequest`].
    pub fn with_header(mut self, name: &str, value: &str) -> Self {
        self.headers.insert(name, value);
        self
    }

    /// The shared configuration.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// /user/clear
    ///
    /// An endpoint to clear the current user.
    ///
    /// Sends `POST /user/clear`.
    pub async fn clear_user(&self) -> Result<(), Error<ClearUserError>> {
        let response = self
            .call("clear_user", Method::POST)
            .path("/user/clear")
            .send::<ClearUserError>()
            .await?;
        match response.status() {
            204 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }

    /// /user/refresh [GET]
    ///
    /// This will refresh a user.
    ///
    /// Sends `GET /user/refresh`.
    pub async fn refresh_user(
        &self,
    ) -> Result<models::UserProfile, Error<RefreshUserError>> {
        let response = self
            .call("refresh_user", Method::GET)
            .path("/user/refresh")
            .accept("application/json, text/plain")
            .send::<RefreshUserError>()
            .await?;
        match response.status() {
            200 => response.json("application/json"),
            500 => {
                api_error(
                    response.text("text/plain"),
                    RefreshUserError::InternalServerError,
                )
            }
            _ => Err(response.unexpected()),
        }
    }

    /// /user/select [POST]
    ///
    /// This will select the current user.
    ///
    /// Sends `POST /user/select`.
    ///
    /// # Parameters
    ///
    /// - `body` (`application/json`, optional): The Auth0User to select as the current user (optional).
    pub async fn select_user(
        &self,
        body: Option<models::Auth0User>,
    ) -> Result<models::UserProfile, Error<SelectUserError>> {
        let response = self
            .call("select_user", Method::POST)
            .path("/user/select")
            .security(&[&[AUTH0]])
            .accept("application/json")
            .json("application/json", body.as_ref())
            .send::<SelectUserError>()
            .await?;
        match response.status() {
            200 => response.json("application/json"),
            _ => Err(response.unexpected()),
        }
    }

    /// /user/stream [WS]
    ///
    /// Provides a WebSocket connection that streams user data.
    ///
    /// **WebSocket endpoint.** OpenAPI 3.0 cannot describe a WebSocket, so this is declared as a plain `GET`: clients open `/user/stream` with a WebSocket upgrade (for example `ws://localhost:1000/user/stream`). Each server-to-client text frame is one `UserProfile` JSON document (see the `x-websocket-message` extension); the `200` response documents that message type.
    ///
    /// Sends `GET /user/stream`.
    ///
    /// Opens the WebSocket and yields one decoded message per text or binary frame; the stream ends when the server closes the connection.
    pub async fn stream_user(
        &self,
    ) -> Result<
        impl futures_util::Stream<
            Item = Result<models::UserProfile, Error<StreamUserError>>,
        >,
        Error<StreamUserError>,
    > {
        let call = self.call("stream_user", Method::GET).path("/user/stream");
        websocket::connect(call).await
    }

    /// /user/update [POST]
    ///
    /// This will update a specific user in the database.
    ///
    /// Sends `POST /user/update`.
    ///
    /// # Parameters
    ///
    /// - `body` (`application/json`, optional): The UserProfile to update (optional).
    pub async fn update_user(
        &self,
        body: Option<models::UserProfile>,
    ) -> Result<models::UserProfile, Error<UpdateUserError>> {
        let response = self
            .call("update_user", Method::POST)
            .path("/user/update")
            .accept("application/json")
            .json("application/json", body.as_ref())
            .send::<UpdateUserError>()
            .await?;
        match response.status() {
            200 => response.json("application/json"),
            _ => Err(response.unexpected()),
        }
    }

    /// /user/beta/status [POST]
    ///
    /// This will be an endpoint to give access or remove access immediately from a given user.(isomorphic from the given provider)
    ///
    /// Sends `POST /user/beta/status`.
    ///
    /// # Parameters
    ///
    /// - `body` (`application/json`, optional): The UserBetaStatus to apply, giving or removing beta access for the given user (optional).
    pub async fn user_beta_status(
        &self,
        body: Option<models::UserBetaStatus>,
    ) -> Result<models::UserBetaStatus, Error<UserBetaStatusError>> {
        let response = self
            .call("user_beta_status", Method::POST)
            .path("/user/beta/status")
            .accept("application/json, text/plain")
            .json("application/json", body.as_ref())
            .send::<UserBetaStatusError>()
            .await?;
        match response.status() {
            200 => response.json("application/json"),
            500 => {
                api_error(
                    response.text("text/plain"),
                    UserBetaStatusError::InternalServerError,
                )
            }
            511 => {
                api_error(
                    response.text("text/plain"),
                    UserBetaStatusError::NetworkAuthenticationRequired,
                )
            }
            _ => Err(response.unexpected()),
        }
    }

    /// Your GET endpoint
    ///
    /// This will retrieve all the users Providers that are connected to this account. If called locally. we will 501 - because it is not implemented locally yet. If called in the cloud, we will refresh && get your access tokens to access these providers.
    ///
    /// Sends `GET /user/providers`.
    pub async fn user_providers(
        &self,
    ) -> Result<models::ReturnedUserProfile, Error<UserProvidersError>> {
        let response = self
            .call("user_providers", Method::GET)
            .path("/user/providers")
            .accept("application/json, text/plain")
            .send::<UserProvidersError>()
            .await?;
        match response.status() {
            200 => response.json("application/json"),
            500 => {
                api_error(
                    response.text("text/plain"),
                    UserProvidersError::InternalServerError,
                )
            }
            501 => {
                api_error(
                    response.text("text/plain"),
                    UserProvidersError::NotImplemented,
                )
            }
            _ => Err(response.unexpected()),
        }
    }

    /// /user [GET]
    ///
    /// This will return a snapshot of the current user. This will return our ReturnUserProfile and the user on that object is just a UserProfile and can potentially be null.
    ///
    /// Sends `GET /user`.
    pub async fn user_snapshot(
        &self,
    ) -> Result<models::ReturnedUserProfile, Error<UserSnapshotError>> {
        let response = self
            .call("user_snapshot", Method::GET)
            .path("/user")
            .accept("application/json")
            .send::<UserSnapshotError>()
            .await?;
        match response.status() {
            200 => response.json("application/json"),
            _ => Err(response.unexpected()),
        }
    }

    /// /user/update/vanity [POST]
    ///
    /// This is a local route to update your vanityname. ie mark.pieces.cloud, where "mark" is the vanityname.
    ///
    /// Sends `POST /user/update/vanity`.
    ///
    /// # Parameters
    ///
    /// - `body` (`application/json`, optional): This will take an update userProfile, with the updated vanity name!
    pub async fn user_update_vanity(
        &self,
        body: Option<models::UserProfile>,
    ) -> Result<models::UserProfile, Error<UserUpdateVanityError>> {
        let response = self
            .call("user_update_vanity", Method::POST)
            .path("/user/update/vanity")
            .accept("application/json, text/plain")
            .json("application/json", body.as_ref())
            .send::<UserUpdateVanityError>()
            .await?;
        match response.status() {
            200 => response.json("application/json"),
            404 => {
                api_error(response.text("text/plain"), UserUpdateVanityError::NotFound)
            }
            409 => {
                api_error(response.text("text/plain"), UserUpdateVanityError::Conflict)
            }
            500 => {
                api_error(
                    response.text("text/plain"),
                    UserUpdateVanityError::InternalServerError,
                )
            }
            511 => {
                api_error(
                    response.text("text/plain"),
                    UserUpdateVanityError::NetworkAuthenticationRequired,
                )
            }
            _ => Err(response.unexpected()),
        }
    }
}

/// [`UserApi::clear_user`] documents no error responses: [`Error::Api`] never occurs.
pub type ClearUserError = NoApiError;

/// The documented error responses of [`UserApi::refresh_user`], in [`Error::Api`].
#[derive(Debug, Clone)]
pub enum RefreshUserError {
    /// Internal Server Error
    InternalServerError(String),
}

impl ApiError for RefreshUserError {
    fn operation(&self) -> &'static str {
        "refresh_user"
    }

    fn status(&self) -> u16 {
        match self {
            Self::InternalServerError(_) => 500,
        }
    }
}

/// [`UserApi::select_user`] documents no error responses: [`Error::Api`] never occurs.
pub type SelectUserError = NoApiError;

/// [`UserApi::stream_user`] documents no error responses: [`Error::Api`] never occurs.
pub type StreamUserError = NoApiError;

/// [`UserApi::update_user`] documents no error responses: [`Error::Api`] never occurs.
pub type UpdateUserError = NoApiError;

/// The documented error responses of [`UserApi::user_beta_status`], in [`Error::Api`].
#[derive(Debug, Clone)]
pub enum UserBetaStatusError {
    /// Internal Server Error
    InternalServerError(String),
    /// Authentication Required, This means that you user needs to be authenticated with OS in order to change the beta status
    NetworkAuthenticationRequired(String),
}

impl ApiError for UserBetaStatusError {
    fn operation(&self) -> &'static str {
        "user_beta_status"
    }

    fn status(&self) -> u16 {
        match self {
            Self::InternalServerError(_) => 500,
            Self::NetworkAuthenticationRequired(_) => 511,
        }
    }
}

/// The documented error responses of [`UserApi::user_providers`], in [`Error::Api`].
#[derive(Debug, Clone)]
pub enum UserProvidersError {
    /// Internal Server Error
    InternalServerError(String),
    /// Not Implemented
    NotImplemented(String),
}

impl ApiError for UserProvidersError {
    fn operation(&self) -> &'static str {
        "user_providers"
    }

    fn status(&self) -> u16 {
        match self {
            Self::InternalServerError(_) => 500,
            Self::NotImplemented(_) => 501,
        }
    }
}

/// [`UserApi::user_snapshot`] documents no error responses: [`Error::Api`] never occurs.
pub type UserSnapshotError = NoApiError;

/// The documented error responses of [`UserApi::user_update_vanity`], in [`Error::Api`].
#[derive(Debug, Clone)]
pub enum UserUpdateVanityError {
    /// The original dns record was not found, please wait for cloud connectivity to fully connect.
    NotFound(String),
    /// Conflict, This means that we were unable to update the username because it was already taken.
    Conflict(String),
    /// Unable to create a username. Internal Server Error.
    InternalServerError(String),
    /// Network Authentication Required, Cannot Update the Vanityname of the user because the user is either not signed in or in not connected to the cloud.
    NetworkAuthenticationRequired(String),
}

impl ApiError for UserUpdateVanityError {
    fn operation(&self) -> &'static str {
        "user_update_vanity"
    }

    fn status(&self) -> u16 {
        match self {
            Self::NotFound(_) => 404,
            Self::Conflict(_) => 409,
            Self::InternalServerError(_) => 500,
            Self::NetworkAuthenticationRequired(_) => 511,
        }
    }
}
