//! Alfresco Content Services people, in memory.
//!
//! A small user table (`admin:admin` is the administrator) checked on every call with HTTP Basic
//! credentials; `-me-` names the authenticated user. Behaviour follows the product's REST API:
//! only admins create people (403 otherwise), duplicate ids give 409, unknown ids 404, lists are
//! paged with `skipCount`/`maxItems` and sorted by `orderBy` (`id`, `firstName`, `lastName`,
//! each optionally `ASC`/`DESC`), `include` adds `properties`, `aspectNames` and `capabilities`,
//! `fields` keeps only the listed properties (and the ones `Person` requires),
//! avatars are stored bytes with a modification time honoured by `If-Modified-Since` (304).
//! An id longer than [`MAX_ID_LEN`] is refused with the `default` response (status 400 and an
//! Alfresco error body) where the operation documents no 400.

use std::collections::BTreeMap;
use std::sync::Arc;

use alfresco_core::models::{
    Capabilities, ClientBody, Error, ErrorError, Pagination, PasswordResetBody, Person,
    PersonBodyCreate, PersonBodyUpdate, PersonEntry, PersonPaging, PersonPagingList,
};
use alfresco_core::server::*;
use axum::http::StatusCode;
use axum::Router;
use bytes::Bytes;
use chrono::{DateTime, SubsecRound, Utc};
use tokio::sync::RwLock;

/// Ids longer than this are not a valid format.
pub const MAX_ID_LEN: usize = 100;

/// Avatars larger than this are refused with 413.
pub const MAX_AVATAR_BYTES: usize = 512 * 1024;

/// The image served for a person without an avatar when `placeholder` is true (a 1×1 PNG).
pub const PLACEHOLDER_PNG: &[u8] = &[
    0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, b'I', b'H', b'D', b'R', 0, 0, 0,
    1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89, 0, 0, 0, 0x0a, b'I', b'D', b'A', b'T',
    0x78, 0x9c, 0x63, 0, 1, 0, 0, 5, 0, 1, 0x0d, 0x0a, 0x2d, 0xb4, 0, 0, 0, 0, b'I', b'E', b'N',
    b'D', 0xae, 0x42, 0x60, 0x82,
];

/// The email clients registered for password reset mails.
pub const RESET_CLIENTS: &[&str] = &["share", "workspace"];

/// One row of the user table.
#[derive(Debug, Clone)]
pub struct Account {
    pub person: Person,
    pub password: String,
    pub admin: bool,
    /// The avatar bytes and when they were last changed (whole seconds, as HTTP dates are).
    pub avatar: Option<(Bytes, DateTime<Utc>)>,
}

/// A password reset workflow started by `request_password_reset`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResetRequest {
    pub person_id: String,
    pub client: String,
    pub id: String,
    pub key: String,
}

#[derive(Debug, Default)]
pub struct State {
    pub accounts: BTreeMap<String, Account>,
    pub reset_requests: Vec<ResetRequest>,
}

/// The reference implementation of [`PeopleApi`].
#[derive(Debug, Clone, Default)]
pub struct People {
    pub state: Arc<RwLock<State>>,
}

fn person(id: &str, first_name: &str, last_name: &str) -> Person {
    Person {
        id: id.to_string(),
        first_name: first_name.to_string(),
        last_name: Some(last_name.to_string()),
        display_name: Some(format!("{first_name} {last_name}")),
        email: format!("{}@example.com", id.to_lowercase()),
        enabled: true,
        email_notifications_enabled: Some(true),
        aspect_names: Some(vec!["cm:ownable".to_string()]),
        properties: Some(serde_json::Map::new()),
        description: None,
        avatar_id: None,
        skype_id: None,
        google_id: None,
        instant_message_id: None,
        job_title: None,
        location: None,
        company: None,
        mobile: None,
        telephone: None,
        status_updated_at: None,
        user_status: None,
        capabilities: None,
    }
}

/// An Alfresco error body.
pub fn error(status: u16, summary: &str) -> Error {
    Error {
        error: ErrorError {
            error_key: Some(format!("framework.exception.{status}")),
            status_code: i32::from(status),
            brief_summary: summary.to_string(),
            stack_trace: "For security reasons the stack trace is no longer displayed, but the property is kept for previous versions".to_string(),
            description_url: "https://api-explorer.alfresco.com".to_string(),
            log_id: None,
        },
    }
}

