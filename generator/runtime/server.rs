//! Server runtime support.
