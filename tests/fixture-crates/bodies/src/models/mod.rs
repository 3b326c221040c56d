// @generated from tests/fixtures/bodies.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Bodies.

mod note;
mod note_form;
mod pending;
mod problem;

pub use note::*;
pub use note_form::*;
pub use pending::*;
pub use problem::*;

/// The body of `createNote`, in one of its documented media types.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateNoteBody {
    /// Sent as `application/xml`.
    Xml(bytes::Bytes),
    /// Sent as `application/json`.
    Json(Note),
    /// Sent as `text/plain`.
    Text(String),
}

#[cfg(feature = "client")]
impl crate::support::client::ToBody for CreateNoteBody {
    fn add_to<'a>(
        &self,
        call: crate::support::client::Call<'a>,
    ) -> crate::support::client::Call<'a> {
        match self {
            Self::Xml(value) => call.binary("application/xml", Some(value)),
            Self::Json(value) => call.json("application/json", Some(value)),
            Self::Text(value) => call.text("text/plain", Some(value)),
        }
    }
}

/// The `201` response body of `createNote`, in one of its documented media types.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateNoteCreatedBody {
    /// As `application/xml`.
    Xml(bytes::Bytes),
    /// As `application/json`.
    Json(Note),
    /// As `text/plain`.
    Text(String),
}

#[cfg(feature = "client")]
impl crate::support::client::FromResponse for CreateNoteCreatedBody {
    fn from_response<E>(
        response: &crate::support::client::Response,
    ) -> Result<Self, crate::support::client::Error<E>> {
        match response
            .media_index(&["application/xml", "application/json", "text/plain"])?
        {
            0 => response.binary("application/xml").map(Self::Xml),
            1 => response.json("application/json").map(Self::Json),
            _ => response.text("text/plain").map(Self::Text),
        }
    }
}

#[cfg(feature = "server")]
impl CreateNoteCreatedBody {
    pub(crate) fn reply(
        self,
        status: axum::http::StatusCode,
    ) -> axum::response::Response {
        use crate::support::server as rt;
        match self {
            Self::Xml(value) => rt::reply_binary(status, "application/xml", value),
            Self::Json(value) => rt::reply_json(status, "application/json", value),
            Self::Text(value) => rt::reply_text(status, "text/plain", value),
        }
    }
}

/// The documented headers of the `201` response of `CreateNote`.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateNoteCreatedHeaders {
    /// Where the note lives.
    pub location: Option<String>,
}

#[cfg(feature = "client")]
impl CreateNoteCreatedHeaders {
    pub(crate) fn read<E>(
        response: &crate::support::client::Response,
    ) -> Result<Self, crate::support::client::Error<E>> {
        use crate::support::client::parse;
        Ok(Self {
            location: response.header("location", parse::scalar),
        })
    }
}

#[cfg(feature = "server")]
impl CreateNoteCreatedHeaders {
    pub(crate) fn write(&self, headers: &mut axum::http::HeaderMap) {
        use crate::support::server::{put_header, text};
        put_header(headers, "location", self.location.as_ref(), text::scalar);
    }
}

/// The documented headers of the `200` response of `GetNote`.
#[derive(Debug, Clone, PartialEq)]
pub struct GetNoteOkHeaders {
    pub e_tag: Option<String>,
    pub x_rate_limit: Option<i64>,
}

#[cfg(feature = "server")]
impl GetNoteOkHeaders {
    pub(crate) fn write(&self, headers: &mut axum::http::HeaderMap) {
        use crate::support::server::{put_header, text};
        put_header(headers, "etag", self.e_tag.as_ref(), text::scalar);
        put_header(headers, "x-rate-limit", self.x_rate_limit.as_ref(), text::scalar);
    }
}

/// The documented headers of the successful responses of `GetNote`; each is present in some of them only.
#[derive(Debug, Clone, PartialEq)]
pub struct GetNoteHeaders {
    pub e_tag: Option<String>,
    pub x_rate_limit: Option<i64>,
}

#[cfg(feature = "client")]
impl GetNoteHeaders {
    pub(crate) fn read<E>(
        response: &crate::support::client::Response,
    ) -> Result<Self, crate::support::client::Error<E>> {
        use crate::support::client::parse;
        Ok(Self {
            e_tag: response.header("etag", parse::scalar),
            x_rate_limit: response.header("x-rate-limit", parse::scalar),
        })
    }
}