impl People {
    /// The demo user table: `admin:admin` (administrator), `abeecher:secret` and
    /// `mjackson:secret`.
    pub fn demo() -> Self {
        let mut state = State::default();
        for (id, first, last, password, admin) in [
            ("admin", "Administrator", "Admin", "admin", true),
            ("abeecher", "Alice", "Beecher", "secret", false),
            ("mjackson", "Mike", "Jackson", "secret", false),
        ] {
            let account = Account {
                person: person(id, first, last),
                password: password.to_string(),
                admin,
                avatar: None,
            };
            state.accounts.insert(id.to_string(), account);
        }
        Self {
            state: Arc::new(RwLock::new(state)),
        }
    }

    /// [`router`] over this implementation, under the spec's base path.
    pub fn router(&self) -> Router {
        self.router_with(RouterOptions::default())
    }

    /// The generated router over this implementation, as `options` say.
    pub fn router_with(&self, options: RouterOptions) -> Router {
        router_with(self.clone(), options)
    }

    /// The account id the credentials authenticate, if any.
    fn login(state: &State, credentials: &BasicCredentials) -> Option<(String, bool)> {
        let account = state.accounts.get(&credentials.username)?;
        (account.password == credentials.password && account.person.enabled)
            .then(|| (credentials.username.clone(), account.admin))
    }

    /// The entry of `account` as the API shows it: `properties`, `aspectNames` and
    /// `capabilities` only when `include` asks for them (always on single-entity reads).
    ///
    /// `fields` (when given and not empty) keeps only the listed properties, as the product
    /// does, except the ones the spec's `Person` requires (`id`, `firstName`, `email`,
    /// `enabled`): a response must still be a valid `Person`.
    fn entry(
        account: &Account,
        include: Option<&[String]>,
        fields: Option<&[String]>,
    ) -> PersonEntry {
        let mut person = account.person.clone();
        person.avatar_id = account
            .avatar
            .as_ref()
            .map(|_| format!("avatar-{}", person.id));
        person.capabilities = Some(Capabilities {
            is_admin: Some(account.admin),
            is_guest: Some(false),
            is_mutable: Some(true),
        });
        if let Some(include) = include {
            let wants = |field: &str| include.iter().any(|name| name == field);
            if !wants("properties") {
                person.properties = None;
            }
            if !wants("aspectNames") {
                person.aspect_names = None;
            }
            if !wants("capabilities") {
                person.capabilities = None;
            }
        }
        PersonEntry {
            entry: select_fields(person, fields),
        }
    }
}

/// The properties of `Person` that every response carries, `fields` or not.
const REQUIRED_PERSON_FIELDS: &[&str] = &["id", "firstName", "email", "enabled"];

/// `person` with only the JSON properties that `fields` names (and the required ones).
fn select_fields(person: Person, fields: Option<&[String]>) -> Person {
    let Some(fields) = fields.filter(|fields| !fields.is_empty()) else {
        return person;
    };
    let Ok(serde_json::Value::Object(mut properties)) = serde_json::to_value(&person) else {
        return person;
    };
    properties.retain(|name, _| {
        REQUIRED_PERSON_FIELDS.contains(&name.as_str()) || fields.iter().any(|field| field == name)
    });
    serde_json::from_value(serde_json::Value::Object(properties)).unwrap_or(person)
}

/// `-me-` resolved to the authenticated user.
fn resolve(person_id: String, me: &str) -> String {
    if person_id == "-me-" {
        me.to_string()
    } else {
        person_id
    }
}

/// An `orderBy` list as (field, descending) pairs, or `None` when a field is not sortable.
fn order_by(fields: &[String]) -> Option<Vec<(String, bool)>> {
    fields
        .iter()
        .map(|field| {
            let mut words = field.split_whitespace();
            let name = words.next()?;
            if !["id", "firstName", "lastName"].contains(&name) {
                return None;
            }
            let descending = match words.next().map(str::to_ascii_uppercase).as_deref() {
                None | Some("ASC") => false,
                Some("DESC") => true,
                Some(_) => return None,
            };
            words
                .next()
                .is_none()
                .then(|| (name.to_string(), descending))
        })
        .collect()
}

