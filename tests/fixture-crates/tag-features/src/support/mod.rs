// @generated from tests/fixtures/tag-features.yaml by openapi-gen; do not edit.

//! Runtime support shared by the generated modules; copied verbatim from openapi-gen.

#[cfg(feature = "client")]
pub(crate) mod client;

#[cfg(feature = "server")]
pub(crate) mod server;

mod values;

#[allow(unused_imports)]
pub(crate) use self::values::{
    from_tagged, non_null, read_tag, unknown_value, write_tagged,
};
