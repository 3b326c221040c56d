// @generated from spec/alfresco-core.yaml by openapi-gen; do not edit.

use super::*;

#[derive(Debug, Clone, PartialEq)]
pub struct Person {
    pub id: String,
    pub first_name: String,
    pub last_name: Option<String>,
    pub display_name: Option<String>,
    pub description: Option<String>,
    pub avatar_id: Option<String>,
    pub email: String,
    pub skype_id: Option<String>,
    pub google_id: Option<String>,
    pub instant_message_id: Option<String>,
    pub job_title: Option<String>,
    pub location: Option<String>,
    pub company: Option<Company>,
    pub mobile: Option<String>,
    pub telephone: Option<String>,
    pub status_updated_at: Option<chrono::DateTime<chrono::FixedOffset>>,
    pub user_status: Option<String>,
    pub enabled: bool,
    pub email_notifications_enabled: Option<bool>,
    pub aspect_names: Option<Vec<String>>,
    pub properties: Option<serde_json::Map<String, serde_json::Value>>,
    pub capabilities: Option<Capabilities>,
}

crate::support::object!(Person {
    id: "id" required,
    first_name: "firstName" required,
    last_name: "lastName" optional,
    display_name: "displayName" optional,
    description: "description" optional,
    avatar_id: "avatarId" optional,
    email: "email" required,
    skype_id: "skypeId" optional,
    google_id: "googleId" optional,
    instant_message_id: "instantMessageId" optional,
    job_title: "jobTitle" optional,
    location: "location" optional,
    company: "company" optional,
    mobile: "mobile" optional,
    telephone: "telephone" optional,
    status_updated_at: "statusUpdatedAt" optional,
    user_status: "userStatus" optional,
    enabled: "enabled" required,
    email_notifications_enabled: "emailNotificationsEnabled" optional,
    aspect_names: "aspectNames" optional,
    properties: "properties" optional,
    capabilities: "capabilities" optional,
});
