// @generated from spec/alfresco-core.yaml by openapi-gen; do not edit.

#[derive(Debug, Clone, PartialEq)]
pub struct PasswordResetBody {
    /// the new password
    pub password: String,
    /// the workflow id provided in the reset password email
    pub id: String,
    /// the workflow key provided in the reset password email
    pub key: String,
}

crate::support::object!(PasswordResetBody {
    password: "password" required,
    id: "id" required,
    key: "key" required,
});
