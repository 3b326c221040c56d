//! Round trips: each generated server, over its reference implementation (tests/reference), is
//! started on 127.0.0.1 port 0 and driven by the generated client over real HTTP through every
//! operation. Tests are named `<api>_<operation>[_<what>]`; the README section "Round trips"
//! maps each operation and status to its test.

use std::net::SocketAddr;

use api_tests::reference::{alfresco, docspace, pieces};
use axum::Router;
use bytes::Bytes;
use chrono::{Duration, Utc};
use futures_util::StreamExt as _;

/// Serves `app` on a fresh port of 127.0.0.1.
async fn serve(app: Router) -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    addr
}

/// A path parameter full of reserved, percent and non-ASCII characters.
const AWKWARD_ID: &str = "o'neil/ü ñ?x=1&y#z%20+é😀;,";

// ---------------------------------------------------------------------------------------------
// Alfresco people (HTTP Basic)

mod alf {
    pub use alfresco_core::client::Error;
    pub use alfresco_core::client::*;
    pub use alfresco_core::models::*;
}

/// The reference, its address and a client authenticated as `admin:admin`.
async fn alfresco_start() -> (alfresco::People, SocketAddr, alf::PeopleApi) {
    let people = alfresco::People::demo();
    let addr = serve(people.router()).await;
    let client = alfresco_client(addr, "admin", "admin");
    (people, addr, client)
}

fn alfresco_client(addr: SocketAddr, user: &str, password: &str) -> alf::PeopleApi {
    let base = format!("http://{addr}{}", alfresco_core::BASE_PATH);
    alf::Client::new(base)
        .unwrap()
        .with_basic_auth(user, password)
        .people()
}

fn new_person(id: &str) -> alf::PersonBodyCreate {
    alf::PersonBodyCreate {
        id: id.to_string(),
        first_name: "Jürgen".to_string(),
        last_name: Some("O'Neil".to_string()),
        email: "jurgen@example.com".to_string(),
        password: "s3cret".to_string(),
        properties: Some(
            serde_json::json!({ "my:property": "The value" })
                .as_object()
                .unwrap()
                .clone(),
        ),
        description: None,
        skype_id: None,
        google_id: None,
        instant_message_id: None,
        job_title: None,
        location: None,
        company: None,
        mobile: None,
        telephone: None,
        user_status: None,
        enabled: None,
        email_notifications_enabled: None,
        aspect_names: None,
    }
}

#[tokio::test]
async fn alfresco_list_people_paging_order_include_csv() {
    let (_, _, people) = alfresco_start().await;
    // 200, default paging: everyone, ascending id, without the include-only fields.
    let page = people.list_people(Default::default()).await.unwrap();
    let list = page.list.unwrap();
    let ids: Vec<_> = list
        .entries
        .unwrap()
        .into_iter()
        .map(|e| e.entry.id)
        .collect();
    assert_eq!(ids, ["abeecher", "admin", "mjackson"]);
    let pagination = list.pagination.unwrap();
    assert_eq!(
        (
            pagination.count,
            pagination.total_items,
            pagination.skip_count,
            pagination.max_items
        ),
        (Some(3), Some(3), Some(0), Some(100))
    );

    // skipCount/maxItems page through; orderBy and include are comma-separated lists that the
    // server must decode as lists (two fields each).
    let params = alf::ListPeopleParams {
        skip_count: Some(1),
        max_items: Some(1),
        order_by: Some(vec!["firstName DESC".to_string(), "id".to_string()]),
        include: Some(vec!["properties".to_string(), "aspectNames".to_string()]),
        ..Default::default()
    };
    let list = people.list_people(params).await.unwrap().list.unwrap();
    let entries = list.entries.unwrap();
    assert_eq!(entries.len(), 1);
    // firstName descending: Mike, Alice, Administrator: the second is Alice.
    let entry = &entries[0].entry;
    assert_eq!(entry.id, "abeecher");
    assert!(entry.properties.is_some() && entry.aspect_names.is_some());
    assert!(
        entry.capabilities.is_none(),
        "capabilities were not included"
    );
    let pagination = list.pagination.unwrap();
    assert_eq!(pagination.has_more_items, Some(true));
    assert_eq!(pagination.skip_count, Some(1));

    // 400: a field that cannot be sorted on, and maxItems below its minimum.
    let bad_order = alf::ListPeopleParams {
        order_by: Some(vec!["email".to_string()]),
        ..Default::default()
    };
    let error = people.list_people(bad_order).await.unwrap_err();
    assert!(
        matches!(error, alf::Error::Api(alf::ListPeopleError::BadRequest)),
        "{error:?}"
    );
    let zero = alf::ListPeopleParams {
        max_items: Some(0),
        ..Default::default()
    };
    let error = people.list_people(zero).await.unwrap_err();
    assert!(
        matches!(error, alf::Error::Api(alf::ListPeopleError::BadRequest)),
        "{error:?}"
    );
}

#[tokio::test]
async fn alfresco_basic_auth_accepted_and_refused_everywhere() {
    let (_, addr, _) = alfresco_start().await;
    for (user, password) in [("admin", "wrong"), ("nobody", "admin")] {
        let people = alfresco_client(addr, user, password);
        let unauthorized = |status: Option<u16>| assert_eq!(status, Some(401), "{user}:{password}");
        let error = people.list_people(Default::default()).await.unwrap_err();
        assert!(matches!(
            error,
            alf::Error::Api(alf::ListPeopleError::Unauthorized)
        ));
        let error = people
            .create_person(Default::default(), new_person("x"))
            .await
            .unwrap_err();
        assert!(matches!(
            error,
            alf::Error::Api(alf::CreatePersonError::Unauthorized)
        ));
        let error = people
            .get_person("admin", Default::default())
            .await
            .unwrap_err();
        assert!(matches!(
            error,
            alf::Error::Api(alf::GetPersonError::Unauthorized)
        ));
        unauthorized(error.status());
        let body = alf::PersonBodyUpdate::default();
        let error = people
            .update_person("admin", Default::default(), body)
            .await
            .unwrap_err();
        assert!(matches!(
            error,
            alf::Error::Api(alf::UpdatePersonError::Unauthorized)
        ));
        let error = people
            .get_avatar_image("admin", Default::default())
            .await
            .unwrap_err();
        assert!(matches!(
            error,
            alf::Error::Api(alf::GetAvatarImageError::Unauthorized)
        ));
        let error = people
            .update_avatar_image("admin", Bytes::from_static(b"x"))
            .await
            .unwrap_err();
        assert!(matches!(
            error,
            alf::Error::Api(alf::UpdateAvatarImageError::Unauthorized)
        ));
        let error = people.delete_avatar_image("admin").await.unwrap_err();
        assert!(matches!(
            error,
            alf::Error::Api(alf::DeleteAvatarImageError::Unauthorized)
        ));
        unauthorized(error.status());
    }
    // The demo credentials are accepted.
    let people = alfresco_client(addr, "admin", "admin");
    let me = people.get_person("-me-", Default::default()).await.unwrap();
    assert_eq!(me.entry.id, "admin");
    assert_eq!(me.entry.capabilities.unwrap().is_admin, Some(true));
}

