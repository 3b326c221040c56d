// @generated from spec/pieces-os.yaml by openapi-gen; do not edit.

use super::*;

crate::support::object! {
    /// TrackedSessionEventIdentifierDescriptionPairs
    ///
    /// These are all of the available event types that are permitted in an object pair notation.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct TrackedSessionEventIdentifierDescriptionPairs {
        pub schema: Option<EmbeddedModelSchema> = "schema" optional,
        /// The key value pair for an application being opened.
        pub session_initialized: Option<TrackedSessionEventIdentifierDescriptionPairsSessionInitialized> =
            "session_initialized" optional,
        /// There was a successful connection locally
        pub session_local_connection_succeeded: Option<TrackedSessionEventIdentifierDescriptionPairsSessionLocalConnectionSucceeded> =
            "session_local_connection_succeeded" optional,
        /// There was a failed connection locally
        pub session_local_connection_failed: Option<TrackedSessionEventIdentifierDescriptionPairsSessionLocalConnectionFailed> =
            "session_local_connection_failed" optional,
        /// If the current application is in the background or not, could also be minimized.
        pub session_inactive: Option<TrackedSessionEventIdentifierDescriptionPairsSessionInactive> =
            "session_inactive" optional,
        /// If the application has been brought to the forground.
        pub session_active: Option<TrackedSessionEventIdentifierDescriptionPairsSessionActive> =
            "session_active" optional,
        /// If the user has closed the application, thus ending the session.
        pub session_terminated: Option<TrackedSessionEventIdentifierDescriptionPairsSessionTerminated> =
            "session_terminated" optional,
        /// A user has signed into this session with a an external account
        pub session_authenticated_with_sign_in: Option<TrackedSessionEventIdentifierDescriptionPairsSessionAuthenticatedWithSignIn> =
            "session_authenticated_with_sign_in" optional,
        /// A user has signed out of this session
        pub session_unauthenticated_with_sign_out: Option<TrackedSessionEventIdentifierDescriptionPairsSessionUnauthenticatedWithSignOut> =
            "session_unauthenticated_with_sign_out" optional,
        /// A user did not sign into the session with a dismissal
        pub session_unauthenticated_with_dismiss: Option<TrackedSessionEventIdentifierDescriptionPairsSessionUnauthenticatedWithDismiss> =
            "session_unauthenticated_with_dismiss" optional,
        /// A user did not sign into the session with a reminder
        pub session_unauthenticated_with_remind: Option<TrackedSessionEventIdentifierDescriptionPairsSessionUnauthenticatedWithRemind> =
            "session_unauthenticated_with_remind" optional,
        /// Onboarding has been initialized for this session
        pub session_onboarding_initialized: Option<TrackedSessionEventIdentifierDescriptionPairsSessionOnboardingInitialized> =
            "session_onboarding_initialized" optional,
        /// Onboarding has been completed for this session
        pub session_onboarding_completed: Option<TrackedSessionEventIdentifierDescriptionPairsSessionOnboardingCompleted> =
            "session_onboarding_completed" optional,
    }
}

