// @generated from spec/alfresco-core.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct Person {
        pub id: String = "id" required,
        pub first_name: String = "firstName" required,
        pub last_name: Option<String> = "lastName" optional,
        pub display_name: Option<String> = "displayName" optional,
        pub description: Option<String> = "description" optional,
        pub avatar_id: Option<String> = "avatarId" optional,
        pub email: String = "email" required,
        pub skype_id: Option<String> = "skypeId" optional,
        pub google_id: Option<String> = "googleId" optional,
        pub instant_message_id: Option<String> = "instantMessageId" optional,
        pub job_title: Option<String> = "jobTitle" optional,
        pub location: Option<String> = "location" optional,
        pub company: Option<Company> = "company" optional,
        pub mobile: Option<String> = "mobile" optional,
        pub telephone: Option<String> = "telephone" optional,
        pub status_updated_at: Option<chrono::DateTime<chrono::FixedOffset>> =
            "statusUpdatedAt" optional,
        pub user_status: Option<String> = "userStatus" optional,
        pub enabled: bool = "enabled" required,
        pub email_notifications_enabled: Option<bool> = "emailNotificationsEnabled" optional,
        pub aspect_names: Option<Vec<String>> = "aspectNames" optional,
        pub properties: Option<serde_json::Map<String, serde_json::Value>> = "properties" optional,
        pub capabilities: Option<Capabilities> = "capabilities" optional,
    }
}
