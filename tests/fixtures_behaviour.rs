//! Behaviour of fixture crates where a construct does more than compile: each fixture's server is
//! started on 127.0.0.1 port 0 over a small implementation that records what it received, and is
//! driven by the fixture's own client (or by raw requests, for what the client would never send).

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use axum::Router;

/// Serves `app` on a fresh port of 127.0.0.1.
async fn serve(app: Router) -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    addr
}

/// What an implementation received, one line per call, in order.
#[derive(Clone, Default)]
struct Log(Arc<Mutex<Vec<String>>>);

impl Log {
    fn push(&self, line: impl Into<String>) {
        self.0.lock().unwrap().push(line.into());
    }

    fn take(&self) -> Vec<String> {
        std::mem::take(&mut *self.0.lock().unwrap())
    }
}

// ---------------------------------------------------------------------------------------------
// Security: alternatives, combinations, optional and global requirements

mod security {
    use fixture_security::server::{
        AlternativesResponse, ApiKey, BasicCredentials, BasicOrBearerCredentials, BearerToken,
        CombinationResponse, DefaultApi, DigestResponse, MixedResponse,
        OpenIdOrBasicAndHeaderKeyCredentials, OptionalResponse, PublicResponse, UsesGlobalResponse,
    };

    use super::Log;

    pub struct Recorder(pub Log);

    fn basic(credentials: &BasicCredentials) -> String {
        format!("basic {}:{}", credentials.username, credentials.password)
    }

    impl DefaultApi for Recorder {
        async fn uses_global(&self, credentials: ApiKey) -> UsesGlobalResponse {
            self.0.push(format!("uses_global key {}", credentials.0));
            UsesGlobalResponse::NoContent
        }

        async fn public(&self) -> PublicResponse {
            self.0.push("public");
            PublicResponse::NoContent
        }

        async fn alternatives(
            &self,
            credentials: BasicOrBearerCredentials,
        ) -> AlternativesResponse {
            let line = match &credentials {
                BasicOrBearerCredentials::Basic(credentials) => basic(credentials),
                BasicOrBearerCredentials::Bearer(BearerToken(token)) => format!("bearer {token}"),
            };
            self.0.push(format!("alternatives {line}"));
            AlternativesResponse::NoContent
        }

        async fn combination(&self, credentials: (ApiKey, ApiKey)) -> CombinationResponse {
            let (query, cookie) = credentials;
            self.0
                .push(format!("combination query {} cookie {}", query.0, cookie.0));
            CombinationResponse::NoContent
        }

        async fn optional(&self, credentials: Option<BearerToken>) -> OptionalResponse {
            let line = match credentials {
                Some(BearerToken(token)) => format!("optional bearer {token}"),
                None => "optional anonymous".to_string(),
            };
            self.0.push(line);
            OptionalResponse::NoContent
        }

        async fn mixed(&self, credentials: OpenIdOrBasicAndHeaderKeyCredentials) -> MixedResponse {
            let line = match &credentials {
                OpenIdOrBasicAndHeaderKeyCredentials::OpenId(BearerToken(token)) => {
                    format!("bearer {token}")
                }
                OpenIdOrBasicAndHeaderKeyCredentials::BasicAndHeaderKey((credentials, key)) => {
                    format!("{} and key {}", basic(credentials), key.0)
                }
            };
            self.0.push(format!("mixed {line}"));
            MixedResponse::NoContent
        }

        async fn digest(&self, credentials: ApiKey) -> DigestResponse {
            self.0.push(format!("digest {}", credentials.0));
            DigestResponse::NoContent
        }
    }
}

async fn security_start() -> (Log, SocketAddr) {
    let log = Log::default();
    let app = fixture_security::server::router(security::Recorder(log.clone()));
    (log, serve(app).await)
}

fn security_client(addr: SocketAddr) -> fixture_security::client::Client {
    fixture_security::client::Client::new(format!("http://{addr}")).unwrap()
}

