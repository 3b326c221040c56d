// @generated from tests/fixtures/hostile.yaml by openapi-gen; do not edit.

//! A typed async client for Hostile"
//! }
//! #![doc = include_str!("/etc/hostname")]
//! pub fn injected() {}
//! //
//! x
//! y
//! z *\/ \u{202e}evil\u{200b} \u{1b}]0;t\u{7}.
//!
//! One [`Client`] holds the configuration (base URL, `reqwest::Client`, credentials, user agent);
//! each tag of the spec has an API struct with one async method per operation:
//!
//! ```ignore
//! let client = Client::new(crate::DEFAULT_BASE_URL)?;
//! let result = client.tag_fn_injected().get_fn_injected_item(...).await;
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

/// scheme *\/
/// }
const KEY_FN_INJECTED: Scheme = Scheme::ApiKeyHeader("X-Key\"\n}");

impl Client {
    /// The operations tagged `Tag"
    /// }
    /// fn injected() {} *\/`.
    pub fn tag_fn_injected(&self) -> TagFnInjectedApi {
        TagFnInjectedApi::new(self.clone())
    }

    /// The operations tagged `default`.
    pub fn default_api(&self) -> DefaultApi {
        DefaultApi::new(self.clone())
    }
}

/// tag *\/
/// docs
#[derive(Debug, Clone)]
pub struct TagFnInjectedApi {
    client: Client,
    headers: RequestHeaders,
}

#[allow(clippy::too_many_arguments)]
impl TagFnInjectedApi {
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
    /// `client.tag_fn_injected().with_header("Prefer", "code=404")`. An invalid name or value is
    /// reported by the request as [`Error::InvalidRequest`].
    pub fn with_header(mut self, name: &str, value: &str) -> Self {
        self.headers.insert(name, value);
        self
    }

    /// The shared configuration.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// summary *\/
    /// }
    /// fn injected() {}
    ///
    /// description
    /// *\/
    ///
    /// Sends `GET /items/{itemId}/say"\x*/é`.
    ///
    /// # Parameters
    ///
    /// - `item_id` (path `itemId`): path *\/ }
    pub async fn get_fn_injected_item(
        &self,
        item_id: &str,
        params: GetFnInjectedItemParams,
    ) -> Result<models::Pet, Error<GetFnInjectedItemError>> {
        let response = self
            .call("get\"\n}\nfn injected() {}\n/*item*/", Method::GET)
            .path_template("/items/{}/say\"\\x*/é", &[&item_id])
            .query_scalar("q\"\n}fn injected(){}", params.q_fn_injected)
            .header_scalar("X-Head\"\n", params.x_head)
            .accept("application/json")
            .send::<GetFnInjectedItemError>()
            .await?;
        match response.status() {
            200 => response.json("application/json"),
            _ => {
                Err(
                    Error::Api(GetFnInjectedItemError::Default {
                        status: response.status(),
                    }),
                )
            }
        }
    }
}

/// The optional parameters of [`TagFnInjectedApi::get_fn_injected_item`]; `None` leaves a parameter out of the request.
#[derive(Debug, Clone, Default)]
pub struct GetFnInjectedItemParams {
    /// query *\/
    pub q_fn_injected: Option<models::GetFnInjectedItemQFnInjected>,
    ///
    /// The server uses `"d\"\n}fn injected(){}\u{202e}".to_string()` when this is `None`.
    pub x_head: Option<String>,
}

/// The documented error responses of [`TagFnInjectedApi::get_fn_injected_item`], in [`Error::Api`].
#[derive(Debug, Clone)]
pub enum GetFnInjectedItemError {
    /// error "
    /// }
    Default { status: u16 },
}

impl ApiError for GetFnInjectedItemError {
    fn operation(&self) -> &'static str {
        "get\"\n}\nfn injected() {}\n/*item*/"
    }

    fn status(&self) -> u16 {
        match self {
            Self::Default { status, .. } => *status,
        }
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

    /// Sends `POST /upload`.
    ///
    /// # Parameters
    ///
    /// - `body` (`multipart/form-data`)
    pub async fn upload_fn_injected(
        &self,
        body: models::UploadFnInjectedForm,
    ) -> Result<(), Error<UploadFnInjectedError>> {
        let response = self
            .call("upload\"\n}fn injected(){}", Method::POST)
            .path("/upload")
            .security(&[&[KEY_FN_INJECTED]])
            .multipart("multipart/form-data", Some(&body))
            .send::<UploadFnInjectedError>()
            .await?;
        match response.status() {
            204 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }
}

/// [`DefaultApi::upload_fn_injected`] documents no error responses: [`Error::Api`] never occurs.
pub type UploadFnInjectedError = NoApiError;

impl ToMultipart for models::UploadFnInjectedForm {
    fn to_multipart(&self, form: &mut Multipart) {
        form.text(
            "part\"\n}\npub fn injected() {}\nmacro_rules! m {",
            Some(&self.part_pub_fn_injected_macro_rules_m),
        );
        form.file("file\"\n*/", self.file.as_ref());
    }
}
