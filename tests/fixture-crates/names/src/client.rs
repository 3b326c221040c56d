// @generated from tests/fixtures/names.yaml by openapi-gen; do not edit.

//! A typed async client for Names.
//!
//! One [`Client`] holds the configuration (base URL, `reqwest::Client`, credentials, user agent);
//! each tag of the spec has an API struct with one async method per operation:
//!
//! ```ignore
//! let client = Client::new(crate::DEFAULT_BASE_URL)?;
//! let result = client.admin_users().post_users(...).await;
//! ```
//!
//! Documented error statuses come back as `Err(Error::Api(..))` holding the operation's error enum.

#![cfg_attr(not(feature = "all-tags"), allow(unused_imports))]

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
    /// The operations tagged `Admin / Users`.
    #[cfg(feature = "tag-admin-users")]
    pub fn admin_users(&self) -> AdminUsersApi {
        AdminUsersApi::new(self.clone())
    }

    /// The operations tagged `user accounts`.
    #[cfg(feature = "tag-user-accounts")]
    pub fn user_accounts(&self) -> UserAccountsApi {
        UserAccountsApi::new(self.clone())
    }

    /// The operations tagged `pets`.
    #[cfg(feature = "tag-pets")]
    pub fn pets(&self) -> PetsApi {
        PetsApi::new(self.clone())
    }

    /// The operations tagged `Pets`.
    #[cfg(feature = "tag-pets-api2")]
    pub fn pets_api2(&self) -> PetsApi2 {
        PetsApi2::new(self.clone())
    }

    /// The operations tagged `Client`.
    #[cfg(feature = "tag-client")]
    pub fn client(&self) -> ClientApi {
        ClientApi::new(self.clone())
    }

    /// The operations tagged `default`.
    #[cfg(feature = "tag-default-api")]
    pub fn default_api(&self) -> DefaultApi {
        DefaultApi::new(self.clone())
    }
}

/// A tag with spaces and a slash.
#[cfg(feature = "tag-admin-users")]
#[derive(Debug, Clone)]
pub struct AdminUsersApi {
    client: Client,
    headers: RequestHeaders,
}

#[cfg(feature = "tag-admin-users")]
#[allow(clippy::too_many_arguments)]
impl AdminUsersApi {
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
    /// `client.admin_users().with_header("Prefer", "code=404")`. An invalid name or value is
    /// reported by the request as [`Error::InvalidRequest`].
    pub fn with_header(mut self, name: &str, value: &str) -> Self {
        self.headers.insert(name, value);
        self
    }

    /// The shared configuration.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// No operationId, several tags.
    ///
    /// Sends `POST /users`.
    pub async fn post_users(
        &self,
        body: models::User,
    ) -> Result<(), Error<PostUsersError>> {
        let response = self
            .call("", Method::POST)
            .path("/users")
            .json("application/json", Some(&body))
            .send::<PostUsersError>()
            .await?;
        match response.status() {
            201 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }

    /// Sends `GET /users/{id}`.
    pub async fn get_user(
        &self,
        id: &str,
        params: GetUserParams,
    ) -> Result<models::User, Error<GetUserError>> {
        let response = self
            .call("get-user", Method::GET)
            .path_template("/users/{}", &[&id])
            .query_scalar("id", params.id2)
            .header_scalar("ID", params.id3)
            .accept("application/json")
            .send::<GetUserError>()
            .await?;
        match response.status() {
            200 => response.json("application/json"),
            _ => Err(response.unexpected()),
        }
    }
}

/// [`AdminUsersApi::post_users`] documents no error responses: [`Error::Api`] never occurs.
#[cfg(feature = "tag-admin-users")]
pub type PostUsersError = NoApiError;

/// The optional parameters of [`AdminUsersApi::get_user`]; `None` leaves a parameter out of the request.
#[cfg(feature = "tag-admin-users")]
#[derive(Debug, Clone, Default)]
pub struct GetUserParams {
    /// The same name as the path parameter, in the query.
    pub id2: Option<String>,
    pub id3: Option<String>,
}

/// [`AdminUsersApi::get_user`] documents no error responses: [`Error::Api`] never occurs.
#[cfg(feature = "tag-admin-users")]
pub type GetUserError = NoApiError;

/// The operations tagged `user accounts`.
#[cfg(feature = "tag-user-accounts")]
#[derive(Debug, Clone)]
pub struct UserAccountsApi {
    client: Client,
    headers: RequestHeaders,
}

#[cfg(feature = "tag-user-accounts")]
#[allow(clippy::too_many_arguments)]
impl UserAccountsApi {
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
    /// `client.user_accounts().with_header("Prefer", "code=404")`. An invalid name or value is
    /// reported by the request as [`Error::InvalidRequest`].
    pub fn with_header(mut self, name: &str, value: &str) -> Self {
        self.headers.insert(name, value);
        self
    }

