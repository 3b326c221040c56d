//! Render: the IR laid out as files by minijinja templates.
//!
//! Templates hold layout only. Strings print as they are (the IR holds identifiers and type
//! expressions that lowering already checked); anything from the spec that must become a Rust
//! literal goes through `|lit`, and documentation through `|doc`.

use minijinja::syntax::SyntaxConfig;
use minijinja::{AutoEscape, Environment, UndefinedBehavior, Value};

use crate::ir;

/// A template source: its name (the output path it renders, plus `.jinja`) and its text.
#[derive(Debug, Clone)]
pub struct Template {
    /// The output path under `crate/`, plus `.jinja` (`crate/src/client.rs.jinja`).
    pub name: String,
    /// The minijinja source.
    pub source: String,
}

/// The templates that ship with the generator, embedded at build time.
pub fn builtin_templates() -> Vec<Template> {
    macro_rules! embed {
        ($($name:literal),* $(,)?) => {
            vec![$(Template {
                name: $name.to_string(),
                source: include_str!(concat!("../../templates/", $name)).to_string(),
            }),*]
        };
    }
    embed![
        "crate/Cargo.toml.jinja",
        "crate/rustfmt.toml.jinja",
        "crate/src/lib.rs.jinja",
        "crate/src/models.rs.jinja",
        "crate/src/client.rs.jinja",
        "crate/src/server.rs.jinja",
        "crate/src/support/mod.rs.jinja",
        "crate/openapi/index.html.jinja",
        "crate/src/doc_examples.rs.jinja",
        "crate/docs/README.md.jinja",
        "crate/docs/{tag}.md.jinja",
        "crate/docs/models/{model}.md.jinja",
    ]
}

/// Runtime support copied verbatim into a generated crate: real Rust, compiled there, never
/// templated. Only the pieces the API needs are copied.
pub fn runtime_files(features: &ir::Features) -> Vec<(&'static str, &'static str)> {
    let mut files = vec![
        (
            "src/support/values.rs",
            include_str!("../runtime/values.rs"),
        ),
        (
            "src/support/client.rs",
            include_str!("../runtime/client.rs"),
        ),
        (
            "src/support/server.rs",
            include_str!("../runtime/server.rs"),
        ),
    ];
    if features.base64 {
        files.push((
            "src/support/base64.rs",
            include_str!("../runtime/base64.rs"),
        ));
    }
    files
}

/// The output files the crate templates produce, by template name; the templates rendered once
/// per page (`{tag}`, `{model}` in the name) are [`crate::docs::page_outputs`].
pub fn output_templates(templates: &[Template]) -> Vec<(String, String)> {
    templates
        .iter()
        .filter_map(|template| {
            let path = template
                .name
                .strip_prefix("crate/")?
                .strip_suffix(".jinja")?;
            (!path.contains('{')).then(|| (template.name.clone(), path.to_string()))
        })
        .collect()
}

pub fn environment(templates: &[Template]) -> Result<Environment<'static>, String> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    // Rust and TOML templates escape through filters (`lit`, `doc`); HTML pages escape everything.
    env.set_auto_escape_callback(|name| {
        if name.ends_with(".html.jinja") {
            AutoEscape::Html
        } else {
            AutoEscape::None
        }
    });
    let syntax = SyntaxConfig::builder()
        .trim_blocks(true)
        .lstrip_blocks(true)
        .build()
        .map_err(|error| error.to_string())?;
    env.set_syntax(syntax);
    env.add_filter("doc", doc);
    env.add_filter("doc_or", doc_or);
    env.add_filter("inner_doc", inner_doc);
    env.add_filter("lit", lit);
    env.add_filter("md_cell", crate::docs::markdown::md_cell);
    env.add_filter("md_text", crate::docs::markdown::md_text);
    for template in templates {
        env.add_template_owned(template.name.clone(), template.source.clone())
            .map_err(|error| describe(&error))?;
    }
    Ok(env)
}

/// The IR as a template value, and the reference docs' view of it (`docs`); converted once and
/// shared by every template.
pub fn context(api: &ir::Api, docs: &crate::docs::Docs) -> Value {
    minijinja::context! {
        api => Value::from(minijinja::value::Serde(api)),
        docs => Value::from(minijinja::value::Serde(docs)),
    }
}

