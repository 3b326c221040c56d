// @generated from spec/docspace.yaml by openapi-gen; do not edit.

//! A typed async client for ONLYOFFICE DocSpace API: People / Photos.