    /// The shared configuration.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// Sends `DELETE /users/{id}`.
    pub async fn delete_users_by_id(
        &self,
        id: &str,
    ) -> Result<(), Error<DeleteUsersByIdError>> {
        let response = self
            .call("", Method::DELETE)
            .path_template("/users/{}", &[&id])
            .send::<DeleteUsersByIdError>()
            .await?;
        match response.status() {
            204 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }

    /// Sends `POST /users/{id}/2fa`.
    pub async fn n2fa_verify(&self, id: &str) -> Result<(), Error<N2faVerifyError>> {
        let response = self
            .call("2fa.verify", Method::POST)
            .path_template("/users/{}/2fa", &[&id])
            .send::<N2faVerifyError>()
            .await?;
        match response.status() {
            204 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }
}

/// [`UserAccountsApi::delete_users_by_id`] documents no error responses: [`Error::Api`] never occurs.
#[cfg(feature = "tag-user-accounts")]
pub type DeleteUsersByIdError = NoApiError;

/// [`UserAccountsApi::n2fa_verify`] documents no error responses: [`Error::Api`] never occurs.
#[cfg(feature = "tag-user-accounts")]
pub type N2faVerifyError = NoApiError;

/// The operations tagged `pets`.
#[cfg(feature = "tag-pets")]
#[derive(Debug, Clone)]
pub struct PetsApi {
    client: Client,
    headers: RequestHeaders,
}

#[cfg(feature = "tag-pets")]
#[allow(clippy::too_many_arguments)]
impl PetsApi {
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
    /// `client.pets().with_header("Prefer", "code=404")`. An invalid name or value is
    /// reported by the request as [`Error::InvalidRequest`].
    pub fn with_header(mut self, name: &str, value: &str) -> Self {
        self.headers.insert(name, value);
        self
    }

    /// The shared configuration.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// Sends `GET /пользователи`.
    pub async fn список_пользователей(
        &self,
    ) -> Result<(), Error<СписокПользователейError>> {
        let response = self
            .call("списокПользователей", Method::GET)
            .path("/пользователи")
            .send::<СписокПользователейError>()
            .await?;
        match response.status() {
            204 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }
}

/// [`PetsApi::список_пользователей`] documents no error responses: [`Error::Api`] never occurs.
#[cfg(feature = "tag-pets")]
pub type СписокПользователейError = NoApiError;

/// Differs from `pets` only in case.
#[cfg(feature = "tag-pets-api2")]
#[derive(Debug, Clone)]
pub struct PetsApi2 {
    client: Client,
    headers: RequestHeaders,
}

#[cfg(feature = "tag-pets-api2")]
#[allow(clippy::too_many_arguments)]
impl PetsApi2 {
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
    /// `client.pets_api2().with_header("Prefer", "code=404")`. An invalid name or value is
    /// reported by the request as [`Error::InvalidRequest`].
    pub fn with_header(mut self, name: &str, value: &str) -> Self {
        self.headers.insert(name, value);
        self
    }

    /// The shared configuration.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// Sends `GET /duplicates/a`.
    pub async fn list_things(&self) -> Result<(), Error<ListThingsError>> {
        let response = self
            .call("listThings", Method::GET)
            .path("/duplicates/a")
            .send::<ListThingsError>()
            .await?;
        match response.status() {
            204 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }

    /// Sends `GET /duplicates/b`.
    pub async fn list_things2(&self) -> Result<(), Error<ListThings2Error>> {
        let response = self
            .call("listThings", Method::GET)
            .path("/duplicates/b")
            .send::<ListThings2Error>()
            .await?;
        match response.status() {
            204 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }
}

/// [`PetsApi2::list_things`] documents no error responses: [`Error::Api`] never occurs.
#[cfg(feature = "tag-pets-api2")]
pub type ListThingsError = NoApiError;

/// [`PetsApi2::list_things2`] documents no error responses: [`Error::Api`] never occurs.
#[cfg(feature = "tag-pets-api2")]
pub type ListThings2Error = NoApiError;

/// The operations tagged `Client`.
#[cfg(feature = "tag-client")]
#[derive(Debug, Clone)]
pub struct ClientApi {
    client: Client,
    headers: RequestHeaders,
}

#[cfg(feature = "tag-client")]
#[allow(clippy::too_many_arguments)]
impl ClientApi {
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
    /// `client.client().with_header("Prefer", "code=404")`. An invalid name or value is
    /// reported by the request as [`Error::InvalidRequest`].
    pub fn with_header(mut self, name: &str, value: &str) -> Self {
        self.headers.insert(name, value);
        self
    }

    /// The shared configuration.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// Operation ids named like the functions and types the templates generate.
    ///
    /// Sends `GET /helpers/{type}`.
    ///
    /// # Parameters
    ///
    /// - `type_` (path `type`)
    /// - `self2` (query `self`)
    pub async fn router2(
        &self,
        type_: &str,
        self2: &str,
        params: Router2Params,
    ) -> Result<(), Error<Router2Error>> {
        let response = self
            .call("router", Method::GET)
            .path_template("/helpers/{}", &[&type_])
            .query_scalar("self", Some(self2))
            .query_scalar("crate", params.crate_)
            .query_scalar("async", params.async_)
            .header_scalar("match", params.match_)
            .cookie_scalar("Self", params.self3)
            .send::<Router2Error>()
            .await?;
        match response.status() {
            204 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }

    /// Sends `PUT /helpers/{type}`.
    ///
    /// # Parameters
    ///
    /// - `type_` (path `type`)
    pub async fn client2(&self, type_: &str) -> Result<(), Error<Client2Error>> {
        let response = self
            .call("client", Method::PUT)
            .path_template("/helpers/{}", &[&type_])
            .send::<Client2Error>()
            .await?;
        match response.status() {
            204 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }

    /// Sends `POST /helpers/{type}`.
    ///
    /// # Parameters
    ///
    /// - `type_` (path `type`)
    /// - `api2` (header `api`)
    /// - `cx2` (header `cx`)
    pub async fn new2(
        &self,
        type_: &str,
        api2: &str,
        cx2: &str,
        params: New2Params,
        body: Option<models::Error>,
    ) -> Result<(), Error<New2Error>> {
        let response = self
            .call("new", Method::POST)
            .path_template("/helpers/{}", &[&type_])
            .header_scalar("api", Some(api2))
            .header_scalar("cx", Some(cx2))
            .query_scalar("request", params.request2)
            .query_scalar("response", params.response)
            .query_scalar("body", params.body2)
            .header_scalar("params", params.params2)
            .header_scalar("credentials", params.credentials2)
            .header_scalar("challenges", params.challenges)
            .json("application/json", body.as_ref())
            .send::<New2Error>()
            .await?;
        match response.status() {
            204 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }
}

/// The optional parameters of [`ClientApi::router2`]; `None` leaves a parameter out of the request.
#[cfg(feature = "tag-client")]
#[derive(Debug, Clone, Default)]
pub struct Router2Params {
    pub crate_: Option<String>,
    pub async_: Option<i64>,
    pub match_: Option<String>,
    pub self3: Option<String>,
}

/// [`ClientApi::router2`] documents no error responses: [`Error::Api`] never occurs.
#[cfg(feature = "tag-client")]
pub type Router2Error = NoApiError;

/// [`ClientApi::client2`] documents no error responses: [`Error::Api`] never occurs.
#[cfg(feature = "tag-client")]
pub type Client2Error = NoApiError;

/// The optional parameters of [`ClientApi::new2`]; `None` leaves a parameter out of the request.
#[cfg(feature = "tag-client")]
#[derive(Debug, Clone, Default)]
pub struct New2Params {
    pub request2: Option<String>,
    pub response: Option<String>,
    pub body2: Option<String>,
    pub params2: Option<String>,
    pub credentials2: Option<String>,
    pub challenges: Option<String>,
}

/// [`ClientApi::new2`] documents no error responses: [`Error::Api`] never occurs.
#[cfg(feature = "tag-client")]
pub type New2Error = NoApiError;

/// The operations tagged `default`.
#[cfg(feature = "tag-default-api")]
#[derive(Debug, Clone)]
pub struct DefaultApi {
    client: Client,
    headers: RequestHeaders,
}

#[cfg(feature = "tag-default-api")]
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

    /// No operationId and no tags.
    ///
    /// Sends `GET /users`.
    pub async fn get_users(&self) -> Result<Vec<models::User>, Error<GetUsersError>> {
        let response = self
            .call("", Method::GET)
            .path("/users")
            .accept("application/json")
            .send::<GetUsersError>()
            .await?;
        match response.status() {
            200 => response.json("application/json"),
            _ => Err(response.unexpected()),
        }
    }

    /// Sends `GET /helpers/{type}/more`.
    ///
    /// # Parameters
    ///
    /// - `type_` (path `type`)
    pub async fn api2(&self, type_: &str) -> Result<models::Client, Error<Api2Error>> {
        let response = self
            .call("api", Method::GET)
            .path_template("/helpers/{}/more", &[&type_])
            .accept("application/json")
            .send::<Api2Error>()
            .await?;
        match response.status() {
            200 => response.json("application/json"),
            404 => Err(Error::Api(Api2Error::NotFound)),
            _ => Err(response.unexpected()),
        }
    }

    /// Sends `PUT /helpers/{type}/more`.
    ///
    /// # Parameters
    ///
    /// - `type_` (path `type`)
    pub async fn router_with2(
        &self,
        type_: &str,
    ) -> Result<(), Error<RouterWith2Error>> {
        let response = self
            .call("router_with", Method::PUT)
            .path_template("/helpers/{}/more", &[&type_])
            .send::<RouterWith2Error>()
            .await?;
        match response.status() {
            204 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }

    /// Sends `POST /helpers/{type}/more`.
    ///
    /// # Parameters
    ///
    /// - `type_` (path `type`)
    pub async fn box_(&self, type_: &str) -> Result<(), Error<BoxModelError>> {
        let response = self
            .call("box", Method::POST)
            .path_template("/helpers/{}/more", &[&type_])
            .send::<BoxModelError>()
            .await?;
        match response.status() {
            204 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }

    /// Sends `DELETE /helpers/{type}/more`.
    ///
    /// # Parameters
    ///
    /// - `type_` (path `type`)
    pub async fn default_router(
        &self,
        type_: &str,
    ) -> Result<(), Error<DefaultRouterError>> {
        let response = self
            .call("default_router", Method::DELETE)
            .path_template("/helpers/{}/more", &[&type_])
            .send::<DefaultRouterError>()
            .await?;
        match response.status() {
            204 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }

    /// Sends `PATCH /helpers/{type}/more`.
    ///
    /// # Parameters
    ///
    /// - `type_` (path `type`)
    pub async fn default_routes(
        &self,
        type_: &str,
    ) -> Result<(), Error<DefaultRoutesError>> {
        let response = self
            .call("default_routes", Method::PATCH)
            .path_template("/helpers/{}/more", &[&type_])
            .send::<DefaultRoutesError>()
            .await?;
        match response.status() {
            204 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }

    /// Sends `GET /long/{a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_th}`.
    pub async fn a_very_long_operation_id_that_keeps_goinga_very_long_operation_id_that_keeps_goinga_very_long_operation_id_that_keeps_goinga_very_long_operation_id_that_keeps_goinga_very_long_operation_id_that_keeps_goinga_very_long_operation_id_that_keeps_g(
        &self,
        a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_th: &str,
    ) -> Result<
        models::AVeryLongSchemaNameThatKeepsGoingAVeryLongSchemaNameThatKeepsGoingAVeryLongSchemaNameThatKeepsGoingAVeryLongSchemaNameThatKeepsGoingAVeryLongSchemaNameThatKeepsGoingAVeryLongSchemaNameThatKeepsGoingAv,
        Error<
            AVeryLongOperationIdThatKeepsGoingaVeryLongOperationIdThatKeepsGoingaVeryLongOperationIdThatKeepsGoingaVeryLongOperationIdThatKeepsGoingaVeryLongOperationIdThatKeepsGoingaVeryLongOperationIdThatKeepsGError,
        >,
    > {
        let response = self
            .call(
                "aVeryLongOperationIdThatKeepsGoingaVeryLongOperationIdThatKeepsGoingaVeryLongOperationIdThatKeepsGoingaVeryLongOperationIdThatKeepsGoingaVeryLongOperationIdThatKeepsGoingaVeryLongOperationIdThatKeepsG",
                Method::GET,
            )
            .path_template(
                "/long/{}",
                &[
                    &a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_that_keeps_going_a_very_long_property_name_th,
                ],
            )
            .accept("application/json")
            .send::<
                AVeryLongOperationIdThatKeepsGoingaVeryLongOperationIdThatKeepsGoingaVeryLongOperationIdThatKeepsGoingaVeryLongOperationIdThatKeepsGoingaVeryLongOperationIdThatKeepsGoingaVeryLongOperationIdThatKeepsGError,
            >()
            .await?;
        match response.status() {
            200 => response.json("application/json"),
            _ => Err(response.unexpected()),
        }
    }
}

/// [`DefaultApi::get_users`] documents no error responses: [`Error::Api`] never occurs.
#[cfg(feature = "tag-default-api")]
pub type GetUsersError = NoApiError;

/// The documented error responses of [`DefaultApi::api2`], in [`Error::Api`].
#[cfg(feature = "tag-default-api")]
#[derive(Debug, Clone)]
pub enum Api2Error {
    /// Not found.
    NotFound,
}

#[cfg(feature = "tag-default-api")]
impl ApiError for Api2Error {
    fn operation(&self) -> &'static str {
        "api"
    }

    fn status(&self) -> u16 {
        match self {
            Self::NotFound => 404,
        }
    }
}

/// [`DefaultApi::router_with2`] documents no error responses: [`Error::Api`] never occurs.
#[cfg(feature = "tag-default-api")]
pub type RouterWith2Error = NoApiError;

/// [`DefaultApi::box_`] documents no error responses: [`Error::Api`] never occurs.
#[cfg(feature = "tag-default-api")]
pub type BoxModelError = NoApiError;

/// [`DefaultApi::default_router`] documents no error responses: [`Error::Api`] never occurs.
#[cfg(feature = "tag-default-api")]
pub type DefaultRouterError = NoApiError;

/// [`DefaultApi::default_routes`] documents no error responses: [`Error::Api`] never occurs.
#[cfg(feature = "tag-default-api")]
pub type DefaultRoutesError = NoApiError;

/// [`DefaultApi::a_very_long_operation_id_that_keeps_goinga_very_long_operation_id_that_keeps_goinga_very_long_operation_id_that_keeps_goinga_very_long_operation_id_that_keeps_goinga_very_long_operation_id_that_keeps_goinga_very_long_operation_id_that_keeps_g`] documents no error responses: [`Error::Api`] never occurs.
#[cfg(feature = "tag-default-api")]
pub type AVeryLongOperationIdThatKeepsGoingaVeryLongOperationIdThatKeepsGoingaVeryLongOperationIdThatKeepsGoingaVeryLongOperationIdThatKeepsGoingaVeryLongOperationIdThatKeepsGoingaVeryLongOperationIdThatKeepsGError = NoApiError;