#[tokio::test]
async fn security_alternatives_send_the_configured_scheme_and_the_server_accepts_either() {
    let (log, addr) = security_start().await;
    let with_basic = security_client(addr).with_basic_auth("ann", "pw");
    with_basic.default_api().alternatives().await.unwrap();
    let with_bearer = security_client(addr).with_bearer_token("t0k");
    with_bearer.default_api().alternatives().await.unwrap();
    assert_eq!(
        log.take(),
        ["alternatives basic ann:pw", "alternatives bearer t0k"]
    );
    // Neither scheme: refused before the implementation runs, with both challenges.
    let error = security_client(addr)
        .default_api()
        .alternatives()
        .await
        .unwrap_err();
    assert_eq!(error.status(), Some(401));
    let response = reqwest::get(format!("http://{addr}/alternatives"))
        .await
        .unwrap();
    assert_eq!(response.status(), 401);
    let challenges: Vec<_> = response
        .headers()
        .get_all("www-authenticate")
        .iter()
        .map(|value| value.to_str().unwrap().to_string())
        .collect();
    assert_eq!(challenges, ["Basic realm=\"Security\"", "Bearer"]);
    assert!(log.take().is_empty());
}

#[tokio::test]
async fn security_combination_needs_every_scheme_at_once() {
    let (log, addr) = security_start().await;
    // The client's one API key goes into both the query and the cookie.
    let client = security_client(addr).with_api_key("k1");
    client.default_api().combination().await.unwrap();
    assert_eq!(log.take(), ["combination query k1 cookie k1"]);
    // Only one of the two: refused.
    let http = reqwest::Client::new();
    let only_query = http
        .get(format!("http://{addr}/combination?api_key=k1"))
        .send()
        .await
        .unwrap();
    assert_eq!(only_query.status(), 401);
    let only_cookie = http
        .get(format!("http://{addr}/combination"))
        .header("cookie", "session=k1")
        .send()
        .await
        .unwrap();
    assert_eq!(only_cookie.status(), 401);
    let both = http
        .get(format!("http://{addr}/combination?api_key=q"))
        .header("cookie", "session=c")
        .send()
        .await
        .unwrap();
    assert_eq!(both.status(), 204);
    assert_eq!(log.take(), ["combination query q cookie c"]);
}

#[tokio::test]
async fn security_mixed_alternative_of_a_combination() {
    let (log, addr) = security_start().await;
    let both = security_client(addr)
        .with_basic_auth("ann", "pw")
        .with_api_key("k2");
    both.default_api().mixed().await.unwrap();
    let bearer = security_client(addr).with_bearer_token("oidc");
    bearer.default_api().mixed().await.unwrap();
    assert_eq!(
        log.take(),
        ["mixed basic ann:pw and key k2", "mixed bearer oidc"]
    );
    // Basic alone satisfies no alternative: the client sends nothing and the server refuses.
    let basic_only = security_client(addr).with_basic_auth("ann", "pw");
    let error = basic_only.default_api().mixed().await.unwrap_err();
    assert_eq!(error.status(), Some(401));
    assert!(log.take().is_empty());
}

#[tokio::test]
async fn security_optional_global_public_and_unknown_http_scheme() {
    let (log, addr) = security_start().await;
    let anonymous = security_client(addr);
    anonymous.default_api().optional().await.unwrap();
    anonymous.default_api().public().await.unwrap();
    let token = security_client(addr).with_bearer_token("t");
    token.default_api().optional().await.unwrap();
    // The global requirement (an API key header) applies where an operation says nothing.
    let error = anonymous.default_api().uses_global().await.unwrap_err();
    assert_eq!(error.status(), Some(401));
    let keyed = security_client(addr).with_api_key("g");
    keyed.default_api().uses_global().await.unwrap();
    // `security: []` sends no credentials even when some are configured.
    keyed.default_api().public().await.unwrap();
    // An unknown HTTP scheme: the API key is the whole `Authorization` value.
    let digest = security_client(addr).with_api_key("Digest username=\"ann\"");
    digest.default_api().digest().await.unwrap();
    assert_eq!(
        log.take(),
        [
            "optional anonymous",
            "public",
            "optional bearer t",
            "uses_global key g",
            "public",
            "digest Digest username=\"ann\"",
        ]
    );
}

// ---------------------------------------------------------------------------------------------
// Bodies: forms, text, several success statuses, status ranges, wildcard media types

mod bodies {
    use axum::http::StatusCode;
    use fixture_bodies::models::{
        CreateNoteBody, CreateNoteCreatedBody, CreateNoteCreatedHeaders, GetNoteOkHeaders, Note,
        NoteForm, Pending, Problem,
    };
    use fixture_bodies::server::{
        Accepted, CreateNoteResponse, DefaultApi, GetNoteResponse, PatchNoteResponse,
        PutTextResponse, SubmitFormResponse, UploadBlobResponse,
    };

