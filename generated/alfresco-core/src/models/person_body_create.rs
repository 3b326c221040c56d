// @generated from spec/alfresco-core.yaml by openapi-gen; do not edit.

use super::*;

#[derive(Debug, Clone, PartialEq)]
pub struct PersonBodyCreate {
    pub id: String,
    pub first_name: String,
    pub last_name: Option<String>,
    pub description: Option<String>,
    pub email: String,
    pub skype_id: Option<String>,
    pub google_id: Option<String>,
    pub instant_message_id: Option<String>,
    pub job_title: Option<String>,
    pub location: Option<String>,
    pub company: Option<Company>,
    pub mobile: Option<String>,
    pub telephone: Option<String>,
    pub user_status: Option<String>,
    pub enabled: Option<bool>,
    pub email_notifications_enabled: Option<bool>,
    pub password: String,
    pub aspect_names: Option<Vec<String>>,
    pub properties: Option<serde_json::Map<String, serde_json::Value>>,
}

crate::support::object!(PersonBodyCreate {
    id: "id" required,
    first_name: "firstName" required,
    last_name: "lastName" optional,
    description: "description" optional,
    email: "email" required,
    skype_id: "skypeId" optional,
    google_id: "googleId" optional,
    instant_message_id: "instantMessageId" optional,
    job_title: "jobTitle" optional,
    location: "location" optional,
    company: "company" optional,
    mobile: "mobile" optional,
    telephone: "telephone" optional,
    user_status: "userStatus" optional,
    enabled: "enabled" optional,
    email_notifications_enabled: "emailNotificationsEnabled" optional,
    password: "password" required,
    aspect_names: "aspectNames" optional,
    properties: "properties" optional,
});
