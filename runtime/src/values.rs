//! Value types and serde helpers the generated models use, whatever features are enabled.

use std::fmt;

use serde::{de, ser, Deserialize, Deserializer, Serialize, Serializer};

/// Decodes a string enum from its wire text through its `FromStr`, which keeps a value the spec
/// does not list in `Other`, except inside [`validating_request`], where such a value (for which
/// `known` is false) is an error. Borrows the text where the input allows, so a known value
/// allocates nothing.
#[doc(hidden)]
pub fn string_enum<'de, D, T>(deserializer: D, known: fn(&T) -> bool) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: std::str::FromStr<Err = std::convert::Infallible>,
{
    struct Text<T>(fn(&T) -> bool);

    impl<T: std::str::FromStr<Err = std::convert::Infallible>> de::Visitor<'_> for Text<T> {
        type Value = T;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a string")
        }

        fn visit_str<E: de::Error>(self, text: &str) -> Result<T, E> {
            let Ok(value) = text.parse::<T>();
            if !(self.0)(&value) && is_validating_request() {
                return Err(E::custom("not one of the values the schema lists"));
            }
            Ok(value)
        }
    }

    deserializer.deserialize_str(Text(known))
}

/// Implements `Display`, `Serialize` and `Deserialize` for a generated string enum through its
/// `as_str` and `FromStr` (see [`string_enum`]): a few lines per enum where serde's derive,
/// with the untagged `Other` variant, would expand to a buffering visitor.
/// Reached as `crate::support::string_enum!` in either runtime mode.
#[doc(hidden)]
#[macro_export]
// `crate` is the generated crate calling the macro, as in `define_client!`.
#[allow(clippy::crate_in_macro_def)]
macro_rules! __openapi_gen_string_enum {
    ($name:ident) => {
        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                crate::support::string_enum(deserializer, |value| !matches!(value, Self::Other(_)))
            }
        }
    };
}

// Rewritten for a crate's own copy, as `define_client!` is.
#[doc(hidden)]
pub use crate::__openapi_gen_string_enum as string_enum;

thread_local! {
    static VALIDATING_REQUEST: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `decode` as the validation of a request: string enums refuse values the spec does not
/// list, [`Uri`]s must be RFC 3986 URIs, and structs refuse what [`object`](super::object)
/// lists. The server decodes request bodies so, while a client keeps what a (possibly newer,
/// possibly sloppy) server sends. Decoding is synchronous, so a thread-local flag scopes it
/// exactly; it is restored afterwards, also on a panic.
#[cfg(any(test, feature = "server"))]
pub(crate) fn validating_request<R>(decode: impl FnOnce() -> R) -> R {
    struct Restore(bool);
    impl Drop for Restore {
        fn drop(&mut self) {
            VALIDATING_REQUEST.with(|flag| flag.set(self.0));
        }
    }
    let _restore = Restore(VALIDATING_REQUEST.with(|flag| flag.replace(true)));
    decode()
}

/// Whether the value being decoded is part of a request the server validates.
pub(crate) fn is_validating_request() -> bool {
    VALIDATING_REQUEST.with(std::cell::Cell::get)
}

/// Reads a discriminated union's JSON object whole and returns its tag (the value of the
/// discriminator `property`) with the object. The object keeps the tag, because variant schemas
/// usually declare the property themselves and must find it when they decode.
#[doc(hidden)]
pub fn read_tag<'de, D>(
    deserializer: D,
    property: &str,
) -> Result<(String, serde_json::Value), D::Error>
where
    D: Deserializer<'de>,
{
    let value = serde_json::Value::deserialize(deserializer)?;
    match value.get(property) {
        Some(serde_json::Value::String(tag)) => Ok((tag.clone(), value)),
        Some(other) => Err(de::Error::custom(format_args!(
            "discriminator property `{property}` must be a string, found {other}"
        ))),
        None if value.is_object() => Err(de::Error::custom(format_args!(
            "missing discriminator property `{property}`"
        ))),
        None => Err(de::Error::custom(format_args!(
            "expected an object with the discriminator property `{property}`, found {value}"
        ))),
    }
}