    use super::Log;

    pub struct Notes(pub Log);

    impl DefaultApi for Notes {
        async fn create_note(
            &self,
            body: CreateNoteBody,
            accepted: Accepted,
        ) -> CreateNoteResponse {
            let body = match body {
                CreateNoteBody::Json(note) => note,
                CreateNoteBody::Text(text) => Note { text, id: None },
                CreateNoteBody::Xml(_) => Note {
                    text: String::new(),
                    id: None,
                },
            };
            if body.text.is_empty() {
                let problem = Problem {
                    title: Some("empty note".to_string()),
                    status: Some(422),
                    ..Default::default()
                };
                return CreateNoteResponse::Status4xx {
                    status: StatusCode::UNPROCESSABLE_ENTITY,
                    body: problem,
                };
            }
            let created = Note {
                id: Some(7),
                ..body
            };
            let body = match accepted.preferred(&["application/json", "text/plain"]) {
                Some("text/plain") => CreateNoteCreatedBody::Text(created.text),
                _ => CreateNoteCreatedBody::Json(created),
            };
            CreateNoteResponse::Created {
                body,
                headers: CreateNoteCreatedHeaders {
                    location: Some("/notes/7".to_string()),
                },
            }
        }

        async fn submit_form(&self, body: NoteForm) -> SubmitFormResponse {
            self.0.push(format!("{body:?}"));
            SubmitFormResponse::Status2xx {
                status: StatusCode::ACCEPTED,
                body,
            }
        }

        async fn put_text(&self, body: String) -> PutTextResponse {
            PutTextResponse::Ok(body.to_uppercase())
        }

        async fn get_note(&self, id: i64) -> GetNoteResponse {
            match id {
                1 => GetNoteResponse::Ok {
                    body: Note {
                        id: Some(1),
                        text: "one".to_string(),
                    },
                    headers: GetNoteOkHeaders {
                        e_tag: Some("\"1\"".to_string()),
                        x_rate_limit: Some(99),
                    },
                },
                2 => GetNoteResponse::Accepted(Pending {
                    retry_after: Some(5),
                }),
                3 => GetNoteResponse::NoContent,
                _ => GetNoteResponse::NotFound(Problem {
                    title: Some("no such note".to_string()),
                    ..Default::default()
                }),
            }
        }

        async fn patch_note(&self, id: i64, body: Option<Note>) -> PatchNoteResponse {
            let text = body.map(|note| note.text).unwrap_or_default();
            PatchNoteResponse::Ok(format!("{id}:{text}").into())
        }

        async fn upload_blob(&self, body: Option<bytes::Bytes>) -> UploadBlobResponse {
            UploadBlobResponse::Created(body.unwrap_or_default())
        }
    }
}

async fn bodies_client() -> (Log, fixture_bodies::client::DefaultApi) {
    let log = Log::default();
    let addr = serve(fixture_bodies::server::router(bodies::Notes(log.clone()))).await;
    let client = fixture_bodies::client::Client::new(format!("http://{addr}")).unwrap();
    (log, client.default_api())
}

#[tokio::test]
async fn bodies_form_urlencoded_round_trip() {
    let (log, api) = bodies_client().await;
    let form = fixture_bodies::models::NoteForm {
        title: "a b&c=d/ü".to_string(),
        pinned: Some(true),
        count: Some(3),
    };
    let echoed = api.submit_form(form.clone()).await.unwrap();
    assert_eq!(echoed, form);
    assert_eq!(log.take(), [format!("{form:?}")]);
}