#[tokio::test]
async fn alfresco_create_person() {
    let (reference, addr, people) = alfresco_start().await;
    // 201, with custom properties; the stored account can log in.
    let created = people
        .create_person(Default::default(), new_person("jurgen"))
        .await
        .unwrap();
    assert_eq!(created.entry.id, "jurgen");
    assert_eq!(created.entry.display_name.as_deref(), Some("Jürgen O'Neil"));
    assert_eq!(
        created.entry.properties.unwrap()["my:property"],
        "The value"
    );
    assert!(created.entry.enabled);
    assert_eq!(
        reference.state.read().await.accounts["jurgen"].password,
        "s3cret"
    );
    let jurgen = alfresco_client(addr, "jurgen", "s3cret");
    assert_eq!(
        jurgen
            .get_person("-me-", Default::default())
            .await
            .unwrap()
            .entry
            .id,
        "jurgen"
    );

    // 409: the id exists.
    let error = people
        .create_person(Default::default(), new_person("jurgen"))
        .await
        .unwrap_err();
    assert!(
        matches!(error, alf::Error::Api(alf::CreatePersonError::Conflict)),
        "{error:?}"
    );
    assert_eq!(error.status(), Some(409));
    // 403: not an admin.
    let error = jurgen
        .create_person(Default::default(), new_person("other"))
        .await
        .unwrap_err();
    assert!(
        matches!(error, alf::Error::Api(alf::CreatePersonError::Forbidden)),
        "{error:?}"
    );
    // 400: an empty id; 422: an email that is not one.
    let error = people
        .create_person(Default::default(), new_person(" "))
        .await
        .unwrap_err();
    assert!(
        matches!(error, alf::Error::Api(alf::CreatePersonError::BadRequest)),
        "{error:?}"
    );
    let mut bad_email = new_person("bad-email");
    bad_email.email = "nowhere".to_string();
    let error = people
        .create_person(Default::default(), bad_email)
        .await
        .unwrap_err();
    assert!(
        matches!(
            error,
            alf::Error::Api(alf::CreatePersonError::UnprocessableEntity)
        ),
        "{error:?}"
    );
    assert!(!reference
        .state
        .read()
        .await
        .accounts
        .contains_key("bad-email"));
}

#[tokio::test]
async fn alfresco_get_person_reserved_unicode_id_404_and_default() {
    let (reference, _, people) = alfresco_start().await;
    // A path parameter with reserved and non-ASCII characters arrives unchanged.
    people
        .create_person(Default::default(), new_person(AWKWARD_ID))
        .await
        .unwrap();
    assert!(reference
        .state
        .read()
        .await
        .accounts
        .contains_key(AWKWARD_ID));
    let found = people
        .get_person(AWKWARD_ID, Default::default())
        .await
        .unwrap();
    assert_eq!(found.entry.id, AWKWARD_ID);

    // 404.
    let error = people
        .get_person("nobody", Default::default())
        .await
        .unwrap_err();
    assert!(
        matches!(error, alf::Error::Api(alf::GetPersonError::NotFound)),
        "{error:?}"
    );

    // The `default` response: an undocumented status with the Alfresco error body, decoded.
    let long = "x".repeat(alfresco::MAX_ID_LEN + 1);
    let error = people
        .get_person(&long, Default::default())
        .await
        .unwrap_err();
    let alf::Error::Api(alf::GetPersonError::Default { status, body }) = error else {
        panic!("expected the default response, got {error:?}")
    };
    assert_eq!(status, 400);
    assert_eq!(body.error.status_code, 400);
    assert!(body.error.brief_summary.contains("personId"), "{body:?}");
}

#[tokio::test]
async fn alfresco_update_person() {
    let (_, addr, people) = alfresco_start().await;
    // 200: fields change, properties merge, `-me-` is the caller.
    let update = alf::PersonBodyUpdate {
        first_name: Some("Alicia".to_string()),
        job_title: Some("Engineer".to_string()),
        properties: Some(
            serde_json::json!({ "my:team": "core" })
                .as_object()
                .unwrap()
                .clone(),
        ),
        ..Default::default()
    };
    let updated = people
        .update_person("abeecher", Default::default(), update)
        .await
        .unwrap();
    assert_eq!(updated.entry.first_name, "Alicia");
    assert_eq!(
        updated.entry.display_name.as_deref(),
        Some("Alicia Beecher")
    );
    assert_eq!(updated.entry.job_title.as_deref(), Some("Engineer"));
    assert_eq!(updated.entry.properties.unwrap()["my:team"], "core");

    let alice = alfresco_client(addr, "abeecher", "secret");
    let own = alf::PersonBodyUpdate {
        location: Some("Maidenhead".to_string()),
        ..Default::default()
    };
    let updated = alice
        .update_person("-me-", Default::default(), own)
        .await
        .unwrap();
    assert_eq!(
        (updated.entry.id.as_str(), updated.entry.location.as_deref()),
        ("abeecher", Some("Maidenhead"))
    );

    // 403: someone else's details; 400: a password change without the old one.
    let other = alf::PersonBodyUpdate {
        first_name: Some("M".to_string()),
        ..Default::default()
    };
    let error = alice
        .update_person("mjackson", Default::default(), other)
        .await
        .unwrap_err();
    assert!(
        matches!(error, alf::Error::Api(alf::UpdatePersonError::Forbidden)),
        "{error:?}"
    );
    let password = alf::PersonBodyUpdate {
        password: Some("new".to_string()),
        ..Default::default()
    };
    let error = alice
        .update_person("-me-", Default::default(), password)
        .await
        .unwrap_err();
    assert!(
        matches!(error, alf::Error::Api(alf::UpdatePersonError::BadRequest)),
        "{error:?}"
    );
    // 404 and 422.
    let error = people
        .update_person("nobody", Default::default(), Default::default())
        .await
        .unwrap_err();
    assert!(
        matches!(error, alf::Error::Api(alf::UpdatePersonError::NotFound)),
        "{error:?}"
    );
    let empty = alf::PersonBodyUpdate {
        first_name: Some(String::new()),
        ..Default::default()
    };
    let error = people
        .update_person("abeecher", Default::default(), empty)
        .await
        .unwrap_err();
    assert!(
        matches!(
            error,
            alf::Error::Api(alf::UpdatePersonError::UnprocessableEntity)
        ),
        "{error:?}"
    );
}

