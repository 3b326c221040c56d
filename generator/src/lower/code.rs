//! The small pieces of code the client and server templates print whole: match arms and enum
//! variants of responses, the `take` of a read value, the server's credential reads. Each is
//! decided once here, from typed IR, so that templates hold no nested conditions. Spec text
//! inside them (media types, realms, key names) is written as an escaped Rust literal.

use crate::escape::rust_string;
use crate::ir::{self, BodyKind, Status};

/// `http::StatusCode`'s constant for a standard code (`StatusCode::NOT_FOUND`), or the runtime's
/// conversion for any other (`rt::status(299)`).
pub(super) fn status_code(code: u16) -> String {
    // 425 (`TOO_EARLY`) is left out: older `http` 1.x releases lack the constant.
    match super::operations::reason(code).filter(|_| code != 425) {
        Some(reason) => format!(
            "StatusCode::{}",
            reason.to_ascii_uppercase().replace(' ', "_")
        ),
        None => format!("rt::status({code})"),
    }
}

/// What the server does with a `Found` value: `.required()?`, `.or(default)` or `.optional()`.
pub(super) fn take(required: bool, default: Option<&str>) -> String {
    match (required, default) {
        (true, _) => ".required()?".to_string(),
        (false, Some(default)) => format!(".or({default})"),
        (false, None) => ".optional()".to_string(),
    }
}

/// The pieces of one response: the variant of the client's success or error enum, the client's
/// match arm value, the variant of the server's response enum and its `IntoResponse` arm.
pub(super) struct ResponseCode {
    pub client_variant: String,
    pub client_arm: String,
    /// The client arm calls the runtime's `api_error`, which `client.rs` then imports.
    pub calls_api_error: bool,
    pub client_status_arm: String,
    pub server_variant: String,
    pub server_arm: String,
}

/// The enum types a response's variant belongs to.
pub(super) struct Enums<'a> {
    pub success: Option<&'a str>,
    pub error: &'a str,
}