/// Decodes the object [`read_tag`] returned into the variant its tag selected.
#[doc(hidden)]
pub fn from_tagged<T, E>(value: serde_json::Value) -> Result<T, E>
where
    T: de::DeserializeOwned,
    E: de::Error,
{
    serde_json::from_value(value).map_err(E::custom)
}

/// Writes a variant of a discriminated union with its tag exactly once: as the variant has it
/// when its schema declares the property, otherwise added.
#[doc(hidden)]
pub fn write_tagged<S, T>(
    serializer: S,
    property: &str,
    tag: &str,
    value: &T,
) -> Result<S::Ok, S::Error>
where
    S: Serializer,
    T: Serialize,
{
    let mut json = serde_json::to_value(value).map_err(ser::Error::custom)?;
    if let serde_json::Value::Object(object) = &mut json {
        if !object.contains_key(property) {
            object.insert(property.to_string(), tag.into());
        }
    }
    json.serialize(serializer)
}

/// One part of a `multipart/form-data` body whose schema does not name its parts.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FormPart {
    /// The part's name (`Content-Disposition: form-data; name="..."`).
    pub name: String,
    /// The `filename` of a file upload; `None` for a plain form field.
    pub file_name: Option<String>,
    /// The part's `Content-Type`; the client sends `application/octet-stream` when `None`.
    pub content_type: Option<String>,
    /// The part's bytes.
    pub data: bytes::Bytes,
}

impl FormPart {
    /// A form field holding `text`.
    pub fn text(name: impl Into<String>, text: impl Into<String>) -> FormPart {
        FormPart {
            name: name.into(),
            content_type: Some("text/plain; charset=utf-8".to_string()),
            data: text.into().into(),
            ..FormPart::default()
        }
    }

    /// A file upload of `data` named `file_name`.
    pub fn file(
        name: impl Into<String>,
        file_name: impl Into<String>,
        data: impl Into<bytes::Bytes>,
    ) -> FormPart {
        FormPart {
            name: name.into(),
            file_name: Some(file_name.into()),
            content_type: None,
            data: data.into(),
        }
    }
}

/// A `format: uri` value: the text exactly as sent, so that reading a value and sending it back
/// sends the same text (a parsed URL type lowercases hosts and appends `/`, and WHATWG parsing
/// refuses URIs RFC 3986 allows, such as a numeric last host label or a port over 65535).
///
/// A client keeps whatever text a server sends. A request the server validates (see
/// [`validating_request`]) and [`std::str::FromStr`] (parameters) accept only RFC 3986 URIs:
/// a scheme, then ASCII characters that RFC 3986 allows where they stand.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Uri(String);

impl Uri {
    /// The text, unchanged.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The text, unchanged.
    pub fn into_string(self) -> String {
        self.0
    }

    /// Whether `text` is an RFC 3986 URI (`scheme ":" hier-part [ "?" query ] [ "#" fragment ]`).
    pub fn is_valid(text: &str) -> bool {
        let Some((scheme, rest)) = text.split_once(':') else {
            return false;
        };
        let mut scheme_chars = scheme.chars();
        let scheme_ok = scheme_chars.next().is_some_and(|c| c.is_ascii_alphabetic())
            && scheme_chars.all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c));
        if !scheme_ok {
            return false;
        }
        let (rest, fragment) = rest.split_once('#').unwrap_or((rest, ""));
        let (rest, query) = rest.split_once('?').unwrap_or((rest, ""));
        let path = match rest.strip_prefix("//") {
            Some(after) => {
                let end = after.find('/').unwrap_or(after.len());
                if !valid_authority(&after[..end]) {
                    return false;
                }
                &after[end..]
            }
            None => rest,
        };
        valid_chars(path, "/:@") && valid_chars(query, "/?:@") && valid_chars(fragment, "/?:@")
    }
}

