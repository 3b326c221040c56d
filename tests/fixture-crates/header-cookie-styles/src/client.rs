// @generated from tests/fixtures/header-cookie-styles.yaml by openapi-gen; do not edit.

//! A typed async client for Header and cookie styles.
//!
//! One [`Client`] holds the configuration (base URL, `reqwest::Client`, credentials, user agent);
//! each tag of the spec has an API struct with one async method per operation:
//!
//! ```ignore
//! let client = Client::new(crate::DEFAULT_BASE_URL)?;
//! let result = client.default_api().headers(...).await;
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

    /// Sends `GET /headers`.
    ///
    /// # Parameters
    ///
    /// - `x_scalar` (header `X-Scalar`)
    pub async fn headers(
        &self,
        x_scalar: i64,
        params: HeadersParams,
    ) -> Result<(), Error<HeadersError>> {
        let response = self
            .call("headers", Method::GET)
            .path("/headers")
            .header_scalar("X-Scalar", Some(x_scalar))
            .header_csv("X-Array", params.x_array)
            .header_object("X-Object", params.x_object)
            .header_object_exploded("X-Exploded", params.x_exploded)
            .header_json("X-Json", params.x_json)
            .header_scalar("X-Union", params.x_union)
            .send::<HeadersError>()
            .await?;
        match response.status() {
            204 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }

    /// `format: date-time` headers: HTTP's own date headers carry HTTP-dates (RFC 9110), an
    /// application's header the RFC 3339 text the format names.
    ///
    /// Sends `GET /dates`.
    pub async fn dates(&self, params: DatesParams) -> Result<(), Error<DatesError>> {
        let response = self
            .call("dates", Method::GET)
            .path("/dates")
            .header_http_date("If-Unmodified-Since", params.if_unmodified_since)
            .header_rfc3339("X-Not-Before", params.x_not_before)
            .send::<DatesError>()
            .await?;
        match response.status() {
            204 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }

    /// Sends `GET /cookies`.
    pub async fn cookies(
        &self,
        session: &str,
        params: CookiesParams,
    ) -> Result<(), Error<CookiesError>> {
        let response = self
            .call("cookies", Method::GET)
            .path("/cookies")
            .cookie_scalar("session", Some(session))
            .cookie_csv("ids", params.ids)
            .cookie_multi("tag", params.tag)
            .cookie_json("prefs", params.prefs)
            .send::<CookiesError>()
            .await?;
        match response.status() {
            204 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }
}

/// The optional parameters of [`DefaultApi::headers`]; `None` leaves a parameter out of the request.
#[derive(Debug, Clone, Default)]
pub struct HeadersParams {
    pub x_array: Option<Vec<String>>,
    pub x_object: Option<models::Color>,
    pub x_exploded: Option<models::Color>,
    pub x_json: Option<models::Color>,
    pub x_union: Option<models::IdOrName>,
}

/// [`DefaultApi::headers`] documents no error responses: [`Error::Api`] never occurs.
pub type HeadersError = NoApiError;

/// The optional parameters of [`DefaultApi::dates`]; `None` leaves a parameter out of the request.
#[derive(Debug, Clone, Default)]
pub struct DatesParams {
    pub if_unmodified_since: Option<chrono::DateTime<chrono::Utc>>,
    pub x_not_before: Option<chrono::DateTime<chrono::FixedOffset>>,
}

/// [`DefaultApi::dates`] documents no error responses: [`Error::Api`] never occurs.
pub type DatesError = NoApiError;

/// The optional parameters of [`DefaultApi::cookies`]; `None` leaves a parameter out of the request.
#[derive(Debug, Clone, Default)]
pub struct CookiesParams {
    pub ids: Option<Vec<i32>>,
    pub tag: Option<Vec<String>>,
    pub prefs: Option<models::Color>,
}

/// [`DefaultApi::cookies`] documents no error responses: [`Error::Api`] never occurs.
pub type CookiesError = NoApiError;