#[tokio::test]
async fn alfresco_avatar_upload_download_304_delete() {
    let (reference, addr, people) = alfresco_start().await;
    // Every byte value, 64 KiB: the upload and the download are byte-exact.
    let image: Bytes = (0..64 * 1024)
        .map(|i| (i % 256) as u8)
        .collect::<Vec<_>>()
        .into();
    people
        .update_avatar_image("abeecher", image.clone())
        .await
        .unwrap();
    assert_eq!(
        reference.state.read().await.accounts["abeecher"]
            .avatar
            .as_ref()
            .unwrap()
            .0,
        image
    );
    let got = people
        .get_avatar_image("abeecher", Default::default())
        .await
        .unwrap();
    let alf::GetAvatarImageSuccess::Ok(bytes) = got else {
        panic!("{got:?}")
    };
    assert_eq!(bytes, image);

    // If-Modified-Since: 304 when not modified since, 200 when it was.
    let later = alf::GetAvatarImageParams {
        if_modified_since: Some(Utc::now() + Duration::hours(1)),
        ..Default::default()
    };
    let got = people.get_avatar_image("abeecher", later).await.unwrap();
    assert!(
        matches!(got, alf::GetAvatarImageSuccess::NotModified),
        "{got:?}"
    );
    let earlier = alf::GetAvatarImageParams {
        if_modified_since: Some(Utc::now() - Duration::hours(1)),
        ..Default::default()
    };
    let got = people.get_avatar_image("abeecher", earlier).await.unwrap();
    assert!(
        matches!(got, alf::GetAvatarImageSuccess::Ok(ref bytes) if *bytes == image),
        "{got:?}"
    );

    // No avatar: the placeholder, or 404 when none is wanted.
    let got = people
        .get_avatar_image("mjackson", Default::default())
        .await
        .unwrap();
    assert!(
        matches!(got, alf::GetAvatarImageSuccess::Ok(ref bytes) if bytes == alfresco::PLACEHOLDER_PNG)
    );
    let none = alf::GetAvatarImageParams {
        placeholder: Some(false),
        ..Default::default()
    };
    let error = people.get_avatar_image("mjackson", none).await.unwrap_err();
    assert!(
        matches!(error, alf::Error::Api(alf::GetAvatarImageError::NotFound)),
        "{error:?}"
    );
    // 400: an id of an invalid format; 404: an unknown person.
    let long = "x".repeat(alfresco::MAX_ID_LEN + 1);
    let error = people
        .get_avatar_image(&long, Default::default())
        .await
        .unwrap_err();
    assert!(
        matches!(error, alf::Error::Api(alf::GetAvatarImageError::BadRequest)),
        "{error:?}"
    );
    let error = people
        .get_avatar_image("nobody", Default::default())
        .await
        .unwrap_err();
    assert!(
        matches!(error, alf::Error::Api(alf::GetAvatarImageError::NotFound)),
        "{error:?}"
    );

    // Update errors: 400 empty, 403 someone else's, 404 unknown, 413 too large.
    let error = people
        .update_avatar_image("abeecher", Bytes::new())
        .await
        .unwrap_err();
    assert!(
        matches!(
            error,
            alf::Error::Api(alf::UpdateAvatarImageError::BadRequest)
        ),
        "{error:?}"
    );
    let alice = alfresco_client(addr, "abeecher", "secret");
    let error = alice
        .update_avatar_image("mjackson", image.clone())
        .await
        .unwrap_err();
    assert!(
        matches!(
            error,
            alf::Error::Api(alf::UpdateAvatarImageError::Forbidden)
        ),
        "{error:?}"
    );
    let error = people
        .update_avatar_image("nobody", image.clone())
        .await
        .unwrap_err();
    assert!(
        matches!(
            error,
            alf::Error::Api(alf::UpdateAvatarImageError::NotFound)
        ),
        "{error:?}"
    );
    let huge = Bytes::from(vec![7u8; alfresco::MAX_AVATAR_BYTES + 1]);
    let error = people
        .update_avatar_image("abeecher", huge)
        .await
        .unwrap_err();
    assert!(
        matches!(
            error,
            alf::Error::Api(alf::UpdateAvatarImageError::PayloadTooLarge)
        ),
        "{error:?}"
    );

    // Delete: 403 for someone else's, 204, then 404 as there is none left; the default response
    // for an id of an invalid format.
    let error = alice.delete_avatar_image("mjackson").await.unwrap_err();
    assert!(
        matches!(
            error,
            alf::Error::Api(alf::DeleteAvatarImageError::Forbidden)
        ),
        "{error:?}"
    );
    alice.delete_avatar_image("-me-").await.unwrap();
    assert!(reference.state.read().await.accounts["abeecher"]
        .avatar
        .is_none());
    let error = people.delete_avatar_image("abeecher").await.unwrap_err();
    assert!(
        matches!(
            error,
            alf::Error::Api(alf::DeleteAvatarImageError::NotFound)
        ),
        "{error:?}"
    );
    let error = people.delete_avatar_image(&long).await.unwrap_err();
    assert!(
        matches!(error, alf::Error::Api(alf::DeleteAvatarImageError::Default { status: 400, ref body }) if body.error.status_code == 400),
        "{error:?}"
    );
}