/// `[ userinfo "@" ] host [ ":" port ]`, host a bracketed IP literal or a registered name.
fn valid_authority(authority: &str) -> bool {
    let (userinfo, host_port) = authority.rsplit_once('@').unwrap_or(("", authority));
    if !valid_chars(userinfo, ":") {
        return false;
    }
    let (host, port) = match host_port.strip_prefix('[') {
        Some(literal) => match literal.split_once(']') {
            Some((address, after)) => {
                let address_ok = !address.is_empty()
                    && address
                        .chars()
                        .all(|c| c.is_ascii_hexdigit() || ":.".contains(c) || "vV".contains(c));
                if !address_ok {
                    return false;
                }
                match after.strip_prefix(':') {
                    Some(port) => ("", port),
                    None if after.is_empty() => ("", ""),
                    None => return false,
                }
            }
            None => return false,
        },
        None => match host_port.rsplit_once(':') {
            Some((host, port)) => (host, port),
            None => (host_port, ""),
        },
    };
    valid_chars(host, "") && port.chars().all(|c| c.is_ascii_digit())
}

/// Unreserved characters, sub-delims, `%XX` escapes and the `extra` characters.
fn valid_chars(text: &str, extra: &str) -> bool {
    let bytes = text.as_bytes();
    let mut index = 0;
    while index < bytes.len() {
        let byte = bytes[index];
        if byte == b'%' {
            let escape_ok = bytes
                .get(index + 1..index + 3)
                .is_some_and(|hex| hex.iter().all(u8::is_ascii_hexdigit));
            if !escape_ok {
                return false;
            }
            index += 3;
            continue;
        }
        let allowed = byte.is_ascii_alphanumeric()
            || b"-._~!$&'()*+,;=".contains(&byte)
            || extra.as_bytes().contains(&byte);
        if !allowed {
            return false;
        }
        index += 1;
    }
    true
}

impl std::ops::Deref for Uri {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Uri {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl From<String> for Uri {
    fn from(text: String) -> Self {
        Uri(text)
    }
}

impl From<&str> for Uri {
    fn from(text: &str) -> Self {
        Uri(text.to_string())
    }
}

impl From<Uri> for String {
    fn from(uri: Uri) -> Self {
        uri.0
    }
}

impl PartialEq<str> for Uri {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for Uri {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl fmt::Display for Uri {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::str::FromStr for Uri {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        if Uri::is_valid(text) {
            Ok(Uri(text.to_string()))
        } else {
            Err("not an RFC 3986 URI".to_string())
        }
    }
}

impl Serialize for Uri {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Uri {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        if is_validating_request() && !Uri::is_valid(&text) {
            return Err(de::Error::custom("not an RFC 3986 URI"));
        }
        Ok(Uri(text))
    }
}

/// `time` as an IMF-fixdate (`Wed, 09 Mar 2016 16:56:34 GMT`). HTTP-dates cannot express times
/// before 1970 or after 9999 (and `httpdate` panics on them), so such times are clamped.
#[cfg(any(feature = "client", feature = "server"))]
pub(crate) fn http_date(time: std::time::SystemTime) -> String {
    use std::time::{Duration, UNIX_EPOCH};
    // 9999-12-31T23:59:59Z, the last second an HTTP-date has.
    let latest = UNIX_EPOCH + Duration::from_secs(253_402_300_799);
    httpdate::fmt_http_date(time.clamp(UNIX_EPOCH, latest))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_are_kept_as_sent_and_checked_as_rfc_3986() {
        assert!(Uri::is_valid("https://Example.com:99999/a?b#c"));
        assert!(Uri::is_valid("urn:isbn:0451450523"));
        assert!(!Uri::is_valid("no scheme"));
        assert!(!Uri::is_valid("http://exa mple.com/"));
        let uri: Uri = serde_json::from_str("\"HTTP://X.org\"").unwrap();
        assert_eq!(uri, "HTTP://X.org");
    }

    #[cfg(any(feature = "client", feature = "server"))]
    #[test]
    fn http_dates_are_clamped_to_what_they_can_express() {
        use std::time::{Duration, UNIX_EPOCH};
        let time = UNIX_EPOCH + Duration::from_secs(1_457_542_594);
        assert_eq!(http_date(time), "Wed, 09 Mar 2016 16:56:34 GMT");
        assert_eq!(
            http_date(UNIX_EPOCH - Duration::from_secs(5)),
            "Thu, 01 Jan 1970 00:00:00 GMT"
        );
        let far = UNIX_EPOCH + Duration::from_secs(400_000_000_000);
        assert_eq!(http_date(far), "Fri, 31 Dec 9999 23:59:59 GMT");
    }
}
