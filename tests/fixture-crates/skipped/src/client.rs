// @generated from tests/fixtures/skipped.yaml by openapi-gen; do not edit.

//! A typed async client for Skipped.
//!
//! One [`Client`] holds the configuration (base URL, `reqwest::Client`, credentials, user agent);
//! each tag of the spec has an API struct with one async method per operation:
//!
//! ```ignore
//! let client = Client::new(crate::DEFAULT_BASE_URL)?;
//! let result = client.subscriptions().subscribe(...).await;
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

impl Client {
    /// The operations tagged `subscriptions`.
    pub fn subscriptions(&self) -> SubscriptionsApi {
        SubscriptionsApi::new(self.clone())
    }
}

/// The operations tagged `subscriptions`.
#[derive(Debug, Clone)]
pub struct SubscriptionsApi {
    client: Client,
    headers: RequestHeaders,
}

#[allow(clippy::too_many_arguments)]
impl SubscriptionsApi {
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
    /// `client.subscriptions().with_header("Prefer", "code=404")`. An invalid name or value is
    /// reported by the request as [`Error::InvalidRequest`].
    pub fn with_header(mut self, name: &str, value: &str) -> Self {
        self.headers.insert(name, value);
        self
    }

    /// The shared configuration.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// Sends `POST /subscriptions`.
    pub async fn subscribe(
        &self,
        params: SubscribeParams,
        body: models::Subscription,
    ) -> Result<models::Subscription, Error<SubscribeError>> {
        let response = self
            .call("subscribe", Method::POST)
            .path("/subscriptions")
            .header_scalar("trace", params.trace)
            .accept("application/json")
            .json("application/json", Some(&body))
            .send::<SubscribeError>()
            .await?;
        match response.status() {
            201 => response.json("application/json"),
            _ => Err(response.unexpected()),
        }
    }

    /// Sends `GET /subscriptions/{id}`.
    pub async fn get_subscription(
        &self,
        id: &str,
    ) -> Result<models::Subscription, Error<GetSubscriptionError>> {
        let response = self
            .call("getSubscription", Method::GET)
            .path_template("/subscriptions/{}", &[&id])
            .accept("application/json")
            .send::<GetSubscriptionError>()
            .await?;
        match response.status() {
            200 => response.json("application/json"),
            _ => Err(response.unexpected()),
        }
    }

    /// Sends `DELETE /subscriptions/{id}`.
    pub async fn unsubscribe(&self, id: &str) -> Result<(), Error<UnsubscribeError>> {
        let response = self
            .call("unsubscribe", Method::DELETE)
            .path_template("/subscriptions/{}", &[&id])
            .send::<UnsubscribeError>()
            .await?;
        match response.status() {
            204 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }
}

/// The optional parameters of [`SubscriptionsApi::subscribe`]; `None` leaves a parameter out of the request.
#[derive(Debug, Clone, Default)]
pub struct SubscribeParams {
    pub trace: Option<String>,
}

/// [`SubscriptionsApi::subscribe`] documents no error responses: [`Error::Api`] never occurs.
pub type SubscribeError = NoApiError;

/// [`SubscriptionsApi::get_subscription`] documents no error responses: [`Error::Api`] never occurs.
pub type GetSubscriptionError = NoApiError;

/// [`SubscriptionsApi::unsubscribe`] documents no error responses: [`Error::Api`] never occurs.
pub type UnsubscribeError = NoApiError;
