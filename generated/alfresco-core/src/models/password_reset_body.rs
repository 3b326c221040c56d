// @generated from spec/alfresco-core.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PasswordResetBody {
    /// the new password
    pub password: String,
    /// the workflow id provided in the reset password email
    pub id: String,
    /// the workflow key provided in the reset password email
    pub key: String,
}
