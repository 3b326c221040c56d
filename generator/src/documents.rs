//! The OpenAPI document itself, as files of the generated crate: the server can serve it (JSON and
//! YAML) beside its documentation page, so tools and people can read the API it implements.
//!
//! The document is data: it reaches the crate as files that `include_str!` embeds, never as Rust
//! source.

use crate::OutputFile;

/// Where the generated crate keeps the documents, relative to its root.
pub const JSON_PATH: &str = "openapi/openapi.json";
pub const YAML_PATH: &str = "openapi/openapi.yaml";

/// The document as JSON and as YAML. A YAML document is kept as written (comments, order, anchors);
/// a JSON one is printed as YAML. The JSON form is printed from the parsed tree, pretty.
pub fn documents(spec_file: &str, spec_text: &str) -> Result<[OutputFile; 2], String> {
    let text = spec_text.strip_prefix('\u{feff}').unwrap_or(spec_text);
    let is_json = text.trim_start().starts_with('{');
    let tree: serde_json::Value = if is_json {
        serde_json::from_str(text).map_err(|error| format!("{spec_file}: {error}"))?
    } else {
        // The loader's parse: it reads integers beyond 64 bits (OpenAI's) as JSON does.
        let yaml: serde_yaml::Value =
            crate::load::parse(text).map_err(|error| format!("{spec_file}: {error}"))?;
        json_of(yaml)
    };
    let mut json = serde_json::to_string_pretty(&tree).map_err(|error| error.to_string())?;
    json.push('\n');
    // Escaped, so that no character of the path can end the comment.
    let mut yaml = format!(
        "# @generated from {} by openapi-gen; do not edit.\n",
        spec_file.escape_debug()
    );
    if is_json {
        yaml.push_str(&serde_yaml::to_string(&tree).map_err(|error| error.to_string())?);
    } else {
        yaml.push_str(text);
        if !text.ends_with('\n') {
            yaml.push('\n');
        }
    }
    Ok([
        OutputFile {
            path: JSON_PATH.to_string(),
            contents: json,
        },
        OutputFile {
            path: YAML_PATH.to_string(),
            contents: yaml,
        },
    ])
}

/// A YAML tree as JSON: keys become strings (`200:` is the key `"200"`, as OpenAPI means it), tags
/// are dropped, and numbers JSON cannot hold (`.nan`, `.inf`) become `null`.
fn json_of(yaml: serde_yaml::Value) -> serde_json::Value {
    use serde_json::Value as Json;
    use serde_yaml::Value as Yaml;
    match yaml {
        Yaml::Null => Json::Null,
        Yaml::Bool(value) => Json::Bool(value),
        Yaml::Number(number) => {
            if let Some(value) = number.as_u64() {
                Json::from(value)
            } else if let Some(value) = number.as_i64() {
                Json::from(value)
            } else {
                number
                    .as_f64()
                    .and_then(serde_json::Number::from_f64)
                    .map_or(Json::Null, Json::Number)
            }
        }
        Yaml::String(text) => Json::String(text),
        Yaml::Sequence(items) => Json::Array(items.into_iter().map(json_of).collect()),
        Yaml::Mapping(entries) => Json::Object(
            entries
                .into_iter()
                .map(|(key, value)| (key_text(key), json_of(value)))
                .collect(),
        ),
        Yaml::Tagged(tagged) => json_of(tagged.value),
    }
}

fn key_text(key: serde_yaml::Value) -> String {
    match key {
        serde_yaml::Value::String(text) => text,
        serde_yaml::Value::Null => "null".to_string(),
        serde_yaml::Value::Bool(value) => value.to_string(),
        serde_yaml::Value::Number(number) => number.to_string(),
        other => serde_yaml::to_string(&other)
            .unwrap_or_default()
            .trim_end()
            .to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_integers_beyond_64_bits_are_read_as_the_loader_reads_them() {
        let text = "openapi: 3.1.0\nminimum: -9223372036854776000\n";
        let [json, yaml] = documents("x.yaml", text).unwrap();
        let tree: serde_json::Value = serde_json::from_str(&json.contents).unwrap();
        assert_eq!(tree["minimum"].as_f64(), Some(-9223372036854776000.0));
        assert!(yaml.contents.ends_with(text));
    }

    #[test]
    fn yaml_is_kept_as_written_and_json_is_printed_from_the_tree() {
        let text = "openapi: 3.0.3 # the version\ninfo: {title: T}\nresponses: {200: {x: .nan}}\n";
        let [json, yaml] = documents("x.yaml", text).unwrap();
        let expected = serde_json::json!({"openapi": "3.0.3", "info": {"title": "T"}, "responses": {"200": {"x": null}}});
        assert_eq!(
            json.contents,
            format!("{}\n", serde_json::to_string_pretty(&expected).unwrap())
        );
        assert!(yaml.contents.ends_with(text), "{}", yaml.contents);
    }

    #[test]
    fn json_is_printed_as_yaml() {
        let [_, yaml] = documents("x.json", "{\"openapi\": \"3.0.3\", \"paths\": {}}").unwrap();
        assert!(
            yaml.contents.ends_with("openapi: 3.0.3\npaths: {}\n"),
            "{}",
            yaml.contents
        );
    }
}
