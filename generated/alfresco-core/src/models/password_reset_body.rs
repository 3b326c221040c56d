// @generated from spec/alfresco-core.yaml by openapi-gen; do not edit.

crate::support::object! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct PasswordResetBody {
        /// the new password
        pub password: String = "password" required,
        /// the workflow id provided in the reset password email
        pub id: String = "id" required,
        /// the workflow key provided in the reset password email
        pub key: String = "key" required,
    }
}
