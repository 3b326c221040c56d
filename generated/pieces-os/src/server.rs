// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

//! axum server stubs for Pieces OS Client API: Person and User.