fn sort_key(person: &Person, field: &str) -> String {
    match field {
        "firstName" => person.first_name.clone(),
        "lastName" => person.last_name.clone().unwrap_or_default(),
        _ => person.id.clone(),
    }
}

impl PeopleApi for People {
    async fn list_people(
        &self,
        credentials: BasicCredentials,
        params: ListPeopleQuery,
    ) -> ListPeopleResponse {
        let state = self.state.read().await;
        if Self::login(&state, &credentials).is_none() {
            return ListPeopleResponse::Unauthorized;
        }
        if params.skip_count < 0 || params.max_items < 1 {
            return ListPeopleResponse::BadRequest;
        }
        let Some(order) = order_by(params.order_by.as_deref().unwrap_or_default()) else {
            return ListPeopleResponse::BadRequest;
        };
        let mut accounts: Vec<&Account> = state.accounts.values().collect();
        accounts.sort_by(|a, b| {
            order
                .iter()
                .map(|(field, descending)| {
                    let ordering = sort_key(&a.person, field).cmp(&sort_key(&b.person, field));
                    if *descending {
                        ordering.reverse()
                    } else {
                        ordering
                    }
                })
                .find(|ordering| ordering.is_ne())
                .unwrap_or_else(|| a.person.id.cmp(&b.person.id))
        });
        let total = accounts.len() as i64;
        let include = params.include.clone().unwrap_or_default();
        let entries: Vec<PersonEntry> = accounts
            .into_iter()
            .skip(usize::try_from(params.skip_count).unwrap_or(usize::MAX))
            .take(usize::try_from(params.max_items).unwrap_or(usize::MAX))
            .map(|account| Self::entry(account, Some(&include), params.fields.as_deref()))
            .collect();
        let count = entries.len() as i64;
        ListPeopleResponse::Ok(PersonPaging {
            list: Some(PersonPagingList {
                pagination: Some(Pagination {
                    count: Some(count),
                    has_more_items: Some(params.skip_count.saturating_add(count) < total),
                    total_items: Some(total),
                    skip_count: Some(params.skip_count),
                    max_items: Some(params.max_items),
                }),
                entries: Some(entries),
            }),
        })
    }

    async fn create_person(
        &self,
        credentials: BasicCredentials,
        params: CreatePersonQuery,
        body: PersonBodyCreate,
    ) -> CreatePersonResponse {
        let mut state = self.state.write().await;
        let Some((_, admin)) = Self::login(&state, &credentials) else {
            return CreatePersonResponse::Unauthorized;
        };
        if !admin {
            return CreatePersonResponse::Forbidden;
        }
        if body.id.trim().is_empty() || body.id.len() > MAX_ID_LEN || body.id == "-me-" {
            return CreatePersonResponse::BadRequest;
        }
        if body.first_name.trim().is_empty() || !body.email.contains('@') {
            return CreatePersonResponse::UnprocessableEntity;
        }
        if state.accounts.contains_key(&body.id) {
            return CreatePersonResponse::Conflict;
        }
        let display_name = match &body.last_name {
            Some(last) => format!("{} {last}", body.first_name),
            None => body.first_name.clone(),
        };
        let person = Person {
            id: body.id.clone(),
            first_name: body.first_name,
            last_name: body.last_name,
            display_name: Some(display_name),
            description: body.description,
            email: body.email,
            skype_id: body.skype_id,
            google_id: body.google_id,
            instant_message_id: body.instant_message_id,
            job_title: body.job_title,
            location: body.location,
            company: body.company,
            mobile: body.mobile,
            telephone: body.telephone,
            user_status: body.user_status,
            enabled: body.enabled.unwrap_or(true),
            email_notifications_enabled: Some(body.email_notifications_enabled.unwrap_or(true)),
            aspect_names: Some(body.aspect_names.unwrap_or_default()),
            properties: Some(body.properties.unwrap_or_default()),
            avatar_id: None,
            status_updated_at: None,
            capabilities: None,
        };
        let account = Account {
            person,
            password: body.password,
            admin: false,
            avatar: None,
        };
        let entry = Self::entry(&account, None, params.fields.as_deref());
        state.accounts.insert(body.id, account);
        CreatePersonResponse::Created(entry)
    }

