// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

//! A typed async client for Pieces OS Client API: Person and User.