#[tokio::test]
async fn alfresco_password_reset_flow() {
    let (reference, addr, people) = alfresco_start().await;
    // 202 and a workflow started for a registered client.
    let share = alf::ClientBody {
        client: "share".to_string(),
    };
    people
        .request_password_reset("abeecher", share.clone())
        .await
        .unwrap();
    let request = reference.state.read().await.reset_requests[0].clone();
    assert_eq!(
        (request.person_id.as_str(), request.client.as_str()),
        ("abeecher", "share")
    );
    // 202 even for an unknown person, without a workflow.
    people
        .request_password_reset("nobody", share)
        .await
        .unwrap();
    assert_eq!(reference.state.read().await.reset_requests.len(), 1);
    // 404: the client is not registered.
    let unknown = alf::ClientBody {
        client: "myClient".to_string(),
    };
    let error = people
        .request_password_reset("abeecher", unknown)
        .await
        .unwrap_err();
    assert!(
        matches!(
            error,
            alf::Error::Api(alf::RequestPasswordResetError::NotFound)
        ),
        "{error:?}"
    );
    assert_eq!(error.status(), Some(404));

    // 400: a missing value.
    let empty = alf::PasswordResetBody {
        password: String::new(),
        id: request.id.clone(),
        key: request.key.clone(),
    };
    let error = people.reset_password("abeecher", empty).await.unwrap_err();
    assert!(
        matches!(error, alf::Error::Api(alf::ResetPasswordError::BadRequest)),
        "{error:?}"
    );
    // 202 with the workflow's id and key: the new password logs in, the old one no longer.
    let reset = alf::PasswordResetBody {
        password: "n3w".to_string(),
        id: request.id,
        key: request.key,
    };
    people.reset_password("abeecher", reset).await.unwrap();
    let alice = alfresco_client(addr, "abeecher", "n3w");
    assert_eq!(
        alice
            .get_person("-me-", Default::default())
            .await
            .unwrap()
            .entry
            .id,
        "abeecher"
    );
    let old = alfresco_client(addr, "abeecher", "secret");
    assert_eq!(
        old.get_person("-me-", Default::default())
            .await
            .unwrap_err()
            .status(),
        Some(401)
    );
}

// ---------------------------------------------------------------------------------------------
// DocSpace photos (API key cookie)

mod doc {
    pub use docspace::client::Error;
    pub use docspace::client::*;
    pub use docspace::models::*;
}

async fn docspace_start(key: &str) -> (docspace::Photos, SocketAddr, doc::PeoplePhotosApi) {
    let photos = docspace::Photos::demo();
    let addr = serve(photos.router()).await;
    (photos, addr, docspace_client(addr, key))
}

fn docspace_client(addr: SocketAddr, key: &str) -> doc::PeoplePhotosApi {
    let base = format!("http://{addr}{}", ::docspace::BASE_PATH);
    doc::Client::new(base)
        .unwrap()
        .with_api_key(key)
        .people_photos()
}

#[tokio::test]
async fn docspace_api_key_accepted_and_refused_everywhere() {
    let (_, addr, photos) = docspace_start("wrong-key").await;
    let user = docspace::USER;
    let error = photos.get_member_photo(user).await.unwrap_err();
    assert!(
        matches!(
            error,
            doc::Error::Api(doc::GetMemberPhotoError::Unauthorized)
        ),
        "{error:?}"
    );
    let error = photos.update_member_photo(user, None).await.unwrap_err();
    assert!(
        matches!(
            error,
            doc::Error::Api(doc::UpdateMemberPhotoError::Unauthorized)
        ),
        "{error:?}"
    );
    let error = photos.upload_member_photo(user, None).await.unwrap_err();
    assert!(
        matches!(
            error,
            doc::Error::Api(doc::UploadMemberPhotoError::Unauthorized)
        ),
        "{error:?}"
    );
    let error = photos.delete_member_photo(user).await.unwrap_err();
    assert!(
        matches!(
            error,
            doc::Error::Api(doc::DeleteMemberPhotoError::Unauthorized)
        ),
        "{error:?}"
    );
    let error = photos
        .create_member_photo_thumbnails(user, None)
        .await
        .unwrap_err();
    assert!(matches!(
        error,
        doc::Error::Api(doc::CreateMemberPhotoThumbnailsError::Unauthorized)
    ));
    // Without any key the router refuses before the implementation runs.
    let base = format!("http://{addr}{}", ::docspace::BASE_PATH);
    let anonymous = doc::Client::new(base).unwrap().people_photos();
    assert_eq!(
        anonymous.get_member_photo(user).await.unwrap_err().status(),
        Some(401)
    );
    // The demo key is accepted.
    let photos = docspace_client(addr, docspace::DEMO_KEY);
    assert!(photos.get_member_photo(user).await.is_ok());
}

#[tokio::test]
async fn docspace_get_member_photo() {
    let (reference, _, photos) = docspace_start(docspace::DEMO_KEY).await;
    // 200: the default photo for every size.
    let got = photos.get_member_photo(docspace::USER).await.unwrap();
    let thumbnails = got.response.unwrap();
    assert!(thumbnails
        .original
        .as_deref()
        .unwrap()
        .contains("default_user_photo"));
    assert_eq!(thumbnails.small, thumbnails.original);
    assert_eq!(got.status_code, Some(200));
    // A user id with reserved and non-ASCII characters arrives unchanged.
    reference.add_user(AWKWARD_ID).await;
    let got = photos.get_member_photo(AWKWARD_ID).await.unwrap();
    let href = got.links.unwrap()[0].href.clone().unwrap();
    assert_eq!(href, format!("/api/2.0/people/{AWKWARD_ID}/photo"));
    // 404.
    let error = photos.get_member_photo("nobody").await.unwrap_err();
    assert!(
        matches!(error, doc::Error::Api(doc::GetMemberPhotoError::NotFound)),
        "{error:?}"
    );
}

