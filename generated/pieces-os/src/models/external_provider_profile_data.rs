// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

crate::support::object! {
    /// ExternalProviderProfileData
    ///
    /// All of these will be optional.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct ExternalProviderProfileData {
        pub name: Option<String> = "name" optional,
        pub picture: Option<String> = "picture" optional,
        pub nickname: Option<String> = "nickname" optional,
        pub email: Option<String> = "email" optional,
        pub email_verified: Option<bool> = "email_verified" optional,
        pub node_id: Option<String> = "node_id" optional,
        pub gravatar_id: Option<String> = "gravatar_id" optional,
        pub url: Option<String> = "url" optional,
        pub html_url: Option<String> = "html_url" optional,
        pub followers_url: Option<String> = "followers_url" optional,
        pub following_url: Option<String> = "following_url" optional,
        pub gists_url: Option<String> = "gists_url" optional,
        pub starred_url: Option<String> = "starred_url" optional,
        pub subscriptions_url: Option<String> = "subscriptions_url" optional,
        pub organizations_url: Option<String> = "organizations_url" optional,
        pub repos_url: Option<String> = "repos_url" optional,
        pub events_url: Option<String> = "events_url" optional,
        pub received_events_url: Option<String> = "received_events_url" optional,
        pub type_: Option<String> = "type" optional,
        pub site_admin: Option<bool> = "site_admin" optional,
        pub company: Option<String> = "company" optional,
        pub blog: Option<String> = "blog" optional,
        pub anchor: Option<String> = "anchor" optional,
        pub hireable: Option<bool> = "hireable" optional,
        pub bio: Option<String> = "bio" optional,
        pub twitter_username: Option<String> = "twitter_username" optional,
        pub public_repos: Option<i64> = "public_repos" optional,
        pub public_gists: Option<i64> = "public_gists" optional,
        pub followers: Option<i64> = "followers" optional,
        pub following: Option<i64> = "following" optional,
        pub created_at: Option<String> = "created_at" optional,
        pub updated_at: Option<String> = "updated_at" optional,
        pub private_gists: Option<i64> = "private_gists" optional,
        pub total_private_repos: Option<i64> = "total_private_repos" optional,
        pub owned_private_repos: Option<i64> = "owned_private_repos" optional,
        pub disk_usage: Option<i64> = "disk_usage" optional,
        pub collaborators: Option<i64> = "collaborators" optional,
        pub two_factor_authentication: Option<bool> = "two_factor_authentication" optional,
    }
}
