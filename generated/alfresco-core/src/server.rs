// @generated from spec/alfresco-core.yaml by openapi-gen; do not edit.

//! axum server stubs for Alfresco Content Services REST API: People.