#[tokio::test]
async fn docspace_upload_member_photo_multipart() {
    let (reference, _, photos) = docspace_start(docspace::DEMO_KEY).await;
    let form = vec![
        doc::KeyValuePairStringStringValues {
            key: Some("Autosave".to_string()),
            value: Some(vec!["true".to_string()]),
        },
        doc::KeyValuePairStringStringValues {
            key: Some("fïle näme; \"q\"".to_string()),
            value: Some(vec![
                "a,b".to_string(),
                "line\r\nbreak".to_string(),
                "😀".to_string(),
            ]),
        },
        doc::KeyValuePairStringStringValues {
            key: None,
            value: Some(vec![]),
        },
    ];
    let upload = doc::UploadMemberPhotoForm {
        form_collection: Some(form.clone()),
    };
    // 200: the multipart form arrives intact and is stored.
    let result = photos
        .upload_member_photo(docspace::USER, Some(upload.clone()))
        .await
        .unwrap();
    let response = result.response.unwrap();
    assert_eq!(response.success, Some(true), "{response:?}");
    assert_eq!(
        response.data.unwrap()["keys"],
        serde_json::json!(["Autosave", "fïle näme; \"q\""])
    );
    let stored = reference.state.read().await.users[docspace::USER].clone();
    assert_eq!(stored.uploaded.as_ref(), Some(&form));
    let got = photos
        .get_member_photo(docspace::USER)
        .await
        .unwrap()
        .response
        .unwrap();
    assert_eq!(got.original, stored.original);
    assert!(got.original.unwrap().contains(docspace::USER));

    // 200 with success false: an unknown user (no 404 is documented), no form.
    let result = photos
        .upload_member_photo("nobody", Some(upload))
        .await
        .unwrap()
        .response
        .unwrap();
    assert_eq!(
        (result.success, result.message.as_deref()),
        (Some(false), Some("User not found"))
    );
    let result = photos
        .upload_member_photo(docspace::USER, None)
        .await
        .unwrap()
        .response
        .unwrap();
    assert_eq!(result.success, Some(false));
}

#[tokio::test]
async fn docspace_update_member_photo() {
    let (reference, _, photos) = docspace_start(docspace::DEMO_KEY).await;
    let url = "https://example.com/photos/ü.png?size=big&x=1";
    let body = doc::UpdatePhotoMemberRequest {
        files: Some(url.to_string()),
    };
    // 200: the photo is the given URL.
    let got = photos
        .update_member_photo(docspace::USER, Some(body.clone()))
        .await
        .unwrap();
    assert_eq!(got.response.unwrap().original.as_deref(), Some(url));
    assert_eq!(
        reference.state.read().await.users[docspace::USER]
            .original
            .as_deref(),
        Some(url)
    );
    // 403: the owner's photo; 404: an unknown user.
    let error = photos
        .update_member_photo(docspace::OWNER, Some(body.clone()))
        .await
        .unwrap_err();
    assert!(
        matches!(
            error,
            doc::Error::Api(doc::UpdateMemberPhotoError::Forbidden)
        ),
        "{error:?}"
    );
    let error = photos
        .update_member_photo("nobody", Some(body))
        .await
        .unwrap_err();
    assert!(
        matches!(
            error,
            doc::Error::Api(doc::UpdateMemberPhotoError::NotFound)
        ),
        "{error:?}"
    );
}

#[tokio::test]
async fn docspace_create_member_photo_thumbnails() {
    let (reference, _, photos) = docspace_start(docspace::DEMO_KEY).await;
    let crop = doc::ThumbnailsRequest {
        tmp_file: Some("/storage/temp/upload.png".to_string()),
        x: Some(10),
        y: Some(-20),
        width: Some(200),
        height: Some(150),
    };
    // 200: thumbnails cut from the temporary file at the requested crop.
    let got = photos
        .create_member_photo_thumbnails(docspace::USER, Some(crop.clone()))
        .await
        .unwrap();
    let thumbnails = got.response.unwrap();
    assert_eq!(
        thumbnails.original.as_deref(),
        Some("/storage/temp/upload.png")
    );
    assert!(thumbnails
        .small
        .unwrap()
        .ends_with("&x=10&y=-20&w=200&h=150"));
    assert_eq!(
        reference.state.read().await.users[docspace::USER]
            .crop
            .as_ref(),
        Some(&crop)
    );
    // 403 and 404.
    let error = photos
        .create_member_photo_thumbnails(docspace::OWNER, Some(crop.clone()))
        .await
        .unwrap_err();
    assert!(
        matches!(
            error,
            doc::Error::Api(doc::CreateMemberPhotoThumbnailsError::Forbidden)
        ),
        "{error:?}"
    );
    let error = photos
        .create_member_photo_thumbnails("nobody", None)
        .await
        .unwrap_err();
    assert!(
        matches!(
            error,
            doc::Error::Api(doc::CreateMemberPhotoThumbnailsError::NotFound)
        ),
        "{error:?}"
    );
}

#[tokio::test]
async fn docspace_delete_member_photo() {
    let (reference, _, photos) = docspace_start(docspace::DEMO_KEY).await;
    let body = doc::UpdatePhotoMemberRequest {
        files: Some("https://example.com/a.png".to_string()),
    };
    photos
        .update_member_photo(docspace::USER, Some(body))
        .await
        .unwrap();
    // 200: back to the default photo.
    let got = photos.delete_member_photo(docspace::USER).await.unwrap();
    assert!(got
        .response
        .unwrap()
        .original
        .unwrap()
        .contains("default_user_photo"));
    assert_eq!(
        reference.state.read().await.users[docspace::USER],
        docspace::Photo::default()
    );
    // 403 and 404.
    let error = photos
        .delete_member_photo(docspace::OWNER)
        .await
        .unwrap_err();
    assert!(
        matches!(
            error,
            doc::Error::Api(doc::DeleteMemberPhotoError::Forbidden)
        ),
        "{error:?}"
    );
    let error = photos.delete_member_photo("nobody").await.unwrap_err();
    assert!(
        matches!(
            error,
            doc::Error::Api(doc::DeleteMemberPhotoError::NotFound)
        ),
        "{error:?}"
    );
}

// ---------------------------------------------------------------------------------------------
// Pieces OS persons and user (OAuth2 bearer on select_user)

mod pcs {
    pub use pieces_os::client::Error;
    pub use pieces_os::client::*;
    pub use pieces_os::models::*;
}

