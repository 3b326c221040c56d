//! Reading `multipart/form-data` request bodies on the server (axum's `multipart` feature).

use axum::extract::multipart::MultipartError;
use axum::extract::{FromRequest as _, Multipart};

use super::server::{multipart_problem, FormData, Incoming, Problem};
use super::values::FormPart;

/// Reads every part of a `multipart/form-data` body (within the router's body limit); `None`
/// when the request has no body.
pub async fn read_form(cx: Incoming, media_type: &str) -> Result<Option<FormData>, Problem> {
    let Some(request) = cx.multipart_request(media_type)? else {
        return Ok(None);
    };
    let problem = |error: MultipartError| multipart_problem(error.status(), error.body_text());
    let mut multipart = Multipart::from_request(request, &())
        .await
        .map_err(|rejection| multipart_problem(rejection.status(), rejection.body_text()))?;
    let mut form = FormData::default();
    while let Some(field) = multipart.next_field().await.map_err(problem)? {
        let name = field.name().unwrap_or_default().to_string();
        let file_name = field.file_name().map(str::to_string);
        let content_type = field.content_type().map(str::to_string);
        let data = field.bytes().await.map_err(problem)?;
        form.push(FormPart {
            name,
            file_name,
            content_type,
            data,
        });
    }
    Ok(Some(form))
}