    async fn get_person(
        &self,
        credentials: BasicCredentials,
        person_id: String,
        params: GetPersonQuery,
    ) -> GetPersonResponse {
        let state = self.state.read().await;
        let Some((me, _)) = Self::login(&state, &credentials) else {
            return GetPersonResponse::Unauthorized;
        };
        if person_id.len() > MAX_ID_LEN {
            let body = error(400, "Invalid parameter: personId is not a valid format");
            return GetPersonResponse::Default {
                status: StatusCode::BAD_REQUEST,
                body,
            };
        }
        match state.accounts.get(&resolve(person_id, &me)) {
            Some(account) => {
                GetPersonResponse::Ok(Self::entry(account, None, params.fields.as_deref()))
            }
            None => GetPersonResponse::NotFound,
        }
    }

    async fn update_person(
        &self,
        credentials: BasicCredentials,
        person_id: String,
        params: UpdatePersonQuery,
        body: PersonBodyUpdate,
    ) -> UpdatePersonResponse {
        let mut state = self.state.write().await;
        let Some((me, admin)) = Self::login(&state, &credentials) else {
            return UpdatePersonResponse::Unauthorized;
        };
        if person_id.len() > MAX_ID_LEN {
            return UpdatePersonResponse::BadRequest;
        }
        let id = resolve(person_id, &me);
        let Some(account) = state.accounts.get_mut(&id) else {
            return UpdatePersonResponse::NotFound;
        };
        if !admin && id != me {
            return UpdatePersonResponse::Forbidden;
        }
        // Admins cannot be disabled; non-admins may not disable themselves.
        if body.enabled == Some(false) && (account.admin || id == me) {
            return UpdatePersonResponse::Forbidden;
        }
        if let Some(password) = &body.password {
            let old_ok = body.old_password.as_ref() == Some(&account.password);
            if password.is_empty() || (!admin && !old_ok) {
                return UpdatePersonResponse::BadRequest;
            }
            account.password = password.clone();
        }
        if body
            .first_name
            .as_deref()
            .is_some_and(|name| name.trim().is_empty())
            || body
                .email
                .as_deref()
                .is_some_and(|email| !email.contains('@'))
        {
            return UpdatePersonResponse::UnprocessableEntity;
        }
        let person = &mut account.person;
        macro_rules! set {
            ($($field:ident),*) => { $(if let Some(value) = body.$field { person.$field = Some(value); })* };
        }
        set!(
            last_name,
            description,
            skype_id,
            google_id,
            instant_message_id,
            job_title
        );
        set!(
            location,
            company,
            mobile,
            telephone,
            user_status,
            email_notifications_enabled
        );
        set!(aspect_names);
        if let Some(first_name) = body.first_name {
            person.first_name = first_name;
        }
        if let Some(email) = body.email {
            person.email = email;
        }
        if let Some(enabled) = body.enabled {
            person.enabled = enabled;
        }
        if let Some(user_status) = &person.user_status {
            if !user_status.is_empty() {
                person.status_updated_at = Some(Utc::now().trunc_subsecs(0).fixed_offset());
            }
        }
        if let Some(properties) = body.properties {
            let stored = person.properties.get_or_insert_with(Default::default);
            for (key, value) in properties {
                // A null value removes the property, as in Alfresco.
                if value.is_null() {
                    stored.remove(&key);
                } else {
                    stored.insert(key, value);
                }
            }
        }
        person.display_name = Some(match &person.last_name {
            Some(last) if !last.is_empty() => format!("{} {last}", person.first_name),
            _ => person.first_name.clone(),
        });
        UpdatePersonResponse::Ok(Self::entry(account, None, params.fields.as_deref()))
    }

    async fn get_avatar_image(
        &self,
        credentials: BasicCredentials,
        person_id: String,
        params: GetAvatarImageQuery,
        if_modified_since: Option<DateTime<Utc>>,
    ) -> GetAvatarImageResponse {
        let state = self.state.read().await;
        let Some((me, _)) = Self::login(&state, &credentials) else {
            return GetAvatarImageResponse::Unauthorized;
        };
        if person_id.len() > MAX_ID_LEN {
            return GetAvatarImageResponse::BadRequest;
        }
        let Some(account) = state.accounts.get(&resolve(person_id, &me)) else {
            return GetAvatarImageResponse::NotFound;
        };
        match &account.avatar {
            Some((_, modified)) if if_modified_since.is_some_and(|since| *modified <= since) => {
                GetAvatarImageResponse::NotModified
            }
            Some((bytes, _)) => GetAvatarImageResponse::Ok(bytes.clone()),
            None if params.placeholder => {
                GetAvatarImageResponse::Ok(Bytes::from_static(PLACEHOLDER_PNG))
            }
            None => GetAvatarImageResponse::NotFound,
        }
    }