async fn pieces_start() -> (pieces::Pieces, SocketAddr, pcs::Client) {
    let reference = pieces::Pieces::demo();
    let addr = serve(reference.router()).await;
    (
        reference,
        addr,
        pieces_client(addr, Some(pieces::DEMO_TOKEN)),
    )
}

fn pieces_client(addr: SocketAddr, token: Option<&str>) -> pcs::Client {
    let base = format!("http://{addr}{}", ::pieces_os::BASE_PATH);
    let client = pcs::Client::new(base).unwrap();
    match token {
        Some(token) => client.with_bearer_token(token),
        None => client,
    }
}

fn internal_error<E: std::fmt::Debug>(error: &pcs::Error<E>) -> String {
    format!("{error:?}")
}

#[tokio::test]
async fn pieces_person_snapshot_and_text_plain_500() {
    let (_, _, client) = pieces_start().await;
    let person = client.person();
    // 200.
    let params = pcs::PersonSnapshotParams {
        transferables: Some(true),
    };
    let snapshot = person
        .person_snapshot(pieces::DEMO_PERSON, params)
        .await
        .unwrap();
    assert_eq!(snapshot.id, pieces::DEMO_PERSON);
    assert_eq!(snapshot.type_.basic.unwrap().name.as_deref(), Some("Ada"));
    // 500 with a text/plain body, decoded as the typed error's text.
    let error = person
        .person_snapshot("nobody", Default::default())
        .await
        .unwrap_err();
    let pcs::Error::Api(pcs::PersonSnapshotError::InternalServerError(text)) = &error else {
        panic!("{}", internal_error(&error))
    };
    assert_eq!(text, "Person not found");
    assert_eq!(error.status(), Some(500));
}

#[tokio::test]
async fn pieces_update_person_reserved_unicode_id() {
    let (reference, _, client) = pieces_start().await;
    let person = client.person();
    // 200: an upsert; the id, full of reserved and non-ASCII characters, then works as a path
    // parameter.
    let new = pieces::person(AWKWARD_ID, "Grace");
    let updated = person
        .update_person(Default::default(), Some(new.clone()))
        .await
        .unwrap();
    assert_eq!(updated.id, AWKWARD_ID);
    assert!(updated.updated.value >= new.updated.value);
    assert!(reference
        .state
        .read()
        .await
        .persons
        .contains_key(AWKWARD_ID));
    let snapshot = person
        .person_snapshot(AWKWARD_ID, Default::default())
        .await
        .unwrap();
    assert_eq!(snapshot.type_.basic.unwrap().name.as_deref(), Some("Grace"));
    // No body: nothing to update, the demo person comes back (the operation documents no error).
    let unchanged = person
        .update_person(Default::default(), None)
        .await
        .unwrap();
    assert_eq!(unchanged.id, pieces::DEMO_PERSON);
}

#[tokio::test]
async fn pieces_person_scores_increment() {
    let (reference, _, client) = pieces_start().await;
    let person = client.person();
    let seeded = pcs::SeededScore {
        reuse: Some(true),
        searched: Some(true),
        ..Default::default()
    };
    let increment = pcs::SeededScoreIncrement {
        person: Some(seeded),
        ..Default::default()
    };
    // 204, twice: the scores count up.
    person
        .person_scores_increment(pieces::DEMO_PERSON, Some(increment.clone()))
        .await
        .unwrap();
    person
        .person_scores_increment(pieces::DEMO_PERSON, Some(increment.clone()))
        .await
        .unwrap();
    let score = reference.state.read().await.persons[pieces::DEMO_PERSON]
        .score
        .clone()
        .unwrap();
    assert_eq!(
        (score.reuse, score.searched, score.update, score.automatic),
        (Some(2), Some(2), None, 2)
    );
    let snapshot = person
        .person_snapshot(pieces::DEMO_PERSON, Default::default())
        .await
        .unwrap();
    assert_eq!(snapshot.score.unwrap().reuse, Some(2));
    // 500: an unknown person, and no increment.
    let error = person
        .person_scores_increment("nobody", Some(increment))
        .await
        .unwrap_err();
    assert!(
        matches!(&error, pcs::Error::Api(pcs::PersonScoresIncrementError::InternalServerError(text)) if text == "Person not found"),
        "{error:?}"
    );
    let error = person
        .person_scores_increment(pieces::DEMO_PERSON, None)
        .await
        .unwrap_err();
    assert!(
        matches!(
            error,
            pcs::Error::Api(pcs::PersonScoresIncrementError::InternalServerError(_))
        ),
        "{error:?}"
    );
}

#[tokio::test]
async fn pieces_person_workstream_summary_associations() {
    let (reference, _, client) = pieces_start().await;
    let person = client.person();
    let summary = "ws/2024 ü?#";
    // 204: associated (once, even if asked twice), with a reserved-character path parameter.
    person
        .person_associate_workstream_summary(pieces::DEMO_PERSON, summary)
        .await
        .unwrap();
    person
        .person_associate_workstream_summary(pieces::DEMO_PERSON, summary)
        .await
        .unwrap();
    let snapshot = person
        .person_snapshot(pieces::DEMO_PERSON, Default::default())
        .await
        .unwrap();
    let ids: Vec<_> = snapshot
        .summaries
        .unwrap()
        .iterable
        .into_iter()
        .map(|s| s.id)
        .collect();
    assert_eq!(ids, [summary]);
    // 500: unknown person.
    let error = person
        .person_associate_workstream_summary("nobody", summary)
        .await
        .unwrap_err();
    assert!(
        matches!(
            error,
            pcs::Error::Api(pcs::PersonAssociateWorkstreamSummaryError::InternalServerError(_))
        ),
        "{error:?}"
    );
    // 204: disassociated; 500: no longer associated.
    person
        .person_disassociate_workstream_summary(pieces::DEMO_PERSON, summary)
        .await
        .unwrap();
    let stored = reference.state.read().await.persons[pieces::DEMO_PERSON]
        .summaries
        .clone()
        .unwrap();
    assert!(stored.iterable.is_empty());
    let error = person
        .person_disassociate_workstream_summary(pieces::DEMO_PERSON, summary)
        .await
        .unwrap_err();
    assert!(
        matches!(&error, pcs::Error::Api(pcs::PersonDisassociateWorkstreamSummaryError::InternalServerError(text)) if text.contains("not associated")),
        "{error:?}"
    );
}