/// The key value pair for an application being opened.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedSessionEventIdentifierDescriptionPairsSessionInitialized {
    ASessionHasBeenInitializedAndTheApplicationHasBeenOpened,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedSessionEventIdentifierDescriptionPairsSessionInitialized {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ASessionHasBeenInitializedAndTheApplicationHasBeenOpened => {
                "a_session_has_been_initialized_and_the_application_has_been_opened"
            }
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr
for TrackedSessionEventIdentifierDescriptionPairsSessionInitialized {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "a_session_has_been_initialized_and_the_application_has_been_opened" => {
                Self::ASessionHasBeenInitializedAndTheApplicationHasBeenOpened
            }
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(
    TrackedSessionEventIdentifierDescriptionPairsSessionInitialized
);

/// There was a successful connection locally
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedSessionEventIdentifierDescriptionPairsSessionLocalConnectionSucceeded {
    OneOrMoreApplicationsHasSuccessfullyConnected,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedSessionEventIdentifierDescriptionPairsSessionLocalConnectionSucceeded {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OneOrMoreApplicationsHasSuccessfullyConnected => {
                "one_or_more_applications_has_successfully_connected"
            }
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr
for TrackedSessionEventIdentifierDescriptionPairsSessionLocalConnectionSucceeded {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "one_or_more_applications_has_successfully_connected" => {
                Self::OneOrMoreApplicationsHasSuccessfullyConnected
            }
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(
    TrackedSessionEventIdentifierDescriptionPairsSessionLocalConnectionSucceeded
);

/// There was a failed connection locally
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedSessionEventIdentifierDescriptionPairsSessionLocalConnectionFailed {
    OneOrMoreApplicationsHasFailedToConnectLocally,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedSessionEventIdentifierDescriptionPairsSessionLocalConnectionFailed {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OneOrMoreApplicationsHasFailedToConnectLocally => {
                "one_or_more_applications_has_failed_to_connect_locally"
            }
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr
for TrackedSessionEventIdentifierDescriptionPairsSessionLocalConnectionFailed {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "one_or_more_applications_has_failed_to_connect_locally" => {
                Self::OneOrMoreApplicationsHasFailedToConnectLocally
            }
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(
    TrackedSessionEventIdentifierDescriptionPairsSessionLocalConnectionFailed
);

/// If the current application is in the background or not, could also be minimized.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedSessionEventIdentifierDescriptionPairsSessionInactive {
    ASessionIsInactiveBecauseTheApplicationIsNotInTheForeground,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedSessionEventIdentifierDescriptionPairsSessionInactive {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ASessionIsInactiveBecauseTheApplicationIsNotInTheForeground => {
                "a_session_is_inactive_because_the_application_is_not_in_the_foreground"
            }
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for TrackedSessionEventIdentifierDescriptionPairsSessionInactive {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "a_session_is_inactive_because_the_application_is_not_in_the_foreground" => {
                Self::ASessionIsInactiveBecauseTheApplicationIsNotInTheForeground
            }
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(
    TrackedSessionEventIdentifierDescriptionPairsSessionInactive
);

/// If the application has been brought to the forground.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedSessionEventIdentifierDescriptionPairsSessionActive {
    ASessionIsActiveBecauseTheApplicationIsInTheForeground,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedSessionEventIdentifierDescriptionPairsSessionActive {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ASessionIsActiveBecauseTheApplicationIsInTheForeground => {
                "a_session_is_active_because_the_application_is_in_the_foreground"
            }
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr for TrackedSessionEventIdentifierDescriptionPairsSessionActive {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "a_session_is_active_because_the_application_is_in_the_foreground" => {
                Self::ASessionIsActiveBecauseTheApplicationIsInTheForeground
            }
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(TrackedSessionEventIdentifierDescriptionPairsSessionActive);

/// If the user has closed the application, thus ending the session.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedSessionEventIdentifierDescriptionPairsSessionTerminated {
    ASessionHasBeenEndedAndTheApplicationHasBeenClosed,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedSessionEventIdentifierDescriptionPairsSessionTerminated {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ASessionHasBeenEndedAndTheApplicationHasBeenClosed => {
                "a_session_has_been_ended_and_the_application_has_been_closed"
            }
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr
for TrackedSessionEventIdentifierDescriptionPairsSessionTerminated {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "a_session_has_been_ended_and_the_application_has_been_closed" => {
                Self::ASessionHasBeenEndedAndTheApplicationHasBeenClosed
            }
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(
    TrackedSessionEventIdentifierDescriptionPairsSessionTerminated
);

/// A user has signed into this session with a an external account
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedSessionEventIdentifierDescriptionPairsSessionAuthenticatedWithSignIn {
    AUserHasSignedIntoThisSessionWithAAnExternalAccount,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedSessionEventIdentifierDescriptionPairsSessionAuthenticatedWithSignIn {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AUserHasSignedIntoThisSessionWithAAnExternalAccount => {
                "a_user_has_signed_into_this_session_with_a_an_external_account"
            }
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr
for TrackedSessionEventIdentifierDescriptionPairsSessionAuthenticatedWithSignIn {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "a_user_has_signed_into_this_session_with_a_an_external_account" => {
                Self::AUserHasSignedIntoThisSessionWithAAnExternalAccount
            }
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(
    TrackedSessionEventIdentifierDescriptionPairsSessionAuthenticatedWithSignIn
);

/// A user has signed out of this session
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedSessionEventIdentifierDescriptionPairsSessionUnauthenticatedWithSignOut {
    AUserHasSignedOutOfThisSession,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedSessionEventIdentifierDescriptionPairsSessionUnauthenticatedWithSignOut {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AUserHasSignedOutOfThisSession => {
                "a_user_has_signed_out_of_this_session"
            }
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr
for TrackedSessionEventIdentifierDescriptionPairsSessionUnauthenticatedWithSignOut {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "a_user_has_signed_out_of_this_session" => {
                Self::AUserHasSignedOutOfThisSession
            }
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(
    TrackedSessionEventIdentifierDescriptionPairsSessionUnauthenticatedWithSignOut
);

/// A user did not sign into the session with a dismissal
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedSessionEventIdentifierDescriptionPairsSessionUnauthenticatedWithDismiss {
    AUserDidNotSignIntoTheSessionWithADismissal,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedSessionEventIdentifierDescriptionPairsSessionUnauthenticatedWithDismiss {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AUserDidNotSignIntoTheSessionWithADismissal => {
                "a_user_did_not_sign_into_the_session_with_a_dismissal"
            }
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr
for TrackedSessionEventIdentifierDescriptionPairsSessionUnauthenticatedWithDismiss {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "a_user_did_not_sign_into_the_session_with_a_dismissal" => {
                Self::AUserDidNotSignIntoTheSessionWithADismissal
            }
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(
    TrackedSessionEventIdentifierDescriptionPairsSessionUnauthenticatedWithDismiss
);

/// A user did not sign into the session with a reminder
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedSessionEventIdentifierDescriptionPairsSessionUnauthenticatedWithRemind {
    AUserDidNotSignIntoTheSessionWithAReminder,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedSessionEventIdentifierDescriptionPairsSessionUnauthenticatedWithRemind {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AUserDidNotSignIntoTheSessionWithAReminder => {
                "a_user_did_not_sign_into_the_session_with_a_reminder"
            }
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr
for TrackedSessionEventIdentifierDescriptionPairsSessionUnauthenticatedWithRemind {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "a_user_did_not_sign_into_the_session_with_a_reminder" => {
                Self::AUserDidNotSignIntoTheSessionWithAReminder
            }
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(
    TrackedSessionEventIdentifierDescriptionPairsSessionUnauthenticatedWithRemind
);

/// Onboarding has been initialized for this session
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedSessionEventIdentifierDescriptionPairsSessionOnboardingInitialized {
    OnboardingHasBeenInitializedForThisSession,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedSessionEventIdentifierDescriptionPairsSessionOnboardingInitialized {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OnboardingHasBeenInitializedForThisSession => {
                "onboarding_has_been_initialized_for_this_session"
            }
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr
for TrackedSessionEventIdentifierDescriptionPairsSessionOnboardingInitialized {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "onboarding_has_been_initialized_for_this_session" => {
                Self::OnboardingHasBeenInitializedForThisSession
            }
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(
    TrackedSessionEventIdentifierDescriptionPairsSessionOnboardingInitialized
);

/// Onboarding has been completed for this session
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TrackedSessionEventIdentifierDescriptionPairsSessionOnboardingCompleted {
    OnboardingHasBeenCompletedForThisSession,
    /// A value this version of the spec does not know, kept as sent (refused in requests the
    /// server validates).
    Other(String),
}

impl TrackedSessionEventIdentifierDescriptionPairsSessionOnboardingCompleted {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OnboardingHasBeenCompletedForThisSession => {
                "onboarding_has_been_completed_for_this_session"
            }
            Self::Other(value) => value,
        }
    }
}

impl std::str::FromStr
for TrackedSessionEventIdentifierDescriptionPairsSessionOnboardingCompleted {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let parsed = match value {
            "onboarding_has_been_completed_for_this_session" => {
                Self::OnboardingHasBeenCompletedForThisSession
            }
            other => Self::Other(other.to_string()),
        };
        Ok(parsed)
    }
}

crate::support::string_enum!(
    TrackedSessionEventIdentifierDescriptionPairsSessionOnboardingCompleted
);