    async fn update_avatar_image(
        &self,
        credentials: BasicCredentials,
        person_id: String,
        body: Bytes,
    ) -> UpdateAvatarImageResponse {
        let mut state = self.state.write().await;
        let Some((me, admin)) = Self::login(&state, &credentials) else {
            return UpdateAvatarImageResponse::Unauthorized;
        };
        if person_id.len() > MAX_ID_LEN || body.is_empty() {
            return UpdateAvatarImageResponse::BadRequest;
        }
        let id = resolve(person_id, &me);
        let Some(account) = state.accounts.get_mut(&id) else {
            return UpdateAvatarImageResponse::NotFound;
        };
        if !admin && id != me {
            return UpdateAvatarImageResponse::Forbidden;
        }
        if body.len() > MAX_AVATAR_BYTES {
            return UpdateAvatarImageResponse::PayloadTooLarge;
        }
        account.avatar = Some((body, Utc::now().trunc_subsecs(0)));
        UpdateAvatarImageResponse::Ok
    }

    async fn delete_avatar_image(
        &self,
        credentials: BasicCredentials,
        person_id: String,
    ) -> DeleteAvatarImageResponse {
        let mut state = self.state.write().await;
        let Some((me, admin)) = Self::login(&state, &credentials) else {
            return DeleteAvatarImageResponse::Unauthorized;
        };
        if person_id.len() > MAX_ID_LEN {
            let body = error(400, "Invalid parameter: personId is not a valid format");
            return DeleteAvatarImageResponse::Default {
                status: StatusCode::BAD_REQUEST,
                body,
            };
        }
        let id = resolve(person_id, &me);
        let Some(account) = state.accounts.get_mut(&id) else {
            return DeleteAvatarImageResponse::NotFound;
        };
        if !admin && id != me {
            return DeleteAvatarImageResponse::Forbidden;
        }
        match account.avatar.take() {
            Some(_) => DeleteAvatarImageResponse::NoContent,
            None => DeleteAvatarImageResponse::NotFound,
        }
    }

    /// The spec secures this operation globally, so the router insists on Basic credentials,
    /// but the product needs no authentication here: they are not checked.
    async fn request_password_reset(
        &self,
        _credentials: Option<BasicCredentials>,
        person_id: String,
        body: ClientBody,
    ) -> RequestPasswordResetResponse {
        if !RESET_CLIENTS.contains(&body.client.as_str()) {
            return RequestPasswordResetResponse::NotFound;
        }
        let mut state = self.state.write().await;
        // Accepted even for an unknown or disabled person, without starting a workflow.
        if state
            .accounts
            .get(&person_id)
            .is_some_and(|account| account.person.enabled)
        {
            let n = state.reset_requests.len() + 1;
            state.reset_requests.push(ResetRequest {
                person_id,
                client: body.client,
                id: format!("activiti${n}"),
                key: format!("4dad6d00-0daf-413a-b200-{n:012}"),
            });
        }
        RequestPasswordResetResponse::Accepted
    }

    /// Unauthenticated in the product, like [`Self::request_password_reset`].
    async fn reset_password(
        &self,
        _credentials: Option<BasicCredentials>,
        person_id: String,
        body: PasswordResetBody,
    ) -> ResetPasswordResponse {
        if body.password.is_empty() || body.id.is_empty() || body.key.is_empty() {
            return ResetPasswordResponse::BadRequest;
        }
        let mut state = self.state.write().await;
        let found = state.reset_requests.iter().position(|request| {
            request.person_id == person_id && request.id == body.id && request.key == body.key
        });
        // Accepted whether or not the workflow matches; only a match changes the password.
        if let Some(index) = found {
            state.reset_requests.remove(index);
            if let Some(account) = state.accounts.get_mut(&person_id) {
                account.password = body.password;
            }
        }
        ResetPasswordResponse::Accepted
    }
}
