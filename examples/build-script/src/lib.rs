//! The Greetings API, generated at build time from `greetings.yaml` by `build.rs`: models,
//! a typed client (feature `client`) and an axum server (feature `server`).

include!(concat!(env!("OUT_DIR"), "/greetings/src/lib.rs"));