#[tokio::test]
async fn bodies_several_success_statuses_and_ranges() {
    use fixture_bodies::client::{CreateNoteError, GetNoteError, GetNoteSuccess};
    let (_, api) = bodies_client().await;
    assert!(
        matches!(api.get_note(1).await.unwrap(), GetNoteSuccess::Ok(note) if note.text == "one")
    );
    assert!(matches!(
        api.get_note(2).await.unwrap(),
        GetNoteSuccess::Accepted(pending) if pending.retry_after == Some(5)
    ));
    assert!(matches!(
        api.get_note(3).await.unwrap(),
        GetNoteSuccess::NoContent
    ));
    let error = api.get_note(9).await.unwrap_err();
    assert!(matches!(
        error,
        fixture_bodies::client::Error::Api(GetNoteError::NotFound(ref problem))
            if problem.title.as_deref() == Some("no such note")
    ));
    // A `4XX` range keeps the actual status beside the body.
    let empty = fixture_bodies::models::Note {
        text: String::new(),
        id: None,
    };
    let error = api
        .create_note(fixture_bodies::models::CreateNoteBody::Json(empty))
        .await
        .unwrap_err();
    assert!(matches!(
        error,
        fixture_bodies::client::Error::Api(CreateNoteError::Status4xx { status: 422, ref body })
            if body.status == Some(422)
    ));
    let created = api
        .create_note_with_headers(fixture_bodies::models::CreateNoteBody::Json(
            fixture_bodies::models::Note {
                text: "hi".to_string(),
                id: None,
            },
        ))
        .await
        .unwrap();
    assert!(
        matches!(&created.body, fixture_bodies::models::CreateNoteCreatedBody::Json(note) if note.id == Some(7)),
        "{created:?}"
    );
    assert_eq!(created.headers.location.as_deref(), Some("/notes/7"));
}

#[tokio::test]
async fn bodies_text_wildcards_and_vendor_json() {
    let (_, api) = bodies_client().await;
    assert_eq!(api.put_text("shout".to_string()).await.unwrap(), "SHOUT");
    let bytes = api
        .upload_blob(Some(bytes::Bytes::from_static(b"\x00\xffraw")))
        .await
        .unwrap();
    assert_eq!(&bytes[..], b"\x00\xffraw");
    let patched = api
        .patch_note(
            4,
            Some(fixture_bodies::models::Note {
                text: "merge".to_string(),
                id: None,
            }),
        )
        .await
        .unwrap();
    assert_eq!(&patched[..], b"4:merge");
}