pub(super) fn response(
    status: Status,
    variant: &str,
    is_success: bool,
    body: Option<&ir::ResponseBody>,
    headers: Option<&str>,
    enums: &Enums,
) -> ResponseCode {
    let exact = status.code();
    let decode = body.map(|body| {
        format!(
            "response.{}({})",
            body.kind.as_str(),
            rust_string(&body.media_type)
        )
    });
    // Error bodies of JSON are boxed: the client's `Result`s stay small.
    let client_ty = body.map(|body| match (is_success, body.kind) {
        (false, BodyKind::Json) => format!("Box<{}>", body.ty),
        _ => body.ty.clone(),
    });
    let client_variant = match (exact, &client_ty) {
        (None, Some(ty)) => format!("{variant} {{ status: u16, body: {ty} }}"),
        (None, None) => format!("{variant} {{ status: u16 }}"),
        (Some(_), Some(ty)) => format!("{variant}({ty})"),
        (Some(_), None) => variant.to_string(),
    };
    let value = |enum_name: &str| match (exact, &decode) {
        (None, Some(decode)) => {
            format!("{enum_name}::{variant} {{ status: response.status(), body: {decode}? }}")
        }
        (None, None) => format!("{enum_name}::{variant} {{ status: response.status() }}"),
        (Some(_), Some(decode)) => format!("{enum_name}::{variant}({decode}?)"),
        (Some(_), None) => format!("{enum_name}::{variant}"),
    };
    // One short call where prettyplease would break the nested constructors over ten lines; the
    // commonest body, `application/json`, has a method of its own.
    let plain_json = exact.is_some()
        && body.is_some_and(|body| {
            body.kind == BodyKind::Json && body.media_type == "application/json"
        });
    let calls_api_error = !is_success && exact.is_some() && decode.is_some() && !plain_json;
    let client_arm = match (is_success, enums.success, &decode) {
        (false, _, Some(_)) if plain_json => {
            format!("response.json_error({}::{variant})", enums.error)
        }
        (false, _, Some(decode)) if calls_api_error => {
            format!("api_error({decode}, {}::{variant})", enums.error)
        }
        (false, _, _) => format!("Err(Error::Api({}))", value(enums.error)),
        (true, Some(success), Some(_)) if plain_json => {
            format!("response.json_ok({success}::{variant})")
        }
        (true, Some(success), _) => format!("Ok({})", value(success)),
        (true, None, Some(decode)) => decode.clone(),
        (true, None, None) => "Ok(())".to_string(),
    };
    let client_status_arm = match (exact, body) {
        (None, _) => format!("Self::{variant} {{ status, .. }} => *status"),
        (Some(code), Some(_)) => format!("Self::{variant}(_) => {code}"),
        (Some(code), None) => format!("Self::{variant} => {code}"),
    };

    let mut fields = Vec::new();
    let mut bindings = Vec::new();
    if exact.is_none() {
        fields.push("status: StatusCode".to_string());
        bindings.push("status");
    }
    if let Some(body) = body {
        fields.push(format!("body: {}", body.ty));
        bindings.push("body");
    }
    if let Some(headers) = headers {
        fields.push(format!("headers: models::{headers}"));
        bindings.push("headers");
    }
    let (server_variant, pattern) = match (exact.is_none() || headers.is_some(), body) {
        (true, _) => (
            format!("{variant} {{ {} }}", fields.join(", ")),
            format!("Self::{variant} {{ {} }}", bindings.join(", ")),
        ),
        (false, Some(body)) => (
            format!("{variant}({})", body.ty),
            format!("Self::{variant}(body)"),
        ),
        (false, None) => (variant.to_string(), format!("Self::{variant}")),
    };
    let status_value = match exact {
        Some(code) => status_code(code),
        None => "status".to_string(),
    };
    let reply = match body {
        Some(body) if body.kind == BodyKind::Choice => format!("body.reply({status_value})"),
        Some(body) => format!(
            "rt::reply_{}({status_value}, {}, body)",
            body.kind.as_str(),
            rust_string(&body.media_type)
        ),
        None => format!("rt::reply_empty({status_value})"),
    };
    let reply = match headers {
        Some(headers) => format!("rt::with_headers({reply}, &headers, models::{headers}::write)"),
        None => reply,
    };
    ResponseCode {
        client_variant,
        client_arm,
        calls_api_error,
        client_status_arm,
        server_variant,
        server_arm: format!("{pattern} => {reply}"),
    }
}

impl ir::Response {
    /// Sets the pieces of code [`response`] decides, once the operation's enums are known;
    /// returns whether the client's arm calls the runtime's `api_error`.
    pub(super) fn fill_code(&mut self, enums: &Enums) -> bool {
        let code = response(
            self.status,
            &self.variant,
            self.is_success,
            self.body.as_ref(),
            self.headers_struct.as_deref(),
            enums,
        );
        self.client_variant = code.client_variant;
        self.client_arm = code.client_arm;
        self.client_status_arm = code.client_status_arm;
        self.server_variant = code.server_variant;
        self.server_arm = code.server_arm;
        code.calls_api_error
    }
}

/// How the server reads one scheme's credentials: its type among the runtime's `Scheme`s and
/// the value (`rt::BasicAuth`, `rt::BasicAuth { realm: "Title" }`).
pub(super) fn server_scheme(
    kind: ir::SchemeKind,
    key: Option<&ir::ApiKeyPlace>,
    realm: &str,
) -> ir::ConstantCode {
    let (ty, value) = match (kind, key) {
        (ir::SchemeKind::Basic, _) => (
            "BasicAuth",
            format!("rt::BasicAuth {{ realm: {} }}", rust_string(realm)),
        ),
        (ir::SchemeKind::Bearer, _) => ("BearerAuth", "rt::BearerAuth".to_string()),
        (ir::SchemeKind::ApiKey, key) => {
            let (reader, name) = match key {
                Some(key) => (
                    match key.location {
                        ir::Location::Query => "QueryKey",
                        ir::Location::Cookie => "CookieKey",
                        ir::Location::Header | ir::Location::Path => "HeaderKey",
                    },
                    key.name.as_str(),
                ),
                None => ("HeaderKey", "Authorization"),
            };
            (reader, format!("rt::{reader}({})", rust_string(name)))
        }
    };
    ir::ConstantCode {
        ty: format!("rt::{ty}"),
        value,
    }
}

