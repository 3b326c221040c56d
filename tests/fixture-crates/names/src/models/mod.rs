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

pub use user::*;
pub use pet::*;
pub use pet2::*;
pub use pet3::*;
pub use n2fa::*;
pub use caf::*;
pub use type_::*;
pub use self_::*;
pub use crate_::*;
pub use client::*;
pub use error::*;
pub use api_error::*;
pub use problem::*;
pub use integer::*;
pub use base64::*;
pub use result_model::*;
pub use option_model::*;
pub use response::*;
pub use request::*;
pub use router::*;
pub use method::*;
pub use status_code::*;
pub use models2::*;
pub use serde2::*;
pub use std2::*;
pub use get_user_params::*;
pub use get_user_error::*;
pub use get_user_response::*;
pub use new_request::*;
pub use a_very_long_schema_name_that_keeps_going_a_very_long_schema::*;
