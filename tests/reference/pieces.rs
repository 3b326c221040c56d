//! Pieces OS persons and the current user, in memory.
//!
//! Persons are kept by id: snapshots, updates (upserts), score increments and workstream summary
//! associations; an unknown person is a 500 with a `text/plain` message, as Pieces OS answers.
//! The current user can be selected (OAuth2 bearer `demo-token`), updated, refreshed, cleared and
//! streamed: `stream_user` pushes the `UserProfile` every time the user is updated or selected,
//! until [`Pieces::close_streams`] ends every stream (the server then closes the WebSocket).
//! Vanity names already taken give 409; operations needing a signed-in user give 511 without one.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use axum::extract::Request;
use axum::http::{header, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::Router;
use chrono::Utc;
use futures_util::stream::{self, BoxStream, StreamExt as _};
use pieces_os::models::{
    Aesthetics, Auth0User, FlattenedWorkstreamSummaries, Font, GroupedTimestamp, Person,
    ReferencedWorkstreamSummary, ReturnedUserProfile, Score, SeededScore, SeededScoreIncrement,
    Theme, UserBetaStatus, UserProfile,
};
use pieces_os::server::*;
use tokio::sync::{broadcast, RwLock};

/// The OAuth2 access token the demo accepts on `select_user`.
pub const DEMO_TOKEN: &str = "demo-token";

/// The person seeded in the demo.
pub const DEMO_PERSON: &str = "7e3b1f2a-5c4d-4e6f-8a9b-0c1d2e3f4a5b";

/// The user seeded (and selected) in the demo.
pub const DEMO_USER: &str = "auth0|5f1e2d3c4b5a697887766554";

/// Vanity names held by other users.
pub const TAKEN_VANITY_NAMES: &[&str] = &["mark", "pieces", "admin"];

#[derive(Debug, Clone)]
enum Event {
    Profile(Box<UserProfile>),
    Close,
}

#[derive(Debug, Default)]
pub struct State {
    pub persons: BTreeMap<String, Person>,
    pub user: Option<UserProfile>,
    pub beta: BTreeMap<String, UserBetaStatus>,
    pub taken_vanity_names: BTreeSet<String>,
}

/// The reference implementation of [`PersonApi`] and [`UserApi`].
#[derive(Debug, Clone)]
pub struct Pieces {
    pub state: Arc<RwLock<State>>,
    events: broadcast::Sender<Event>,
}

fn now() -> GroupedTimestamp {
    let now = Utc::now();
    GroupedTimestamp {
        value: now.fixed_offset(),
        readable: Some(now.format("%Y-%m-%d %H:%M:%S").to_string()),
        schema: None,
    }
}

/// A new person with id `id`, of basic type.
pub fn person(id: &str, name: &str) -> Person {
    serde_json::from_value(serde_json::json!({
        "id": id,
        "created": now(),
        "updated": now(),
        "type": { "basic": { "name": name, "email": format!("{}@example.com", name.to_lowercase()) } },
    }))
    .expect("a valid Person")
}

/// A user profile with id `id`.
pub fn profile(id: &str, name: &str) -> UserProfile {
    // The mailbox and username keep only ASCII letters and digits of the name.
    let local: String = name
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_lowercase();
    let local = if local.is_empty() {
        "user".to_string()
    } else {
        local
    };
    UserProfile {
        schema: None,
        picture: None,
        id: id.to_string(),
        name: Some(name.to_string()),
        email: Some(format!("{local}@example.com")),
        username: Some(local),
        created: Some(now()),
        updated: Some(now()),
        aesthetics: Aesthetics {
            schema: None,
            theme: Theme {
                schema: None,
                dark: false,
            },
            font: Font {
                schema: None,
                size: 12,
            },
        },
        vanityname: None,
        allocation: None,
        providers: None,
        auth0: None,
    }
}

impl Default for Pieces {
    fn default() -> Self {
        let (events, _) = broadcast::channel(64);
        Self {
            state: Arc::default(),
            events,
        }
    }
}

impl Pieces {
    /// One person and a selected user.
    pub fn demo() -> Self {
        let pieces = Self::default();
        {
            let mut state = pieces.state.try_write().expect("a fresh lock");
            state
                .persons
                .insert(DEMO_PERSON.to_string(), person(DEMO_PERSON, "Ada"));
            state.user = Some(profile(DEMO_USER, "Demo"));
            state.taken_vanity_names = TAKEN_VANITY_NAMES
                .iter()
                .map(|name| name.to_string())
                .collect();
        }
        pieces
    }

    /// [`router`] over this implementation, under the spec's base path, with `select_user`
    /// refusing bearer tokens other than [`DEMO_TOKEN`] (401, as an OAuth2 resource server does
    /// before the operation runs: the spec documents no 401 the operation could return).
    pub fn router(&self) -> Router {
        self.router_with(RouterOptions::default())
    }

    /// The generated router over this implementation, as `options` say.
    pub fn router_with(&self, options: RouterOptions) -> Router {
        router_with(self.clone(), options).layer(middleware::from_fn(check_bearer))
    }

    /// Ends every open `stream_user` stream: the server closes their WebSockets.
    pub fn close_streams(&self) {
        let _ = self.events.send(Event::Close);
    }

    fn publish(&self, profile: &UserProfile) {
        let _ = self.events.send(Event::Profile(Box::new(profile.clone())));
    }
}

async fn check_bearer(request: Request, next: Next) -> Response {
    let secured = request
        .uri()
        .path()
        .trim_end_matches('/')
        .ends_with("/user/select");
    let token = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.split_once(' '))
        .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
        .map(|(_, token)| token.trim().to_string());
    match token {
        Some(token) if secured && token != DEMO_TOKEN => {
            let problem = Problem::new(StatusCode::UNAUTHORIZED, "the bearer token is not valid");
            problem
                .with_challenges(&["Bearer error=\"invalid_token\""])
                .into_response()
        }
        _ => next.run(request).await,
    }
}

