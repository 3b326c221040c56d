//! Value types and serde helpers the generated models use, whatever features are enabled.

use std::fmt;

use serde::{de, ser, Deserialize, Deserializer, Serialize, Serializer};

/// An optional property that is not `nullable`: absent is `None`, while an explicit `null` is
/// rejected, as the schema says (serde's `Option` would accept it and lose the difference).
#[allow(dead_code)]
pub(crate) fn non_null<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    T::deserialize(deserializer).map(Some)
}

/// Reads a discriminated union's JSON object whole and returns its tag (the value of the
/// discriminator `property`) with the object. The object keeps the tag, because variant schemas
/// usually declare the property themselves and must find it when they decode.
#[allow(dead_code)]
pub(crate) fn read_tag<'de, D>(deserializer: D, property: &str) -> Result<(String, serde_json::Value), D::Error>
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
#[allow(dead_code)]
pub(crate) fn from_tagged<T, E>(value: serde_json::Value) -> Result<T, E>
where
    T: de::DeserializeOwned,
    E: de::Error,
{
    serde_json::from_value(value).map_err(E::custom)
}

/// Writes a variant of a discriminated union with its tag exactly once: as the variant has it
/// when its schema declares the property, otherwise added.
#[allow(dead_code)]
pub(crate) fn write_tagged<S, T>(serializer: S, property: &str, tag: &str, value: &T) -> Result<S::Ok, S::Error>
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
#[allow(dead_code)]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FormPart {
    /// The part's name (`Content-Disposition: form-data; name="..."`).
    pub name: String,
    /// The `filename` of a file upload; `None` for a plain form field.
    pub file_name: Option<String>,
    /// The part's `Content-Type`; the client sends `application/octet-stream` when `None`.
    pub content_type: Option<String>,
    pub data: bytes::Bytes,
}

#[allow(dead_code)]
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
    pub fn file(name: impl Into<String>, file_name: impl Into<String>, data: impl Into<bytes::Bytes>) -> FormPart {
        FormPart { name: name.into(), file_name: Some(file_name.into()), content_type: None, data: data.into() }
    }
}

/// A JSON integer of any size: `type: integer` without a `format` has no bounds, so values beyond
/// `i64` (such as `1e38`) are valid and kept. Fractional numbers are rejected.
#[derive(Debug, Clone, PartialEq)]
pub struct Integer(serde_json::Number);

impl Integer {
    /// The value, when it fits in an `i64`.
    pub fn as_i64(&self) -> Option<i64> {
        self.0.as_i64()
    }

    /// The value, when it fits in a `u64`.
    pub fn as_u64(&self) -> Option<u64> {
        self.0.as_u64()
    }

    /// The value as a float (exact up to 2^53).
    pub fn as_f64(&self) -> f64 {
        self.0.as_f64().unwrap_or(f64::NAN)
    }
}

impl Default for Integer {
    fn default() -> Self {
        Integer(0.into())
    }
}

impl From<i64> for Integer {
    fn from(value: i64) -> Self {
        Integer(value.into())
    }
}

impl From<i32> for Integer {
    fn from(value: i32) -> Self {
        Integer(value.into())
    }
}

impl From<u64> for Integer {
    fn from(value: u64) -> Self {
        Integer(value.into())
    }
}

impl fmt::Display for Integer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl std::str::FromStr for Integer {
    type Err = String;

    /// Parses a parameter's text (`42`, `-7`, `1e30`); fractions are refused.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let number: serde_json::Number = text.parse().map_err(|_| format!("`{text}` is not a number"))?;
        let integral = number.is_i64() || number.is_u64() || number.as_f64().is_some_and(|f| f.fract() == 0.0);
        if integral {
            Ok(Integer(number))
        } else {
            Err(format!("`{text}` is not an integer"))
        }
    }
}

impl Serialize for Integer {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // A large integer read as a float (`1e29`) is written back as digits, so it stays an
        // integer for the next reader; beyond `i128` only the float form exists.
        match self.0.as_f64() {
            Some(float) if !self.0.is_i64() && !self.0.is_u64() && float.abs() < 1.7e38 => {
                serializer.serialize_i128(float as i128)
            }
            _ => self.0.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for Integer {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let number = serde_json::Number::deserialize(deserializer)?;
        let integral = number.is_i64() || number.is_u64() || number.as_f64().is_some_and(|f| f.fract() == 0.0);
        if integral {
            Ok(Integer(number))
        } else {
            Err(de::Error::custom(format_args!("invalid value: {number}, expected an integer")))
        }
    }
}