#[tokio::test]
async fn pieces_user_snapshot_clear_refresh() {
    let (reference, _, client) = pieces_start().await;
    let user = client.user();
    // 200: the selected demo user.
    let snapshot = user.user_snapshot().await.unwrap();
    assert_eq!(snapshot.user.unwrap().id, pieces::DEMO_USER);
    let refreshed = user.refresh_user().await.unwrap();
    assert_eq!(refreshed.id, pieces::DEMO_USER);
    // 204: cleared; the snapshot has no user and refreshing is a 500.
    user.clear_user().await.unwrap();
    assert!(reference.state.read().await.user.is_none());
    assert!(user.user_snapshot().await.unwrap().user.is_none());
    let error = user.refresh_user().await.unwrap_err();
    assert!(
        matches!(&error, pcs::Error::Api(pcs::RefreshUserError::InternalServerError(text)) if text == "No user is signed in"),
        "{error:?}"
    );
}

#[tokio::test]
async fn pieces_select_user_bearer_accepted_and_refused() {
    let (reference, addr, client) = pieces_start().await;
    let auth0 = pcs::Auth0User {
        user_id: Some("auth0|abc".to_string()),
        name: Some("Grace Hopper".to_string()),
        email: Some("grace@example.com".to_string()),
        ..Default::default()
    };
    // 200 with the demo token.
    let selected = client
        .user()
        .select_user(Some(auth0.clone()))
        .await
        .unwrap();
    assert_eq!(
        (selected.id.as_str(), selected.email.as_deref()),
        ("auth0|abc", Some("grace@example.com"))
    );
    assert_eq!(
        reference.state.read().await.user.as_ref().unwrap().id,
        "auth0|abc"
    );
    // A wrong token and no token: 401, which the operation does not document.
    for token in [Some("stolen"), None] {
        let error = pieces_client(addr, token)
            .user()
            .select_user(Some(auth0.clone()))
            .await
            .unwrap_err();
        assert!(
            matches!(&error, pcs::Error::UnexpectedStatus(response) if response.status == 401),
            "{error:?}"
        );
    }
    // Operations the spec leaves unsecured need no token.
    assert!(pieces_client(addr, None)
        .user()
        .user_snapshot()
        .await
        .is_ok());
}

#[tokio::test]
async fn pieces_update_user() {
    let (reference, _, client) = pieces_start().await;
    let mut profile = pieces::profile(pieces::DEMO_USER, "Renamed");
    profile.aesthetics.theme.dark = true;
    // 200: stored as the current user.
    let updated = client
        .user()
        .update_user(Some(profile.clone()))
        .await
        .unwrap();
    assert_eq!(updated.name.as_deref(), Some("Renamed"));
    assert!(updated.aesthetics.theme.dark);
    assert_eq!(
        reference
            .state
            .read()
            .await
            .user
            .as_ref()
            .unwrap()
            .name
            .as_deref(),
        Some("Renamed")
    );
    // No body: the current user, unchanged.
    let unchanged = client.user().update_user(None).await.unwrap();
    assert_eq!(unchanged.name.as_deref(), Some("Renamed"));
}

#[tokio::test]
async fn pieces_user_beta_status() {
    let (_, _, client) = pieces_start().await;
    let user = client.user();
    let status = pcs::UserBetaStatus {
        user: pieces::DEMO_USER.to_string(),
        schema: None,
        auth0: None,
    };
    // 200: applied for the current user.
    let applied = user.user_beta_status(Some(status.clone())).await.unwrap();
    assert_eq!(applied.user, pieces::DEMO_USER);
    // 500: another user.
    let other = pcs::UserBetaStatus {
        user: "auth0|other".to_string(),
        schema: None,
        auth0: None,
    };
    let error = user.user_beta_status(Some(other)).await.unwrap_err();
    assert!(
        matches!(&error, pcs::Error::Api(pcs::UserBetaStatusError::InternalServerError(text)) if text == "Unknown user"),
        "{error:?}"
    );
    // 511: nobody is signed in.
    user.clear_user().await.unwrap();
    let error = user.user_beta_status(Some(status)).await.unwrap_err();
    assert!(
        matches!(
            error,
            pcs::Error::Api(pcs::UserBetaStatusError::NetworkAuthenticationRequired(_))
        ),
        "{error:?}"
    );
    assert_eq!(error.status(), Some(511));
}

#[tokio::test]
async fn pieces_user_providers() {
    let (_, _, client) = pieces_start().await;
    let user = client.user();
    // 501 locally (no cloud allocation).
    let error = user.user_providers().await.unwrap_err();
    assert!(
        matches!(&error, pcs::Error::Api(pcs::UserProvidersError::NotImplemented(text)) if text == "Not implemented locally"),
        "{error:?}"
    );
    // 200 once the user is allocated in the cloud.
    let mut profile = pieces::profile(pieces::DEMO_USER, "Demo");
    let url = |url: &str| serde_json::json!({ "status": "RUNNING", "url": url });
    profile.allocation = Some(
        serde_json::from_value(serde_json::json!({
            "id": "alloc-1", "user": pieces::DEMO_USER, "project": "pieces",
            "urls": { "base": url("https://demo.pieces.cloud"), "id": url("https://1.pieces.cloud") },
            "status": { "cloud": "SUCCEEDED" },
        }))
        .unwrap(),
    );
    user.update_user(Some(profile)).await.unwrap();
    let providers = user.user_providers().await.unwrap();
    assert_eq!(providers.user.unwrap().allocation.unwrap().id, "alloc-1");
    // 500: nobody is signed in.
    user.clear_user().await.unwrap();
    let error = user.user_providers().await.unwrap_err();
    assert!(
        matches!(
            error,
            pcs::Error::Api(pcs::UserProvidersError::InternalServerError(_))
        ),
        "{error:?}"
    );
}

