//! ONLYOFFICE DocSpace user photos, in memory.
//!
//! Every call needs the `asc_auth_key` cookie `demo-key` (401 otherwise). Users are known by id;
//! an unknown id gives 404, except on upload, which documents no 404 and, as DocSpace does,
//! answers 200 with `success: false` and a message. The portal owner's photo may be read but not
//! changed (403). Uploads store the multipart `formCollection` as received; the photo URLs are
//! derived from the user id and, for thumbnails, from the requested crop.

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::Router;
use docspace::models::{
    ActiveConnectionsWrapperLinksInner, FileUploadResultDto, FileUploadResultWrapper,
    KeyValuePairStringStringValues, ThumbnailsDataDto, ThumbnailsDataWrapper, ThumbnailsRequest,
    UpdatePhotoMemberRequest, UploadMemberPhotoForm,
};
use docspace::server::*;
use tokio::sync::RwLock;

/// The API key the demo portal accepts.
pub const DEMO_KEY: &str = "demo-key";

/// The portal owner, whose photo only the owner may change.
pub const OWNER: &str = "66faa6e4-f133-11ea-b126-00ffeec8b4ef";

/// A regular user of the demo portal.
pub const USER: &str = "5a2d9b1c-0e7f-4c3a-9d21-3b8f6e4c2a10";

/// One user's photo.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Photo {
    /// The original image URL, `None` for the default avatar.
    pub original: Option<String>,
    /// The last multipart upload, as received.
    pub uploaded: Option<Vec<KeyValuePairStringStringValues>>,
    /// The last thumbnail crop.
    pub crop: Option<ThumbnailsRequest>,
}

#[derive(Debug, Default)]
pub struct State {
    pub users: BTreeMap<String, Photo>,
}

/// The reference implementation of [`PeoplePhotosApi`].
#[derive(Debug, Clone, Default)]
pub struct Photos {
    pub state: Arc<RwLock<State>>,
}

const DEFAULT_PHOTO: &str = "/static/images/default_user_photo_size_82-82.png";

fn wrap(response: ThumbnailsDataDto, userid: &str) -> ThumbnailsDataWrapper {
    ThumbnailsDataWrapper {
        response: Some(response),
        count: Some(1),
        links: Some(vec![ActiveConnectionsWrapperLinksInner {
            href: Some(format!("/api/2.0/people/{userid}/photo")),
            action: Some("GET".to_string()),
        }]),
        status: Some(0),
        status_code: Some(200),
    }
}

fn thumbnails(userid: &str, photo: &Photo) -> ThumbnailsDataDto {
    let Some(original) = &photo.original else {
        let default = Some(DEFAULT_PHOTO.to_string());
        return ThumbnailsDataDto {
            original: default.clone(),
            retina: default.clone(),
            max: default.clone(),
            big: default.clone(),
            medium: default.clone(),
            small: default,
        };
    };
    let crop = photo.crop.as_ref().map_or(String::new(), |crop| {
        format!(
            "&x={}&y={}&w={}&h={}",
            crop.x.unwrap_or(0),
            crop.y.unwrap_or(0),
            crop.width.unwrap_or(0),
            crop.height.unwrap_or(0)
        )
    });
    let size = |name: &str, px: u32| {
        Some(format!(
            "/storage/userPhotos/root/{userid}_size_{px}-{px}.png?kind={name}{crop}"
        ))
    };
    ThumbnailsDataDto {
        original: Some(original.clone()),
        retina: size("retina", 360),
        max: size("max", 200),
        big: size("big", 100),
        medium: size("medium", 48),
        small: size("small", 32),
    }
}

impl Photos {
    /// The demo portal: the owner and one user, both with the default photo.
    pub fn demo() -> Self {
        let mut state = State::default();
        state.users.insert(OWNER.to_string(), Photo::default());
        state.users.insert(USER.to_string(), Photo::default());
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

    /// Adds a user with the default photo.
    pub async fn add_user(&self, userid: &str) {
        self.state
            .write()
            .await
            .users
            .entry(userid.to_string())
            .or_default();
    }
}

fn authorized(key: &ApiKey) -> bool {
    key.0 == DEMO_KEY
}

impl PeoplePhotosApi for Photos {
    async fn get_member_photo(
        &self,
        credentials: ApiKey,
        userid: String,
    ) -> GetMemberPhotoResponse {
        if !authorized(&credentials) {
            return GetMemberPhotoResponse::Unauthorized;
        }
        match self.state.read().await.users.get(&userid) {
            Some(photo) => GetMemberPhotoResponse::Ok(wrap(thumbnails(&userid, photo), &userid)),
            None => GetMemberPhotoResponse::NotFound,
        }
    }

