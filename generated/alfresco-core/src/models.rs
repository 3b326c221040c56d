// @generated from spec/alfresco-core.yaml by openapi-gen; do not edit.

//! Serde types for the schemas of Alfresco Content Services REST API: People.

/// The `Capabilities` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Capabilities {
    /// The `isAdmin` property.
    #[serde(
        rename = "isAdmin",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub is_admin: Option<bool>,
    /// The `isGuest` property.
    #[serde(
        rename = "isGuest",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub is_guest: Option<bool>,
    /// The `isMutable` property.
    #[serde(
        rename = "isMutable",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub is_mutable: Option<bool>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// The `ClientBody` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct ClientBody {
    /// the client name
    pub client: String,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// The `Company` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Company {
    /// The `organization` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub organization: Option<String>,
    /// The `address1` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub address1: Option<String>,
    /// The `address2` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub address2: Option<String>,
    /// The `address3` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub address3: Option<String>,
    /// The `postcode` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub postcode: Option<String>,
    /// The `telephone` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub telephone: Option<String>,
    /// The `fax` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub fax: Option<String>,
    /// The `email` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub email: Option<String>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// The `Error` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Error {
    /// The `error` property.
    pub error: ErrorError,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// The `ErrorError` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct ErrorError {
    /// The `errorKey` property.
    #[serde(
        rename = "errorKey",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub error_key: Option<String>,
    /// The `statusCode` property.
    #[serde(rename = "statusCode")]
    pub status_code: i32,
    /// The `briefSummary` property.
    #[serde(rename = "briefSummary")]
    pub brief_summary: String,
    /// The `stackTrace` property.
    #[serde(rename = "stackTrace")]
    pub stack_trace: String,
    /// The `descriptionURL` property.
    #[serde(rename = "descriptionURL")]
    pub description_url: String,
    /// The `logId` property.
    #[serde(
        rename = "logId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub log_id: Option<String>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// The `Pagination` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Pagination {
    /// The number of objects in the entries array.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub count: Option<i64>,
    /// A boolean value which is **true** if there are more entities in the collection beyond those in this response.
    #[serde(
        rename = "hasMoreItems",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub has_more_items: Option<bool>,
    /// An integer describing the total number of entities in the collection.
    #[serde(
        rename = "totalItems",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub total_items: Option<i64>,
    /// An integer describing how many entities exist in the collection before those included in this list.
    #[serde(
        rename = "skipCount",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub skip_count: Option<i64>,
    /// The value of the **maxItems** parameter used to generate this list.
    #[serde(
        rename = "maxItems",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub max_items: Option<i64>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// The `PasswordResetBody` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct PasswordResetBody {
    /// the new password
    pub password: String,
    /// the workflow id provided in the reset password email
    pub id: String,
    /// the workflow key provided in the reset password email
    pub key: String,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// The `Person` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct Person {
    /// The `id` property.
    pub id: String,
    /// The `firstName` property.
    #[serde(rename = "firstName")]
    pub first_name: String,
    /// The `lastName` property.
    #[serde(
        rename = "lastName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub last_name: Option<String>,
    /// The `displayName` property.
    #[serde(
        rename = "displayName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub display_name: Option<String>,
    /// The `description` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub description: Option<String>,
    /// The `avatarId` property.
    #[serde(
        rename = "avatarId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub avatar_id: Option<String>,
    /// The `email` property.
    pub email: String,
    /// The `skypeId` property.
    #[serde(
        rename = "skypeId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub skype_id: Option<String>,
    /// The `googleId` property.
    #[serde(
        rename = "googleId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub google_id: Option<String>,
    /// The `instantMessageId` property.
    #[serde(
        rename = "instantMessageId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub instant_message_id: Option<String>,
    /// The `jobTitle` property.
    #[serde(
        rename = "jobTitle",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub job_title: Option<String>,
    /// The `location` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub location: Option<String>,
    /// The `company` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub company: Option<Company>,
    /// The `mobile` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub mobile: Option<String>,
    /// The `telephone` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub telephone: Option<String>,
    /// The `statusUpdatedAt` property.
    #[serde(
        rename = "statusUpdatedAt",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub status_updated_at: Option<chrono::DateTime<chrono::FixedOffset>>,
    /// The `userStatus` property.
    #[serde(
        rename = "userStatus",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub user_status: Option<String>,
    /// The `enabled` property.
    pub enabled: bool,
    /// The `emailNotificationsEnabled` property.
    #[serde(
        rename = "emailNotificationsEnabled",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub email_notifications_enabled: Option<bool>,
    /// The `aspectNames` property.
    #[serde(
        rename = "aspectNames",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub aspect_names: Option<Vec<String>>,
    /// The `properties` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub properties: Option<serde_json::Map<String, serde_json::Value>>,
    /// The `capabilities` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub capabilities: Option<Capabilities>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// The `PersonBodyCreate` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct PersonBodyCreate {
    /// The `id` property.
    pub id: String,
    /// The `firstName` property.
    #[serde(rename = "firstName")]
    pub first_name: String,
    /// The `lastName` property.
    #[serde(
        rename = "lastName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub last_name: Option<String>,
    /// The `description` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub description: Option<String>,
    /// The `email` property.
    pub email: String,
    /// The `skypeId` property.
    #[serde(
        rename = "skypeId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub skype_id: Option<String>,
    /// The `googleId` property.
    #[serde(
        rename = "googleId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub google_id: Option<String>,
    /// The `instantMessageId` property.
    #[serde(
        rename = "instantMessageId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub instant_message_id: Option<String>,
    /// The `jobTitle` property.
    #[serde(
        rename = "jobTitle",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub job_title: Option<String>,
    /// The `location` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub location: Option<String>,
    /// The `company` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub company: Option<Company>,
    /// The `mobile` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub mobile: Option<String>,
    /// The `telephone` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub telephone: Option<String>,
    /// The `userStatus` property.
    #[serde(
        rename = "userStatus",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub user_status: Option<String>,
    /// The `enabled` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub enabled: Option<bool>,
    /// The `emailNotificationsEnabled` property.
    #[serde(
        rename = "emailNotificationsEnabled",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub email_notifications_enabled: Option<bool>,
    /// The `password` property.
    pub password: String,
    /// The `aspectNames` property.
    #[serde(
        rename = "aspectNames",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub aspect_names: Option<Vec<String>>,
    /// The `properties` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub properties: Option<serde_json::Map<String, serde_json::Value>>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// The `PersonBodyUpdate` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct PersonBodyUpdate {
    /// The `firstName` property.
    #[serde(
        rename = "firstName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub first_name: Option<String>,
    /// The `lastName` property.
    #[serde(
        rename = "lastName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub last_name: Option<String>,
    /// The `description` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub description: Option<String>,
    /// The `email` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub email: Option<String>,
    /// The `skypeId` property.
    #[serde(
        rename = "skypeId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub skype_id: Option<String>,
    /// The `googleId` property.
    #[serde(
        rename = "googleId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub google_id: Option<String>,
    /// The `instantMessageId` property.
    #[serde(
        rename = "instantMessageId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub instant_message_id: Option<String>,
    /// The `jobTitle` property.
    #[serde(
        rename = "jobTitle",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub job_title: Option<String>,
    /// The `location` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub location: Option<String>,
    /// The `company` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub company: Option<Company>,
    /// The `mobile` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub mobile: Option<String>,
    /// The `telephone` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub telephone: Option<String>,
    /// The `userStatus` property.
    #[serde(
        rename = "userStatus",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub user_status: Option<String>,
    /// The `enabled` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub enabled: Option<bool>,
    /// The `emailNotificationsEnabled` property.
    #[serde(
        rename = "emailNotificationsEnabled",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub email_notifications_enabled: Option<bool>,
    /// The `password` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub password: Option<String>,
    /// The `oldPassword` property.
    #[serde(
        rename = "oldPassword",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub old_password: Option<String>,
    /// The `aspectNames` property.
    #[serde(
        rename = "aspectNames",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub aspect_names: Option<Vec<String>>,
    /// The `properties` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub properties: Option<serde_json::Map<String, serde_json::Value>>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// The `PersonEntry` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct PersonEntry {
    /// The `entry` property.
    pub entry: Person,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// The `PersonPaging` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct PersonPaging {
    /// The `list` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub list: Option<PersonPagingList>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

/// The `PersonPagingList` schema.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
pub struct PersonPagingList {
    /// The `pagination` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub pagination: Option<Pagination>,
    /// The `entries` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::support::non_null"
    )]
    pub entries: Option<Vec<PersonEntry>>,
    /// Properties beyond the named ones, kept as sent.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}
