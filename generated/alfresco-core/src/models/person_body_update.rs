// @generated from spec/alfresco-core.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct PersonBodyUpdate {
        pub first_name: Option<String> = "firstName" optional,
        pub last_name: Option<String> = "lastName" optional,
        pub description: Option<String> = "description" optional,
        pub email: Option<String> = "email" optional,
        pub skype_id: Option<String> = "skypeId" optional,
        pub google_id: Option<String> = "googleId" optional,
        pub instant_message_id: Option<String> = "instantMessageId" optional,
        pub job_title: Option<String> = "jobTitle" optional,
        pub location: Option<String> = "location" optional,
        pub company: Option<Company> = "company" optional,
        pub mobile: Option<String> = "mobile" optional,
        pub telephone: Option<String> = "telephone" optional,
        pub user_status: Option<String> = "userStatus" optional,
        pub enabled: Option<bool> = "enabled" optional,
        pub email_notifications_enabled: Option<bool> = "emailNotificationsEnabled" optional,
        pub password: Option<String> = "password" optional,
        pub old_password: Option<String> = "oldPassword" optional,
        pub aspect_names: Option<Vec<String>> = "aspectNames" optional,
        pub properties: Option<serde_json::Map<String, serde_json::Value>> = "properties" optional,
    }
}