    async fn update_member_photo(
        &self,
        credentials: ApiKey,
        userid: String,
        body: Option<UpdatePhotoMemberRequest>,
    ) -> UpdateMemberPhotoResponse {
        if !authorized(&credentials) {
            return UpdateMemberPhotoResponse::Unauthorized;
        }
        let mut state = self.state.write().await;
        let Some(photo) = state.users.get_mut(&userid) else {
            return UpdateMemberPhotoResponse::NotFound;
        };
        if userid == OWNER {
            return UpdateMemberPhotoResponse::Forbidden;
        }
        // No URL (or an empty one) keeps the current photo.
        if let Some(url) = body
            .and_then(|body| body.files)
            .filter(|url| !url.is_empty())
        {
            photo.original = Some(url);
            photo.crop = None;
        }
        UpdateMemberPhotoResponse::Ok(wrap(thumbnails(&userid, photo), &userid))
    }

    async fn upload_member_photo(
        &self,
        credentials: ApiKey,
        userid: String,
        body: Option<UploadMemberPhotoForm>,
    ) -> UploadMemberPhotoResponse {
        if !authorized(&credentials) {
            return UploadMemberPhotoResponse::Unauthorized;
        }
        let mut state = self.state.write().await;
        let result = |success: bool, data: Option<serde_json::Value>, message: Option<&str>| {
            UploadMemberPhotoResponse::Ok(FileUploadResultWrapper {
                response: Some(FileUploadResultDto {
                    success: Some(success),
                    data,
                    message: message.map(str::to_string),
                }),
                count: Some(1),
                links: Some(Vec::new()),
                status: Some(0),
                status_code: Some(200),
            })
        };
        let Some(photo) = state.users.get_mut(&userid) else {
            return result(false, None, Some("User not found"));
        };
        if userid == OWNER {
            return result(false, None, Some("Access denied"));
        }
        let form = body
            .and_then(|form| form.form_collection)
            .unwrap_or_default();
        if form.is_empty() {
            return result(false, None, Some("No file was sent"));
        }
        let url = format!("/storage/userPhotos/temp/{userid}_orig.png");
        photo.original = Some(url.clone());
        photo.uploaded = Some(form.clone());
        photo.crop = None;
        let keys: Vec<_> = form.iter().filter_map(|pair| pair.key.clone()).collect();
        result(
            true,
            Some(serde_json::json!({ "url": url, "keys": keys })),
            None,
        )
    }

    async fn delete_member_photo(
        &self,
        credentials: ApiKey,
        userid: String,
    ) -> DeleteMemberPhotoResponse {
        if !authorized(&credentials) {
            return DeleteMemberPhotoResponse::Unauthorized;
        }
        let mut state = self.state.write().await;
        let Some(photo) = state.users.get_mut(&userid) else {
            return DeleteMemberPhotoResponse::NotFound;
        };
        if userid == OWNER {
            return DeleteMemberPhotoResponse::Forbidden;
        }
        *photo = Photo::default();
        DeleteMemberPhotoResponse::Ok(wrap(thumbnails(&userid, photo), &userid))
    }

    async fn create_member_photo_thumbnails(
        &self,
        credentials: ApiKey,
        userid: String,
        body: Option<ThumbnailsRequest>,
    ) -> CreateMemberPhotoThumbnailsResponse {
        if !authorized(&credentials) {
            return CreateMemberPhotoThumbnailsResponse::Unauthorized;
        }
        let mut state = self.state.write().await;
        let Some(photo) = state.users.get_mut(&userid) else {
            return CreateMemberPhotoThumbnailsResponse::NotFound;
        };
        if userid == OWNER {
            return CreateMemberPhotoThumbnailsResponse::Forbidden;
        }
        if let Some(request) = body {
            if let Some(tmp_file) = request.tmp_file.clone().filter(|file| !file.is_empty()) {
                photo.original = Some(tmp_file);
            }
            photo.crop = Some(request);
        }
        CreateMemberPhotoThumbnailsResponse::Ok(wrap(thumbnails(&userid, photo), &userid))
    }
}
