// @generated from spec/alfresco-core.yaml by openapi-gen; do not edit.

#[cfg(feature = "server")]
use crate::support::non_null;
use super::*;

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct PersonBodyUpdate {
    #[serde(rename = "firstName", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub first_name: Option<String>,
    #[serde(rename = "lastName", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub last_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub email: Option<String>,
    #[serde(rename = "skypeId", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub skype_id: Option<String>,
    #[serde(rename = "googleId", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub google_id: Option<String>,
    #[serde(rename = "instantMessageId", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub instant_message_id: Option<String>,
    #[serde(rename = "jobTitle", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub job_title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub location: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub company: Option<Company>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub mobile: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub telephone: Option<String>,
    #[serde(rename = "userStatus", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub user_status: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub enabled: Option<bool>,
    #[serde(
        rename = "emailNotificationsEnabled",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub email_notifications_enabled: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub password: Option<String>,
    #[serde(rename = "oldPassword", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub old_password: Option<String>,
    #[serde(rename = "aspectNames", skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub aspect_names: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "server", serde(default, deserialize_with = "non_null"))]
    pub properties: Option<serde_json::Map<String, serde_json::Value>>,
}
