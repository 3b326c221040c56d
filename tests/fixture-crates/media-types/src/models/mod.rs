// @generated from tests/fixtures/media-types.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Media types.

mod note;

pub use note::*;

/// The body of `replaceNote`, in one of its documented media types.
#[derive(Debug, Clone, PartialEq)]
pub enum ReplaceNoteBody {
    /// Sent as `application/json`.
    Json(Note),
    /// Sent as `application/octet-stream`.
    Binary(bytes::Bytes),
}

#[cfg(feature = "client")]
impl crate::support::client::ToBody for ReplaceNoteBody {
    fn add_to<'a>(
        &self,
        call: crate::support::client::Call<'a>,
    ) -> crate::support::client::Call<'a> {
        match self {
            Self::Json(value) => call.json("application/json", Some(value)),
            Self::Binary(value) => call.binary("application/octet-stream", Some(value)),
        }
    }
}

/// The body of `createNote`, in one of its documented media types.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateNoteBody {
    /// Sent as `application/json`.
    Json(Note),
    /// Sent as `application/vnd.notes.v2+json`.
    VndNotesV2Json(Note),
    /// Sent as `application/x-www-form-urlencoded`.
    Form(Note),
    /// Sent as `application/xml`.
    Xml(bytes::Bytes),
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
            Self::Json(value) => call.json("application/json", Some(value)),
            Self::VndNotesV2Json(value) => {
                call.json("application/vnd.notes.v2+json", Some(value))
            }
            Self::Form(value) => {
                call.form("application/x-www-form-urlencoded", Some(value))
            }
            Self::Xml(value) => call.binary("application/xml", Some(value)),
            Self::Text(value) => call.text("text/plain", Some(value)),
        }
    }
}

/// The `200` response body of `getNote`, in one of its documented media types.
#[derive(Debug, Clone, PartialEq)]
pub enum GetNoteOkBody {
    /// As `application/json`.
    Json(Note),
    /// As `application/xml`.
    Xml(bytes::Bytes),
    /// As `text/plain`.
    Text(String),
}

#[cfg(feature = "client")]
impl crate::support::client::FromResponse for GetNoteOkBody {
    fn from_response<E>(
        response: &crate::support::client::Response,
    ) -> Result<Self, crate::support::client::Error<E>> {
        match response
            .media_index(&["application/json", "application/xml", "text/plain"])?
        {
            0 => response.json("application/json").map(Self::Json),
            1 => response.binary("application/xml").map(Self::Xml),
            _ => response.text("text/plain").map(Self::Text),
        }
    }
}

#[cfg(feature = "server")]
impl GetNoteOkBody {
    pub(crate) fn reply(
        self,
        status: axum::http::StatusCode,
    ) -> axum::response::Response {
        use crate::support::server as rt;
        match self {
            Self::Json(value) => rt::reply_json(status, "application/json", value),
            Self::Xml(value) => rt::reply_binary(status, "application/xml", value),
            Self::Text(value) => rt::reply_text(status, "text/plain", value),
        }
    }
}
