//! Which specification a document is written against, from its `swagger` or `openapi` field.

use serde_yaml::Value;

/// The versions read. Each is brought to the 3.0 shape that lowering reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Version {
    Swagger2,
    OpenApi30,
    OpenApi31,
}

const READ: &str = "this generator reads Swagger 2.0, OpenAPI 3.0.x and OpenAPI 3.1.x";

/// The version, or (pointer, message) saying what was found instead.
pub fn detect(raw: &Value) -> Result<Version, (String, String)> {
    let Some(mapping) = raw.as_mapping() else {
        return Err((
            String::new(),
            format!("the document is not a mapping; expected an OpenAPI object ({READ})"),
        ));
    };
    let as_text = |key: &str| {
        mapping.get(key).map(|value| match value {
            Value::String(s) => s.clone(),
            other => serde_yaml::to_string(other)
                .unwrap_or_default()
                .trim()
                .to_string(),
        })
    };
    if let Some(version) = as_text("swagger") {
        return match version.as_str() {
            "2.0" | "2" => Ok(Version::Swagger2),
            _ => Err((
                "/swagger".into(),
                format!("found Swagger {version}; {READ}"),
            )),
        };
    }
    match as_text("openapi") {
        Some(version) if is_minor(&version, "3.0") => Ok(Version::OpenApi30),
        Some(version) if is_minor(&version, "3.1") => Ok(Version::OpenApi31),
        Some(version) => Err((
            "/openapi".into(),
            format!("found OpenAPI {version}; {READ}"),
        )),
        None if mapping.contains_key("swaggerVersion") => Err((
            "/swaggerVersion".into(),
            format!(
                "found Swagger {}; {READ}",
                as_text("swaggerVersion").unwrap_or_default()
            ),
        )),
        None => Err((
            String::new(),
            format!("missing `openapi` (or `swagger`) version field; {READ}"),
        )),
    }
}

/// `3.0`, `3.0.3`, `3.0.3-rc1`: the minor version and anything after a dot.
fn is_minor(version: &str, minor: &str) -> bool {
    version == minor
        || version
            .strip_prefix(minor)
            .is_some_and(|rest| rest.starts_with('.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn detect_text(text: &str) -> Result<Version, (String, String)> {
        detect(&serde_yaml::from_str(text).unwrap())
    }

    #[test]
    fn reads_the_three_versions_and_names_what_it_refuses() {
        assert_eq!(detect_text("swagger: '2.0'"), Ok(Version::Swagger2));
        assert_eq!(detect_text("openapi: 3.0.3"), Ok(Version::OpenApi30));
        assert_eq!(detect_text("openapi: '3.0'"), Ok(Version::OpenApi30));
        assert_eq!(detect_text("openapi: 3.1.0"), Ok(Version::OpenApi31));
        let (pointer, message) = detect_text("openapi: 4.0.0").unwrap_err();
        assert_eq!(pointer, "/openapi");
        assert!(message.starts_with("found OpenAPI 4.0.0;"), "{message}");
        assert_eq!(detect_text("openapi: 3.10.0").unwrap_err().0, "/openapi");
        let (pointer, message) = detect_text("swaggerVersion: '1.2'").unwrap_err();
        assert_eq!(pointer, "/swaggerVersion");
        assert!(message.starts_with("found Swagger 1.2;"), "{message}");
        assert_eq!(detect_text("swagger: '3.0'").unwrap_err().0, "/swagger");
        assert_eq!(detect_text("info: {}").unwrap_err().0, "");
    }
}
