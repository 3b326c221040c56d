// @generated from tests/fixtures/byte-parameters.yaml by openapi-gen; do not edit.

//! A typed async client for Byte parameters.
//!
//! One [`Client`] holds the configuration (base URL, `reqwest::Client`, credentials, user agent);
//! each tag of the spec has an API struct with one async method per operation:
//!
//! ```ignore
//! let client = Client::new(crate::DEFAULT_BASE_URL)?;
//! let result = client.default_api().get_blob(...).await;
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

    /// Sends `GET /blobs/{key}`.
    pub async fn get_blob(
        &self,
        key: crate::Base64,
        salt: crate::Base64,
        params: GetBlobParams,
    ) -> Result<models::Blob, Error<GetBlobError>> {
        let response = self
            .call("getBlob", Method::GET)
            .path_template("/blobs/{}", &[&key])
            .query_scalar("salt", Some(salt))
            .query_csv("chunks", params.chunks)
            .header_scalar("X-Signature", params.x_signature)
            .accept("application/json")
            .send::<GetBlobError>()
            .await?;
        match response.status() {
            200 => response.json("application/json"),
            _ => Err(response.unexpected()),
        }
    }
}

/// The optional parameters of [`DefaultApi::get_blob`]; `None` leaves a parameter out of the request.
#[derive(Debug, Clone, Default)]
pub struct GetBlobParams {
    pub chunks: Option<Vec<crate::Base64>>,
    pub x_signature: Option<crate::Base64>,
}

/// [`DefaultApi::get_blob`] documents no error responses: [`Error::Api`] never occurs.
pub type GetBlobError = NoApiError;
