// @generated from spec/docspace.yaml by openapi-gen; do not edit.

//! axum server stubs for ONLYOFFICE DocSpace API: People / Photos.