/// The context of a page template: `context` plus the page as `page`.
pub fn page_context(context: &Value, page: &Value) -> Value {
    minijinja::context! { page => page.clone(), ..context.clone() }
}

pub fn render(env: &Environment, template: &str, context: &Value) -> Result<String, String> {
    let template = env
        .get_template(template)
        .map_err(|error| describe(&error))?;
    template.render(context).map_err(|error| describe(&error))
}

/// A template error with its template name and line, and the chain of causes.
fn describe(error: &minijinja::Error) -> String {
    let mut message = format!("{error}");
    if let (Some(name), Some(line)) = (error.name(), error.line()) {
        message = format!("template {name}:{line}: {message}");
    }
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        message.push_str(&format!(": {cause}"));
        source = cause.source();
    }
    message
}

/// `lines|doc`: one `///` comment per line, as a person writes them (a multi-line doc attribute
/// would print as a block comment). Bare code fences are marked `text` so rustdoc does not treat
/// spec examples as Rust.
fn doc(value: Value) -> Result<String, minijinja::Error> {
    doc_comments(value, "///")
}

fn doc_comments(value: Value, marker: &str) -> Result<String, minijinja::Error> {
    let mut out = String::new();
    let mut in_fence = false;
    if let Some(text) = value.as_str() {
        for line in text.lines() {
            push_doc_line(&mut out, marker, line, &mut in_fence);
        }
    } else {
        for line in value.try_iter()? {
            let line = line.as_str().unwrap_or_default();
            push_doc_line(&mut out, marker, line, &mut in_fence);
        }
    }
    if in_fence {
        push_doc_line(&mut out, marker, "```", &mut in_fence);
    }
    Ok(out)
}

/// One line of `doc`, tracking whether it is inside a code fence.
fn push_doc_line(out: &mut String, marker: &str, line: &str, in_fence: &mut bool) {
    let line = line.trim_end();
    let trimmed = line.trim_start();
    if trimmed.starts_with("```") {
        *in_fence = !*in_fence;
    }
    out.push_str(marker);
    if !line.is_empty() {
        out.push(' ');
        if *in_fence && trimmed == "```" {
            out.push_str(&line.replacen("```", "```text", 1));
        } else if line.contains('\r') {
            // A carriage return inside a doc comment does not compile ("bare CR").
            out.push_str(&line.replace('\r', ""));
        } else {
            out.push_str(line);
        }
    }
    out.push('\n');
}

/// `lines|doc_or(fallback)`: the lines as `doc` renders them, or the fallback text when there are
/// none. A filter rather than a template macro: it runs once per field and parameter, and a
/// macro call costs minijinja a new frame (it was a third of the render stage).
fn doc_or(value: Value, fallback: Value) -> Result<String, minijinja::Error> {
    if value.is_true() {
        doc(value)
    } else {
        doc(fallback)
    }
}

/// `lines|inner_doc`: like `doc`, as inner comments (`//!`) for crate and module docs.
fn inner_doc(value: Value) -> Result<String, minijinja::Error> {
    doc_comments(value, "//!")
}

/// `value|lit`: a Rust string literal.
fn lit(value: Value) -> String {
    match value.as_str() {
        Some(text) => format!("{text:?}"),
        None => format!("{:?}", value.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doc_emits_one_comment_per_line_and_marks_bare_fences() {
        let lines = Value::from(vec![
            "Create a person.",
            "",
            "```",
            "{\"a\": 1}",
            "```",
            "Say \"hi\"  ",
            "carriage\rreturn",
        ]);
        let expected = "/// Create a person.\n///\n/// ```text\n/// {\"a\": 1}\n/// ```\n\
                        /// Say \"hi\"\n/// carriagereturn\n";
        assert_eq!(doc(lines).unwrap(), expected);
        assert_eq!(inner_doc(Value::from("Crate.\n")).unwrap(), "//! Crate.\n");
    }

    #[test]
    fn doc_closes_an_unterminated_fence() {
        let out = doc(Value::from(vec!["```json", "{"])).unwrap();
        assert!(out.ends_with("/// {\n/// ```\n"), "{out}");
    }

    #[test]
    fn lit_escapes() {
        assert_eq!(lit(Value::from("a\"b\\c")), r#""a\"b\\c""#);
    }
}
