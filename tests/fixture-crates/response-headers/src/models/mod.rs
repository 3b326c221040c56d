// @generated from tests/fixtures/response-headers.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Response headers.

mod list_items_ok_x_shape;
mod get_item_non_authoritative_information_x_cache;

pub use list_items_ok_x_shape::*;
pub use get_item_non_authoritative_information_x_cache::*;

/// The documented headers of the `200` response of `ListItems`.
#[derive(Debug, Clone, PartialEq)]
pub struct ListItemsOkHeaders {
    /// Requests left in this window.
    pub x_rate_limit_remaining: i64,
    pub x_request_id: Option<String>,
    /// Pagination links (RFC 8288).
    pub link: Option<String>,
    pub x_tags: Option<Vec<String>>,
    pub last_modified: Option<chrono::DateTime<chrono::Utc>>,
    pub x_expires_at: Option<chrono::DateTime<chrono::FixedOffset>>,
}

#[cfg(feature = "client")]
impl ListItemsOkHeaders {
    pub(crate) fn read<E>(
        response: &crate::support::client::Response,
    ) -> Result<Self, crate::support::client::Error<E>> {
        use crate::support::client::parse;
        Ok(Self {
            x_rate_limit_remaining: response
                .required_header("x-rate-limit-remaining", parse::scalar)?,
            x_request_id: response.header("x-request-id", parse::scalar),
            link: response.header("link", parse::scalar),
            x_tags: response.header("x-tags", parse::csv),
            last_modified: response.header("last-modified", parse::http_date),
            x_expires_at: response.header("x-expires-at", parse::date_time),
        })
    }
}

#[cfg(feature = "server")]
impl ListItemsOkHeaders {
    pub(crate) fn write(&self, headers: &mut axum::http::HeaderMap) {
        use crate::support::server::{put_header, text};
        put_header(
            headers,
            "x-rate-limit-remaining",
            Some(&self.x_rate_limit_remaining),
            text::scalar,
        );
        put_header(headers, "x-request-id", self.x_request_id.as_ref(), text::scalar);
        put_header(headers, "link", self.link.as_ref(), text::scalar);
        put_header(headers, "x-tags", self.x_tags.as_ref(), text::csv);
        put_header(
            headers,
            "last-modified",
            self.last_modified.as_ref(),
            text::http_date,
        );
        put_header(headers, "x-expires-at", self.x_expires_at.as_ref(), text::date_time);
    }
}

/// The documented headers of the `429` response of `ListItems`.
#[derive(Debug, Clone, PartialEq)]
pub struct ListItemsTooManyRequestsHeaders {
    /// Seconds to wait.
    pub retry_after: i64,
}

#[cfg(feature = "server")]
impl ListItemsTooManyRequestsHeaders {
    pub(crate) fn write(&self, headers: &mut axum::http::HeaderMap) {
        use crate::support::server::{put_header, text};
        put_header(headers, "retry-after", Some(&self.retry_after), text::scalar);
    }
}

/// The documented headers of the `201` response of `CreateItem`.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateItemCreatedHeaders {
    pub location: String,
    pub e_tag: Option<String>,
}

#[cfg(feature = "client")]
impl CreateItemCreatedHeaders {
    pub(crate) fn read<E>(
        response: &crate::support::client::Response,
    ) -> Result<Self, crate::support::client::Error<E>> {
        use crate::support::client::parse;
        Ok(Self {
            location: response.required_header("location", parse::scalar)?,
            e_tag: response.header("etag", parse::scalar),
        })
    }
}

#[cfg(feature = "server")]
impl CreateItemCreatedHeaders {
    pub(crate) fn write(&self, headers: &mut axum::http::HeaderMap) {
        use crate::support::server::{put_header, text};
        put_header(headers, "location", Some(&self.location), text::scalar);
        put_header(headers, "etag", self.e_tag.as_ref(), text::scalar);
    }
}

/// The documented headers of the `200` response of `GetItem`.
#[derive(Debug, Clone, PartialEq)]
pub struct GetItemOkHeaders {
    pub e_tag: String,
}

#[cfg(feature = "server")]
impl GetItemOkHeaders {
    pub(crate) fn write(&self, headers: &mut axum::http::HeaderMap) {
        use crate::support::server::{put_header, text};
        put_header(headers, "etag", Some(&self.e_tag), text::scalar);
    }
}

/// The documented headers of the `203` response of `GetItem`.
#[derive(Debug, Clone, PartialEq)]
pub struct GetItemNonAuthoritativeInformationHeaders {
    pub x_cache: Option<GetItemNonAuthoritativeInformationXCache>,
}

#[cfg(feature = "server")]
impl GetItemNonAuthoritativeInformationHeaders {
    pub(crate) fn write(&self, headers: &mut axum::http::HeaderMap) {
        use crate::support::server::{put_header, text};
        put_header(headers, "x-cache", self.x_cache.as_ref(), text::scalar);
    }
}

/// The documented headers of the successful responses of `GetItem`; each is present in some of them only.
#[derive(Debug, Clone, PartialEq)]
pub struct GetItemHeaders {
    pub e_tag: Option<String>,
    pub x_cache: Option<GetItemNonAuthoritativeInformationXCache>,
}

#[cfg(feature = "client")]
impl GetItemHeaders {
    pub(crate) fn read<E>(
        response: &crate::support::client::Response,
    ) -> Result<Self, crate::support::client::Error<E>> {
        use crate::support::client::parse;
        Ok(Self {
            e_tag: response.header("etag", parse::scalar),
            x_cache: response.header("x-cache", parse::scalar),
        })
    }
}