#[tokio::test]
async fn pieces_user_update_vanity() {
    let (reference, _, client) = pieces_start().await;
    let user = client.user();
    let with_vanity = |id: &str, vanity: &str| {
        let mut profile = pieces::profile(id, "Demo");
        profile.vanityname = Some(vanity.to_string());
        profile
    };
    // 200.
    let updated = user
        .user_update_vanity(Some(with_vanity(pieces::DEMO_USER, "ada-l")))
        .await
        .unwrap();
    assert_eq!(updated.vanityname.as_deref(), Some("ada-l"));
    assert!(reference
        .state
        .read()
        .await
        .taken_vanity_names
        .contains("ada-l"));
    // 409: taken by someone else.
    let error = user
        .user_update_vanity(Some(with_vanity(pieces::DEMO_USER, "mark")))
        .await
        .unwrap_err();
    assert!(
        matches!(&error, pcs::Error::Api(pcs::UserUpdateVanityError::Conflict(text)) if text.contains("taken")),
        "{error:?}"
    );
    assert_eq!(error.status(), Some(409));
    // 404: not the current user's record; 500: no usable name.
    let error = user
        .user_update_vanity(Some(with_vanity("auth0|other", "grace")))
        .await
        .unwrap_err();
    assert!(
        matches!(
            error,
            pcs::Error::Api(pcs::UserUpdateVanityError::NotFound(_))
        ),
        "{error:?}"
    );
    let error = user
        .user_update_vanity(Some(with_vanity(pieces::DEMO_USER, "not a name!")))
        .await
        .unwrap_err();
    assert!(
        matches!(
            error,
            pcs::Error::Api(pcs::UserUpdateVanityError::InternalServerError(_))
        ),
        "{error:?}"
    );
    // 511: nobody is signed in.
    user.clear_user().await.unwrap();
    let error = user
        .user_update_vanity(Some(with_vanity(pieces::DEMO_USER, "x")))
        .await
        .unwrap_err();
    assert!(
        matches!(
            error,
            pcs::Error::Api(pcs::UserUpdateVanityError::NetworkAuthenticationRequired(_))
        ),
        "{error:?}"
    );
}

#[tokio::test]
async fn pieces_stream_user_delivers_updates_in_order_then_ends() {
    let (reference, _, client) = pieces_start().await;
    let user = client.user();
    let stream = user.stream_user().await.unwrap();
    let mut stream = Box::pin(stream);

    // Updated, selected, updated again, vanity changed: four pushes, in order.
    let names = ["First", "Second"];
    user.update_user(Some(pieces::profile(pieces::DEMO_USER, names[0])))
        .await
        .unwrap();
    let auth0 = pcs::Auth0User {
        user_id: Some("auth0|sel".to_string()),
        name: Some("Selected".to_string()),
        ..Default::default()
    };
    user.select_user(Some(auth0)).await.unwrap();
    user.update_user(Some(pieces::profile("auth0|sel", names[1])))
        .await
        .unwrap();
    let mut vanity = pieces::profile("auth0|sel", names[1]);
    vanity.vanityname = Some("seconds".to_string());
    user.user_update_vanity(Some(vanity)).await.unwrap();

    let mut received = Vec::new();
    for _ in 0..4 {
        let next = tokio::time::timeout(std::time::Duration::from_secs(5), stream.next()).await;
        let profile = next
            .expect("a message in time")
            .expect("the stream is open")
            .unwrap();
        received.push((
            profile.id,
            profile.name.unwrap_or_default(),
            profile.vanityname,
        ));
    }
    assert_eq!(
        received,
        [
            (pieces::DEMO_USER.to_string(), "First".to_string(), None),
            ("auth0|sel".to_string(), "Selected".to_string(), None),
            ("auth0|sel".to_string(), "Second".to_string(), None),
            (
                "auth0|sel".to_string(),
                "Second".to_string(),
                Some("seconds".to_string())
            ),
        ]
    );

    // The server closes: the stream ends.
    reference.close_streams();
    let end = tokio::time::timeout(std::time::Duration::from_secs(5), stream.next()).await;
    assert!(end.expect("the stream ends in time").is_none());
}

// ---------------------------------------------------------------------------------------------
// A multipart body whose schema does not name the parts (tests/fixtures/multipart-parts.yaml)

mod parts {
    pub use fixture_multipart_parts::client::*;
    pub use fixture_multipart_parts::models::*;
    pub use fixture_multipart_parts::server::{
        router, TranslateApi as Translate, TranslateFileResponse,
    };
    pub use fixture_multipart_parts::FormPart;
}

/// Answers with one line per part received: name, file name, content type, data.
struct EchoParts;

impl parts::Translate for EchoParts {
    async fn translate_file(&self, body: parts::TranslateFileForm) -> parts::TranslateFileResponse {
        let lines = body
            .parts
            .iter()
            .map(|part| {
                format!(
                    "{} {:?} {:?} {}",
                    part.name,
                    part.file_name,
                    part.content_type,
                    String::from_utf8_lossy(&part.data)
                )
            })
            .collect();
        parts::TranslateFileResponse::Ok(lines)
    }
}

#[tokio::test]
async fn multipart_parts_named_by_the_caller_arrive_intact() {
    let addr = serve(parts::router(EchoParts)).await;
    let client = parts::Client::new(format!("http://{addr}"))
        .unwrap()
        .translate();
    let body = parts::TranslateFileForm {
        parts: vec![
            parts::FormPart::file(
                "file",
                "notes \"v2\".txt",
                Bytes::from_static(b"Hello, world\r\n--x"),
            ),
            parts::FormPart::text("source", "en"),
            parts::FormPart::text("target", "es"),
            parts::FormPart {
                name: "meta".to_string(),
                file_name: None,
                content_type: Some("application/json".to_string()),
                data: Bytes::from_static(br#"{"a":1}"#),
            },
        ],
    };
    let lines = client.translate_file(body).await.unwrap();
    // reqwest writes the quotes of the file name escaped (`\"`) and axum reads them back: the
    // name arrives as sent.
    assert_eq!(
        lines,
        [
            "file Some(\"notes \\\"v2\\\".txt\") Some(\"application/octet-stream\") Hello, world\r\n--x",
            "source None Some(\"text/plain; charset=utf-8\") en",
            "target None Some(\"text/plain; charset=utf-8\") es",
            "meta None Some(\"application/json\") {\"a\":1}",
        ]
    );
}