#[tokio::test]
async fn bodies_media_type_ranges_are_sent_as_concrete_types() {
    let log = Log::default();
    let addr = serve(fixture_bodies::server::router(bodies::Notes(log))).await;
    let http = reqwest::Client::new();
    let text = http
        .put(format!("http://{addr}/notes/text"))
        .header("content-type", "text/plain")
        .body("a")
        .send()
        .await
        .unwrap();
    assert_eq!(text.status(), 200);
    assert_eq!(text.headers()["content-type"], "text/plain");
    let blob = http
        .post(format!("http://{addr}/blobs"))
        .header("content-type", "image/png")
        .body(&b"png"[..])
        .send()
        .await
        .unwrap();
    assert_eq!(blob.status(), 201);
    assert_eq!(blob.bytes().await.unwrap(), &b"png"[..]);
    let patched = http
        .patch(format!("http://{addr}/notes/5"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        patched.headers()["content-type"],
        "application/octet-stream"
    );
}

// ---------------------------------------------------------------------------------------------
// Names: one name in three locations, non-ASCII paths, keyword parameters

mod names {
    use fixture_names::models::User;
    use fixture_names::server::{
        AdminUsersApi, Client2Response, ClientApi, GetUserQuery, GetUserResponse, New2Query,
        New2Response, PetsApi, PostUsersResponse, Router2Query, Router2Response,
        СписокПользователейResponse,
    };

    use super::Log;

    pub struct Names(pub Log);

    impl AdminUsersApi for Names {
        async fn post_users(&self, _body: User) -> PostUsersResponse {
            PostUsersResponse::Created
        }

        async fn get_user(
            &self,
            id: String,
            params: GetUserQuery,
            id3: Option<String>,
        ) -> GetUserResponse {
            self.0
                .push(format!("path {id} query {:?} header {id3:?}", params.id2));
            GetUserResponse::Ok(User::default())
        }
    }

    impl PetsApi for Names {
        async fn список_пользователей(
            &self,
        ) -> СписокПользователейResponse {
            self.0.push("список");
            СписокПользователейResponse::NoContent
        }
    }

    impl ClientApi for Names {
        async fn router2(
            &self,
            type_: String,
            params: Router2Query,
            match_: Option<String>,
            self3: Option<String>,
        ) -> Router2Response {
            self.0.push(format!(
                "type {type_} self {} crate {:?} async {:?} match {match_:?} Self {self3:?}",
                params.self2, params.crate_, params.async_
            ));
            Router2Response::NoContent
        }

        async fn client2(&self, _type: String) -> Client2Response {
            Client2Response::NoContent
        }

        #[allow(clippy::too_many_arguments)]
        async fn new2(
            &self,
            type_: String,
            params: New2Query,
            api2: String,
            cx2: String,
            params2: Option<String>,
            credentials2: Option<String>,
            challenges: Option<String>,
            body: Option<fixture_names::models::Error>,
        ) -> New2Response {
            self.0.push(format!(
                "{type_} api {api2} cx {cx2} request {:?} response {:?} body {:?} params {params2:?} credentials {credentials2:?} challenges {challenges:?} message {:?}",
                params.request2,
                params.response,
                params.body2,
                body.and_then(|error| error.message),
            ));
            New2Response::NoContent
        }
    }
}

#[tokio::test]
async fn names_same_parameter_name_in_three_locations_and_non_ascii_paths() {
    let log = Log::default();
    // Each tag's router serves on its own; one client per server.
    let client =
        |addr: SocketAddr| fixture_names::client::Client::new(format!("http://{addr}")).unwrap();
    let admin_users = serve(fixture_names::server::admin_users_router(names::Names(
        log.clone(),
    )));
    let admin_users = client(admin_users.await).admin_users();
    let pets = serve(fixture_names::server::pets_router(names::Names(
        log.clone(),
    )));
    let pets = client(pets.await).pets();
    let helpers = serve(fixture_names::server::client_router(names::Names(
        log.clone(),
    )));
    let helpers = client(helpers.await).client();
    let params = fixture_names::client::GetUserParams {
        id2: Some("in query".to_string()),
        id3: Some("in header".to_string()),
    };
    admin_users.get_user("in path", params).await.unwrap();
    pets.список_пользователей().await.unwrap();
    let params = fixture_names::client::Router2Params {
        crate_: Some("c".to_string()),
        async_: Some(2),
        match_: Some("m".to_string()),
        self3: Some("S".to_string()),
    };
    helpers.router2("t y", "s", params).await.unwrap();
    let params = fixture_names::client::New2Params {
        request2: Some("rq".to_string()),
        response: Some("rs".to_string()),
        body2: Some("b".to_string()),
        params2: Some("p".to_string()),
        credentials2: Some("cr".to_string()),
        challenges: Some("ch".to_string()),
    };
    let body = fixture_names::models::Error {
        message: Some("hello".to_string()),
    };
    helpers
        .new2("t", "a", "x", params, Some(body))
        .await
        .unwrap();
    assert_eq!(
        log.take(),
        [
            "path in path query Some(\"in query\") header Some(\"in header\")",
            "список",
            "type t y self s crate Some(\"c\") async Some(2) match Some(\"m\") Self Some(\"S\")",
            "t api a cx x request Some(\"rq\") response Some(\"rs\") body Some(\"b\") params Some(\"p\") credentials Some(\"cr\") challenges Some(\"ch\") message Some(\"hello\")",
        ]
    );
}

#[tokio::test]
async fn bodies_integers_beyond_i64_get_a_400() {
    // `count` is `type: integer` without a format: an `i64`. Beyond its range (or a fraction)
    // the router answers 400 problem+json and the implementation is not called.
    let log = Log::default();
    let addr = serve(fixture_bodies::server::router(bodies::Notes(log.clone()))).await;
    let http = reqwest::Client::new();
    for count in ["9223372036854775808", "-9223372036854775809", "1e30", "1.5"] {
        let reply = http
            .post(format!("http://{addr}/notes/form"))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(format!("title=t&count={count}"))
            .send()
            .await
            .unwrap();
        assert_eq!(reply.status(), 400, "count={count}");
        assert_eq!(
            reply.headers()["content-type"],
            "application/problem+json",
            "count={count}"
        );
        // The form decoder names the body, not the field; JSON bodies name the field
        // (`tests/server.rs`, `score.manual`).
        let problem: serde_json::Value = reply.json().await.unwrap();
        assert_eq!(problem["invalid_params"][0]["in"], "body", "{problem}");
    }
    assert!(
        log.take().is_empty(),
        "a bad count reached the implementation"
    );
    // The whole `i64` range is accepted.
    let reply = http
        .post(format!("http://{addr}/notes/form"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("title=t&count=9223372036854775807")
        .send()
        .await
        .unwrap();
    assert_eq!(reply.status(), 202);
    assert_eq!(log.take().len(), 1);
}
