// @generated from tests/fixtures/names.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Names.

#![cfg_attr(not(feature = "all-tags"), allow(unused_imports))]

mod user;
mod pet;
mod pet2;
mod pet3;
mod n2fa;
mod caf;
mod type_;
mod self_;
mod crate_;
mod client;
mod error;
mod api_error;
mod problem;
mod integer;
mod base64;
mod result_model;
mod option_model;
mod response;
mod request;
mod router;
mod method;
mod status_code;
mod models2;
mod serde2;
mod std2;
mod get_user_params;
mod get_user_error;
mod get_user_response;
mod new_request;
mod a_very_long_schema_name_that_keeps_going_a_very_long_schema;

#[cfg(any(feature = "tag-admin-users", feature = "tag-default-api"))]
pub use user::*;

#[cfg(feature = "all-tags")]
pub use pet::*;

#[cfg(feature = "all-tags")]
pub use pet2::*;

#[cfg(feature = "all-tags")]
pub use pet3::*;

#[cfg(feature = "all-tags")]
pub use n2fa::*;

#[cfg(feature = "all-tags")]
pub use caf::*;

#[cfg(feature = "all-tags")]
pub use type_::*;

#[cfg(feature = "all-tags")]
pub use self_::*;

#[cfg(feature = "all-tags")]
pub use crate_::*;

#[cfg(feature = "tag-default-api")]
pub use client::*;

#[cfg(any(feature = "tag-client", feature = "tag-default-api"))]
pub use error::*;

#[cfg(feature = "all-tags")]
pub use api_error::*;

#[cfg(feature = "all-tags")]
pub use problem::*;

#[cfg(feature = "all-tags")]
pub use integer::*;

#[cfg(feature = "all-tags")]
pub use base64::*;

#[cfg(feature = "all-tags")]
pub use result_model::*;

#[cfg(feature = "all-tags")]
pub use option_model::*;

#[cfg(feature = "all-tags")]
pub use response::*;

#[cfg(feature = "all-tags")]
pub use request::*;

#[cfg(feature = "all-tags")]
pub use router::*;

#[cfg(feature = "all-tags")]
pub use method::*;
pub use status_code::*;

#[cfg(feature = "all-tags")]
pub use models2::*;

#[cfg(feature = "all-tags")]
pub use serde2::*;

#[cfg(feature = "all-tags")]
pub use std2::*;

#[cfg(feature = "tag-admin-users")]
pub use get_user_params::*;

#[cfg(feature = "tag-admin-users")]
pub use get_user_error::*;

#[cfg(feature = "tag-admin-users")]
pub use get_user_response::*;

#[cfg(feature = "all-tags")]
pub use new_request::*;

#[cfg(feature = "tag-default-api")]
pub use a_very_long_schema_name_that_keeps_going_a_very_long_schema::*;
