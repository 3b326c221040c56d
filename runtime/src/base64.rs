//! `format: byte` values: bytes on the Rust side, standard base64 on the wire.

use base64::Engine as _;

/// Bytes carried as a base64 string (`format: byte`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Base64(pub Vec<u8>);

impl serde::Serialize for Base64 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&base64::engine::general_purpose::STANDARD.encode(&self.0))
    }
}

impl<'de> serde::Deserialize<'de> for Base64 {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        base64::engine::general_purpose::STANDARD
            .decode(text.as_bytes())
            .map(Base64)
            .map_err(serde::de::Error::custom)
    }
}

/// Standard base64, the wire form: a `format: byte` parameter is written as it is in JSON.
impl std::fmt::Display for Base64 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&base64::engine::general_purpose::STANDARD.encode(&self.0))
    }
}

impl std::str::FromStr for Base64 {
    type Err = base64::DecodeError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        base64::engine::general_purpose::STANDARD
            .decode(text.as_bytes())
            .map(Base64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_standard_base64() {
        let bytes = Base64(b"hi?>".to_vec());
        assert_eq!(serde_json::to_string(&bytes).unwrap(), "\"aGk/Pg==\"");
        assert_eq!(
            serde_json::from_str::<Base64>("\"aGk/Pg==\"").unwrap(),
            bytes
        );
        assert!(serde_json::from_str::<Base64>("\"not base64!\"").is_err());
    }
}
