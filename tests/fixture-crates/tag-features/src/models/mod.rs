// @generated from tests/fixtures/tag-features.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Tag features.

#![cfg_attr(not(feature = "all-tags"), allow(unused_imports))]

mod pet;
mod pet_kind;
mod label;
mod store;
mod address;
mod order;
mod user;
mod problem;
mod unused;

#[cfg(feature = "tag-pets")]
pub use pet::*;

#[cfg(feature = "tag-pets")]
pub use pet_kind::*;

#[cfg(feature = "__tags-7ada489b22dfc941")]
pub use label::*;

#[cfg(feature = "tag-stores")]
pub use store::*;

#[cfg(any(feature = "tag-stores", feature = "tag-orders"))]
pub use address::*;

#[cfg(feature = "tag-orders")]
pub use order::*;

#[cfg(feature = "tag-users")]
pub use user::*;
pub use problem::*;

#[cfg(feature = "all-tags")]
pub use unused::*;

/// The documented headers of the `200` response of `ListPets`.
#[cfg(feature = "tag-pets")]
#[derive(Debug, Clone, PartialEq)]
pub struct ListPetsOkHeaders {
    pub x_total: Option<i64>,
}

#[cfg(feature = "tag-pets")]
#[cfg(feature = "client")]
impl ListPetsOkHeaders {
    pub(crate) fn read<E>(
        response: &crate::support::client::Response,
    ) -> Result<Self, crate::support::client::Error<E>> {
        use crate::support::client::parse;
        Ok(Self {
            x_total: response.header("x-total", parse::scalar),
        })
    }
}

#[cfg(feature = "tag-pets")]
#[cfg(feature = "server")]
impl ListPetsOkHeaders {
    pub(crate) fn write(&self, headers: &mut axum::http::HeaderMap) {
        use crate::support::server::{put_header, text};
        put_header(headers, "x-total", self.x_total.as_ref(), text::scalar);
    }
}
