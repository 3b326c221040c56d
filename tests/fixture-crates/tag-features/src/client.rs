// @generated from tests/fixtures/tag-features.yaml by openapi-gen; do not edit.

//! A typed async client for Tag features.
//!
//! One [`Client`] holds the configuration (base URL, `reqwest::Client`, credentials, user agent);
//! each tag of the spec has an API struct with one async method per operation:
//!
//! ```ignore
//! let client = Client::new(crate::DEFAULT_BASE_URL)?;
//! let result = client.pets().list_pets(...).await;
//! ```
//!
//! Documented error statuses come back as `Err(Error::Api(..))` holding the operation's error enum.

#![cfg_attr(not(feature = "all-tags"), allow(unused_imports))]

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

/// The `basicAuth` security scheme.
#[cfg(feature = "tag-users")]
const BASIC_AUTH: Scheme = Scheme::Basic;

impl Client {
    /// The operations tagged `pets`.
    #[cfg(feature = "tag-pets")]
    pub fn pets(&self) -> PetsApi {
        PetsApi::new(self.clone())
    }

    /// The operations tagged `stores`.
    #[cfg(feature = "tag-stores")]
    pub fn stores(&self) -> StoresApi {
        StoresApi::new(self.clone())
    }

    /// The operations tagged `users`.
    #[cfg(feature = "tag-users")]
    pub fn users(&self) -> UsersApi {
        UsersApi::new(self.clone())
    }

    /// The operations tagged `orders`.
    #[cfg(feature = "tag-orders")]
    pub fn orders(&self) -> OrdersApi {
        OrdersApi::new(self.clone())
    }
}

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

    /// Sends `GET /pets`.
    pub async fn list_pets(
        &self,
        params: ListPetsParams,
    ) -> Result<Vec<models::Pet>, Error<ListPetsError>> {
        self.list_pets_with_headers(params).await.map(Headed::into_body)
    }

    /// Like [`Self::list_pets`], with the response's documented headers, typed, and all of its headers.
    pub async fn list_pets_with_headers(
        &self,
        params: ListPetsParams,
    ) -> Result<
        Headed<Vec<models::Pet>, models::ListPetsOkHeaders>,
        Error<ListPetsError>,
    > {
        let response = self
            .call("listPets", Method::GET)
            .path("/pets")
            .query_scalar("label", params.label)
            .accept("application/json")
            .send::<ListPetsError>()
            .await?;
        let body = match response.status() {
            200 => response.json("application/json"),
            _ => {
                Err(
                    Error::Api(ListPetsError::Default {
                        status: response.status(),
                        body: response.json("application/json")?,
                    }),
                )
            }
        }?;
        let headers = models::ListPetsOkHeaders::read(&response)?;
        Ok(Headed::new(body, headers, response.into_headers()))
    }
}

/// The optional parameters of [`PetsApi::list_pets`]; `None` leaves a parameter out of the request.
#[cfg(feature = "tag-pets")]
#[derive(Debug, Clone, Default)]
pub struct ListPetsParams {
    pub label: Option<models::Label>,
}

/// The documented error responses of [`PetsApi::list_pets`], in [`Error::Api`].
#[cfg(feature = "tag-pets")]
#[derive(Debug, Clone)]
pub enum ListPetsError {
    /// An error.
    Default { status: u16, body: Box<models::Problem> },
}

#[cfg(feature = "tag-pets")]
impl ApiError for ListPetsError {
    fn operation(&self) -> &'static str {
        "listPets"
    }

    fn status(&self) -> u16 {
        match self {
            Self::Default { status, .. } => *status,
        }
    }
}

/// The operations tagged `stores`.
#[cfg(feature = "tag-stores")]
#[derive(Debug, Clone)]
pub struct StoresApi {
    client: Client,
    headers: RequestHeaders,
}

#[cfg(feature = "tag-stores")]
#[allow(clippy::too_many_arguments)]
impl StoresApi {
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
    /// `client.stores().with_header("Prefer", "code=404")`. An invalid name or value is
    /// reported by the request as [`Error::InvalidRequest`].
    pub fn with_header(mut self, name: &str, value: &str) -> Self {
        self.headers.insert(name, value);
        self
    }

