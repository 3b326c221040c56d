// @generated from spec/alfresco-core.yaml by openapi-gen; do not edit.

//! A typed async client for Alfresco Content Services REST API: People.
