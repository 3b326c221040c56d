// @generated from spec/alfresco-core.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Alfresco Content Services REST API: People.

mod capabilities;
mod client_body;
mod company;
mod error;
mod pagination;
mod password_reset_body;
mod person;
mod person_body_create;
mod person_body_update;
mod person_entry;
mod person_paging;

pub use capabilities::*;
pub use client_body::*;
pub use company::*;
pub use error::*;
pub use pagination::*;
pub use password_reset_body::*;
pub use person::*;
pub use person_body_create::*;
pub use person_body_update::*;
pub use person_entry::*;
pub use person_paging::*;
