//! Client runtime support.
