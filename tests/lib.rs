//! Shared helpers for the tests of the generated crates.

pub mod reference;