/// Fills in what the server owns: the read-only `semantic` version of every embedded model
/// schema a client sent without it (readOnly properties are required in responses only).
pub fn complete<T: serde::Serialize + serde::de::DeserializeOwned>(value: T) -> T {
    fn walk(value: &mut serde_json::Value) {
        match value {
            serde_json::Value::Object(map) => {
                if let Some(serde_json::Value::Object(schema)) = map.get_mut("schema") {
                    if schema.contains_key("migration") && !schema.contains_key("semantic") {
                        schema.insert("semantic".to_string(), "MAJOR_0_MINOR_0_PATCH_1".into());
                    }
                }
                map.values_mut().for_each(walk);
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(walk),
            _ => {}
        }
    }
    let Ok(mut json) = serde_json::to_value(&value) else {
        return value;
    };
    walk(&mut json);
    serde_json::from_value(json).unwrap_or(value)
}

fn text(message: &str) -> String {
    message.to_string()
}

/// One more than a score counter (absent counts as zero).
fn plus_one(value: Option<i64>) -> i64 {
    value.unwrap_or(0).saturating_add(1)
}

/// Applies one seeded score flag set to a score.
fn bump(score: &mut Score, seeded: &SeededScore) {
    let add = |field: &mut Option<i64>, flag: Option<bool>| {
        if flag == Some(true) {
            *field = Some(plus_one(*field));
        }
    };
    add(&mut score.reuse, seeded.reuse);
    add(&mut score.update, seeded.update);
    add(&mut score.reference, seeded.reference);
    add(&mut score.priority, seeded.priority);
    add(&mut score.searched, seeded.searched);
    if [
        seeded.reuse,
        seeded.update,
        seeded.reference,
        seeded.priority,
        seeded.searched,
    ]
    .contains(&Some(true))
    {
        score.automatic = plus_one(Some(score.automatic));
    }
}

impl PersonApi for Pieces {
    async fn person_associate_workstream_summary(
        &self,
        person: String,
        workstream_summary: String,
    ) -> PersonAssociateWorkstreamSummaryResponse {
        let mut state = self.state.write().await;
        let Some(person) = state.persons.get_mut(&person) else {
            return PersonAssociateWorkstreamSummaryResponse::InternalServerError(text(
                "Person not found",
            ));
        };
        let summaries = person
            .summaries
            .get_or_insert_with(|| FlattenedWorkstreamSummaries {
                schema: None,
                iterable: Vec::new(),
                indices: None,
                score: None,
            });
        if !summaries
            .iterable
            .iter()
            .any(|summary| summary.id == workstream_summary)
        {
            summaries.iterable.push(ReferencedWorkstreamSummary {
                schema: None,
                id: workstream_summary,
                reference: None,
            });
        }
        person.updated = now();
        PersonAssociateWorkstreamSummaryResponse::NoContent
    }

    async fn person_disassociate_workstream_summary(
        &self,
        person: String,
        workstream_summary: String,
    ) -> PersonDisassociateWorkstreamSummaryResponse {
        let mut state = self.state.write().await;
        let Some(person) = state.persons.get_mut(&person) else {
            return PersonDisassociateWorkstreamSummaryResponse::InternalServerError(text(
                "Person not found",
            ));
        };
        let summaries = person
            .summaries
            .as_mut()
            .map(|summaries| &mut summaries.iterable);
        let Some(index) = summaries.as_ref().and_then(|list| {
            list.iter()
                .position(|summary| summary.id == workstream_summary)
        }) else {
            return PersonDisassociateWorkstreamSummaryResponse::InternalServerError(text(
                "Workstream summary is not associated with this person",
            ));
        };
        if let Some(list) = summaries {
            list.remove(index);
        }
        person.updated = now();
        PersonDisassociateWorkstreamSummaryResponse::NoContent
    }

    async fn person_scores_increment(
        &self,
        person: String,
        body: Option<SeededScoreIncrement>,
    ) -> PersonScoresIncrementResponse {
        let mut state = self.state.write().await;
        let Some(person) = state.persons.get_mut(&person) else {
            return PersonScoresIncrementResponse::InternalServerError(text("Person not found"));
        };
        let Some(increment) = body else {
            return PersonScoresIncrementResponse::InternalServerError(text(
                "A SeededScoreIncrement is required",
            ));
        };
        let score = person.score.get_or_insert(Score {
            schema: None,
            manual: 0,
            automatic: 0,
            priority: None,
            reuse: None,
            update: None,
            reference: None,
            searched: None,
        });
        for seeded in [&increment.person, &increment.persons]
            .into_iter()
            .flatten()
        {
            bump(score, seeded);
        }
        PersonScoresIncrementResponse::NoContent
    }

    async fn person_snapshot(
        &self,
        person: String,
        params: PersonSnapshotQuery,
    ) -> PersonSnapshotResponse {
        match self.state.read().await.persons.get(&person) {
            Some(found) => {
                let mut found = found.clone();
                // Without transferables, referenced models are left out, as in Pieces OS.
                if params.transferables != Some(true) {
                    if let Some(summaries) = &mut found.summaries {
                        for summary in &mut summaries.iterable {
                            summary.reference = None;
                        }
                    }
                }
                PersonSnapshotResponse::Ok(found)
            }
            None => PersonSnapshotResponse::InternalServerError(text("Person not found")),
        }
    }

    /// Upserts the person. Without a body there is nothing to update and the demo person comes
    /// back unchanged: the operation documents no error.
    async fn update_person(
        &self,
        _params: UpdatePersonQuery,
        body: Option<Person>,
    ) -> UpdatePersonResponse {
        let mut state = self.state.write().await;
        let Some(mut person) = body.map(complete) else {
            let fallback = state.persons.get(DEMO_PERSON).cloned();
            return UpdatePersonResponse::Ok(
                fallback.unwrap_or_else(|| person(DEMO_PERSON, "Ada")),
            );
        };
        person.updated = now();
        state.persons.insert(person.id.clone(), person.clone());
        UpdatePersonResponse::Ok(person)
    }
}

impl UserApi for Pieces {
    async fn clear_user(&self) -> ClearUserResponse {
        self.state.write().await.user = None;
        ClearUserResponse::NoContent
    }

    async fn refresh_user(&self) -> RefreshUserResponse {
        let mut state = self.state.write().await;
        match &mut state.user {
            Some(user) => {
                user.updated = Some(now());
                RefreshUserResponse::Ok(user.clone())
            }
            None => RefreshUserResponse::InternalServerError(text("No user is signed in")),
        }
    }

    /// Selects the Auth0 user as the current user (the bearer token was checked by the router's
    /// layer, see [`Pieces::router`]); without a body the current user stays selected.
    async fn select_user(
        &self,
        _credentials: BearerToken,
        body: Option<Auth0User>,
    ) -> SelectUserResponse {
        let mut state = self.state.write().await;
        let selected = match (body, &state.user) {
            (Some(auth0), _) => {
                let id = auth0
                    .user_id
                    .clone()
                    .unwrap_or_else(|| DEMO_USER.to_string());
                let name = auth0
                    .name
                    .clone()
                    .or(auth0.nickname.clone())
                    .unwrap_or_else(|| "Demo".to_string());
                let mut user = profile(&id, &name);
                user.email = auth0.email.clone().or(user.email);
                user.picture = auth0.picture.clone();
                user.username = auth0.username.clone().or(user.username);
                user
            }
            (None, Some(current)) => current.clone(),
            (None, None) => profile(DEMO_USER, "Demo"),
        };
        state.user = Some(selected.clone());
        self.publish(&selected);
        SelectUserResponse::Ok(selected)
    }

    async fn stream_user(&self) -> BoxStream<'static, UserProfile> {
        let receiver = self.events.subscribe();
        stream::unfold(receiver, |mut receiver| async move {
            loop {
                match receiver.recv().await {
                    Ok(Event::Profile(profile)) => return Some((*profile, receiver)),
                    Ok(Event::Close) | Err(broadcast::error::RecvError::Closed) => return None,
                    Err(broadcast::error::RecvError::Lagged(_)) => continue,
                }
            }
        })
        .boxed()
    }

    /// Replaces the current user (the body's id becomes the user). Without a body the current
    /// user comes back unchanged: the operation documents no error.
    async fn update_user(&self, body: Option<UserProfile>) -> UpdateUserResponse {
        let mut state = self.state.write().await;
        let user = match body {
            Some(user) => {
                let mut user = complete(user);
                user.updated = Some(now());
                state.user = Some(user.clone());
                self.publish(&user);
                user
            }
            None => state
                .user
                .clone()
                .unwrap_or_else(|| profile(DEMO_USER, "Demo")),
        };
        UpdateUserResponse::Ok(user)
    }

    async fn user_beta_status(&self, body: Option<UserBetaStatus>) -> UserBetaStatusResponse {
        let mut state = self.state.write().await;
        let Some(current) = state.user.as_ref().map(|user| user.id.clone()) else {
            return UserBetaStatusResponse::NetworkAuthenticationRequired(text(
                "Sign in to change the beta status",
            ));
        };
        let Some(status) = body.map(complete) else {
            return UserBetaStatusResponse::InternalServerError(text(
                "A UserBetaStatus is required",
            ));
        };
        if status.user != current {
            return UserBetaStatusResponse::InternalServerError(text("Unknown user"));
        }
        state.beta.insert(status.user.clone(), status.clone());
        UserBetaStatusResponse::Ok(status)
    }

    /// Providers are only served for a user connected to the cloud (with an allocation); locally
    /// this is not implemented (501).
    async fn user_providers(&self) -> UserProvidersResponse {
        match &self.state.read().await.user {
            None => UserProvidersResponse::InternalServerError(text("No user is signed in")),
            Some(user) if user.allocation.is_some() => {
                UserProvidersResponse::Ok(ReturnedUserProfile {
                    user: Some(user.clone()),
                    ..Default::default()
                })
            }
            Some(_) => UserProvidersResponse::NotImplemented(text("Not implemented locally")),
        }
    }

    async fn user_snapshot(&self) -> UserSnapshotResponse {
        let user = self.state.read().await.user.clone();
        UserSnapshotResponse::Ok(ReturnedUserProfile {
            user,
            ..Default::default()
        })
    }

    async fn user_update_vanity(&self, body: Option<UserProfile>) -> UserUpdateVanityResponse {
        let mut state = self.state.write().await;
        let Some(current) = state.user.clone() else {
            return UserUpdateVanityResponse::NetworkAuthenticationRequired(text(
                "Sign in to update the vanity name",
            ));
        };
        let Some(vanity) = body
            .as_ref()
            .and_then(|user| user.vanityname.clone())
            .filter(|name| {
                !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            })
        else {
            return UserUpdateVanityResponse::InternalServerError(text(
                "Unable to create a username",
            ));
        };
        if body.as_ref().is_some_and(|user| user.id != current.id) {
            return UserUpdateVanityResponse::NotFound(text(
                "The original dns record was not found",
            ));
        }
        let own = current
            .vanityname
            .as_ref()
            .is_some_and(|old| old.eq_ignore_ascii_case(&vanity));
        if !own && state.taken_vanity_names.contains(&vanity.to_lowercase()) {
            return UserUpdateVanityResponse::Conflict(text("This vanity name is already taken"));
        }
        if let Some(old) = &current.vanityname {
            state.taken_vanity_names.remove(&old.to_lowercase());
        }
        state.taken_vanity_names.insert(vanity.to_lowercase());
        let mut user = current;
        user.vanityname = Some(vanity);
        user.updated = Some(now());
        state.user = Some(user.clone());
        self.publish(&user);
        UserUpdateVanityResponse::Ok(user)
    }
}