    /// The shared configuration.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// Sends `GET /stores/{storeId}`.
    ///
    /// # Parameters
    ///
    /// - `store_id` (path `storeId`)
    pub async fn get_store(
        &self,
        store_id: &str,
    ) -> Result<models::Store, Error<GetStoreError>> {
        let response = self
            .call("getStore", Method::GET)
            .path_template("/stores/{}", &[&store_id])
            .accept("application/json")
            .send::<GetStoreError>()
            .await?;
        match response.status() {
            200 => response.json("application/json"),
            _ => {
                Err(
                    Error::Api(GetStoreError::Default {
                        status: response.status(),
                        body: response.json("application/json")?,
                    }),
                )
            }
        }
    }
}

/// The documented error responses of [`StoresApi::get_store`], in [`Error::Api`].
#[cfg(feature = "tag-stores")]
#[derive(Debug, Clone)]
pub enum GetStoreError {
    /// An error.
    Default { status: u16, body: Box<models::Problem> },
}

#[cfg(feature = "tag-stores")]
impl ApiError for GetStoreError {
    fn operation(&self) -> &'static str {
        "getStore"
    }

    fn status(&self) -> u16 {
        match self {
            Self::Default { status, .. } => *status,
        }
    }
}

/// The operations tagged `users`.
#[cfg(feature = "tag-users")]
#[derive(Debug, Clone)]
pub struct UsersApi {
    client: Client,
    headers: RequestHeaders,
}

#[cfg(feature = "tag-users")]
#[allow(clippy::too_many_arguments)]
impl UsersApi {
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
    /// `client.users().with_header("Prefer", "code=404")`. An invalid name or value is
    /// reported by the request as [`Error::InvalidRequest`].
    pub fn with_header(mut self, name: &str, value: &str) -> Self {
        self.headers.insert(name, value);
        self
    }

    /// The shared configuration.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// Sends `POST /users`.
    pub async fn create_user(
        &self,
        body: models::User,
    ) -> Result<models::User, Error<CreateUserError>> {
        let response = self
            .call("createUser", Method::POST)
            .path("/users")
            .security(&[&[BASIC_AUTH]])
            .accept("application/json")
            .json("application/json", Some(&body))
            .send::<CreateUserError>()
            .await?;
        match response.status() {
            201 => response.json("application/json"),
            _ => {
                Err(
                    Error::Api(CreateUserError::Default {
                        status: response.status(),
                        body: response.json("application/json")?,
                    }),
                )
            }
        }
    }
}

/// The documented error responses of [`UsersApi::create_user`], in [`Error::Api`].
#[cfg(feature = "tag-users")]
#[derive(Debug, Clone)]
pub enum CreateUserError {
    /// An error.
    Default { status: u16, body: Box<models::Problem> },
}

#[cfg(feature = "tag-users")]
impl ApiError for CreateUserError {
    fn operation(&self) -> &'static str {
        "createUser"
    }

    fn status(&self) -> u16 {
        match self {
            Self::Default { status, .. } => *status,
        }
    }
}

/// The operations tagged `orders`.
#[cfg(feature = "tag-orders")]
#[derive(Debug, Clone)]
pub struct OrdersApi {
    client: Client,
    headers: RequestHeaders,
}

#[cfg(feature = "tag-orders")]
#[allow(clippy::too_many_arguments)]
impl OrdersApi {
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
    /// `client.orders().with_header("Prefer", "code=404")`. An invalid name or value is
    /// reported by the request as [`Error::InvalidRequest`].
    pub fn with_header(mut self, name: &str, value: &str) -> Self {
        self.headers.insert(name, value);
        self
    }

    /// The shared configuration.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// Sends `GET /orders`.
    pub async fn list_orders(
        &self,
    ) -> Result<Vec<models::Order>, Error<ListOrdersError>> {
        let response = self
            .call("listOrders", Method::GET)
            .path("/orders")
            .accept("application/json")
            .send::<ListOrdersError>()
            .await?;
        match response.status() {
            200 => response.json("application/json"),
            _ => {
                Err(
                    Error::Api(ListOrdersError::Default {
                        status: response.status(),
                        body: response.json("application/json")?,
                    }),
                )
            }
        }
    }
}

/// The documented error responses of [`OrdersApi::list_orders`], in [`Error::Api`].
#[cfg(feature = "tag-orders")]
#[derive(Debug, Clone)]
pub enum ListOrdersError {
    /// An error.
    Default { status: u16, body: Box<models::Problem> },
}

#[cfg(feature = "tag-orders")]
impl ApiError for ListOrdersError {
    fn operation(&self) -> &'static str {
        "listOrders"
    }

    fn status(&self) -> u16 {
        match self {
            Self::Default { status, .. } => *status,
        }
    }
}
