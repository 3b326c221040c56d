// @generated from tests/fixtures/path-styles.yaml by openapi-gen; do not edit.

//! A typed async client for Path styles.
//!
//! One [`Client`] holds the configuration (base URL, `reqwest::Client`, credentials, user agent);
//! each tag of the spec has an API struct with one async method per operation:
//!
//! ```ignore
//! let client = Client::new(crate::DEFAULT_BASE_URL)?;
//! let result = client.default_api().simple(...).await;
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

    /// Sends `GET /simple/{scalar}/{array}/{object}/{exploded}`.
    pub async fn simple(
        &self,
        scalar: &str,
        array: &[String],
        object: models::Color,
        exploded: models::Color,
    ) -> Result<(), Error<SimpleError>> {
        let response = self
            .call("simple", Method::GET)
            .path("/simple/")
            .path_scalar("scalar", scalar)
            .path("/")
            .path_csv("array", array)
            .path("/")
            .path_object("object", object)
            .path("/")
            .path_object_exploded("exploded", exploded)
            .send::<SimpleError>()
            .await?;
        match response.status() {
            204 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }

    /// Sends `GET /simple-exploded-array/{array}`.
    pub async fn simple_exploded_array(
        &self,
        array: &[i32],
    ) -> Result<(), Error<SimpleExplodedArrayError>> {
        let response = self
            .call("simpleExplodedArray", Method::GET)
            .path("/simple-exploded-array/")
            .path_csv("array", array)
            .send::<SimpleExplodedArrayError>()
            .await?;
        match response.status() {
            204 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }

    /// Sends `GET /label/{scalar}/{array}/{exploded_array}/{object}/{exploded_object}`.
    pub async fn label(
        &self,
        scalar: &str,
        array: &[String],
        exploded_array: &[String],
        object: models::LabelObject,
        exploded_object: models::Color,
    ) -> Result<(), Error<LabelError>> {
        let response = self
            .call("label", Method::GET)
            .path("/label/")
            .path_label_scalar("scalar", scalar)
            .path("/")
            .path_label_array("array", array)
            .path("/")
            .path_label_array("exploded_array", exploded_array)
            .path("/")
            .path_label_object("object", object)
            .path("/")
            .path_label_object_exploded("exploded_object", exploded_object)
            .send::<LabelError>()
            .await?;
        match response.status() {
            204 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }

    /// Sends `GET /matrix/{scalar}/{array}/{exploded_array}/{object}/{exploded_object}`.
    pub async fn matrix(
        &self,
        scalar: &str,
        array: &[String],
        exploded_array: &[String],
        object: models::Color,
        exploded_object: models::Color,
    ) -> Result<(), Error<MatrixError>> {
        let response = self
            .call("matrix", Method::GET)
            .path("/matrix/")
            .path_matrix_scalar("scalar", scalar)
            .path("/")
            .path_matrix_array("array", array)
            .path("/")
            .path_matrix_array_exploded("exploded_array", exploded_array)
            .path("/")
            .path_matrix_object("object", object)
            .path("/")
            .path_matrix_object_exploded("exploded_object", exploded_object)
            .send::<MatrixError>()
            .await?;
        match response.status() {
            204 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }

    /// A union of scalars in the path, as GitHub's `workflow_id` (an id or a file name).
    ///
    /// Sends `GET /workflows/{workflow_id}/runs`.
    pub async fn workflow_runs(
        &self,
        workflow_id: models::WorkflowRunsWorkflowId,
        params: WorkflowRunsParams,
    ) -> Result<(), Error<WorkflowRunsError>> {
        let response = self
            .call("workflowRuns", Method::GET)
            .path_template("/workflows/{}/runs", &[&workflow_id])
            .query_scalar("since", params.since)
            .send::<WorkflowRunsError>()
            .await?;
        match response.status() {
            204 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }

    /// A `content`-typed path parameter, sent as JSON text.
    ///
    /// Sends `GET /documents/{filter}`.
    pub async fn documents(
        &self,
        filter: models::Color,
    ) -> Result<(), Error<DocumentsError>> {
        let response = self
            .call("documents", Method::GET)
            .path("/documents/")
            .path_json("filter", filter)
            .send::<DocumentsError>()
            .await?;
        match response.status() {
            204 => Ok(()),
            _ => Err(response.unexpected()),
        }
    }
}

/// [`DefaultApi::simple`] documents no error responses: [`Error::Api`] never occurs.
pub type SimpleError = NoApiError;

/// [`DefaultApi::simple_exploded_array`] documents no error responses: [`Error::Api`] never occurs.
pub type SimpleExplodedArrayError = NoApiError;

/// [`DefaultApi::label`] documents no error responses: [`Error::Api`] never occurs.
pub type LabelError = NoApiError;

/// [`DefaultApi::matrix`] documents no error responses: [`Error::Api`] never occurs.
pub type MatrixError = NoApiError;

/// The optional parameters of [`DefaultApi::workflow_runs`]; `None` leaves a parameter out of the request.
#[derive(Debug, Clone, Default)]
pub struct WorkflowRunsParams {
    pub since: Option<models::WorkflowId>,
}

/// [`DefaultApi::workflow_runs`] documents no error responses: [`Error::Api`] never occurs.
pub type WorkflowRunsError = NoApiError;

/// [`DefaultApi::documents`] documents no error responses: [`Error::Api`] never occurs.
pub type DocumentsError = NoApiError;