/// The client's runtime `Scheme` value for a scheme.
pub(super) fn client_scheme(kind: ir::SchemeKind, key: Option<&ir::ApiKeyPlace>) -> String {
    match (kind, key) {
        (ir::SchemeKind::Basic, _) => "Scheme::Basic".to_string(),
        (ir::SchemeKind::Bearer, _) => "Scheme::Bearer".to_string(),
        (ir::SchemeKind::ApiKey, key) => {
            let (variant, name) = match key {
                Some(key) => (
                    match key.location {
                        ir::Location::Query => "ApiKeyQuery",
                        ir::Location::Cookie => "ApiKeyCookie",
                        ir::Location::Header | ir::Location::Path => "ApiKeyHeader",
                    },
                    key.name.as_str(),
                ),
                None => ("ApiKeyHeader", "Authorization"),
            };
            format!("Scheme::{variant}({})", rust_string(name))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn standard_codes_are_constants() {
        assert_eq!(status_code(200), "StatusCode::OK");
        assert_eq!(status_code(404), "StatusCode::NOT_FOUND");
        assert_eq!(status_code(418), "StatusCode::IM_A_TEAPOT");
        assert_eq!(status_code(299), "rt::status(299)");
        assert_eq!(status_code(425), "rt::status(425)");
    }

    #[test]
    fn statuses_order_as_match_arms() {
        let mut statuses = vec![
            Status::Default,
            Status::Range(4),
            Status::Code(404),
            Status::Code(200),
            Status::Range(2),
        ];
        statuses.sort();
        assert_eq!(
            statuses,
            [
                Status::Code(200),
                Status::Code(404),
                Status::Range(2),
                Status::Range(4),
                Status::Default
            ]
        );
        assert_eq!(Status::Range(4).pattern(), "400..=499");
        assert_eq!(Status::Range(4).to_string(), "4XX");
    }

    #[test]
    fn response_pieces() {
        let body = ir::ResponseBody {
            media_type: "application/json".into(),
            kind: BodyKind::Json,
            ty: "models::Error".into(),
            choice: None,
            alternatives: Vec::new(),
        };
        let enums = Enums {
            success: None,
            error: "GetError",
        };
        let code = response(
            Status::Code(404),
            "NotFound",
            false,
            Some(&body),
            None,
            &enums,
        );
        assert_eq!(code.client_variant, "NotFound(Box<models::Error>)");
        assert_eq!(code.client_arm, "response.json_error(GetError::NotFound)");
        let problem = ir::ResponseBody {
            media_type: "application/problem+json".into(),
            kind: BodyKind::Json,
            ty: "models::Error".into(),
            choice: None,
            alternatives: Vec::new(),
        };
        let code = response(
            Status::Code(404),
            "NotFound",
            false,
            Some(&problem),
            None,
            &enums,
        );
        assert_eq!(
            code.client_arm,
            "api_error(response.json(\"application/problem+json\"), GetError::NotFound)"
        );
        assert_eq!(
            code.server_arm,
            "Self::NotFound(body) => rt::reply_json(StatusCode::NOT_FOUND, \"application/problem+json\", body)"
        );
        let code = response(Status::Default, "Default", false, None, Some("H"), &enums);
        assert_eq!(
            code.server_variant,
            "Default { status: StatusCode, headers: models::H }"
        );
        assert_eq!(
            code.server_arm,
            "Self::Default { status, headers } => rt::with_headers(rt::reply_empty(status), &headers, models::H::write)"
        );
        assert_eq!(
            code.client_status_arm,
            "Self::Default { status, .. } => *status"
        );
    }
}
