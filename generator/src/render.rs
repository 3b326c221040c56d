//! Render: the IR laid out as files by minijinja templates.
//!
//! Templates hold layout only. Escaping is by construction: every string a template prints is
//! written as a string literal of the file's language (Rust, or TOML for `.toml` templates)
//! unless it is code the IR built (identifiers and types that lowering made, marked by
//! `ir::code`) or the output of a filter that made it safe (`|doc`, `|lit`). Spec text can
//! therefore never print as code, even where a template forgets a filter.

use minijinja::syntax::SyntaxConfig;
use minijinja::value::ValueKind;
use minijinja::{AutoEscape, Environment, ErrorKind, Output, State, UndefinedBehavior, Value};
use serde::Serialize;

use crate::escape;
use crate::ir;

/// The auto-escape modes, by output language.
const RUST: &str = "rust";
const TOML: &str = "toml";

fn is_toml(state: &State) -> bool {
    matches!(state.auto_escape(), AutoEscape::Custom(name) if name == TOML)
}

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
        "crate/src/models/mod.rs.jinja",
        "crate/src/models/{file}.rs.jinja",
        "crate/src/client.rs.jinja",
        "crate/src/server.rs.jinja",
        "crate/openapi/index.html.jinja",
        "crate/src/doc_examples.rs.jinja",
        "crate/docs/README.md.jinja",
        "crate/docs/{tag}.md.jinja",
        "crate/docs/models/{model}.md.jinja",
    ]
}

/// One file as its template rendered it, before formatting.
pub struct Rendered {
    pub(crate) path: String,
    pub(crate) template: String,
    pub(crate) text: String,
}

/// The templates over one API: the environment and every output's context, built once (the IR
/// and the reference docs' view converted to template values a single time); files are rendered
/// when asked for, one at a time.
pub struct Pass {
    env: Environment<'static>,
    /// (template, output path, context) of every file.
    outputs: Vec<(String, String, Value)>,
}

impl Pass {
    pub fn new(
        api: &ir::Api,
        templates: &[Template],
        runtime: &crate::Runtime,
    ) -> Result<Self, String> {
        let env = environment(templates)?;
        let docs = crate::docs::view(api);
        let context = context(api, &docs, runtime);
        let single = output_templates(templates)
            .into_iter()
            .map(|(template, path)| (template, path, context.clone()));
        let pages = crate::docs::page_outputs(templates, &docs)
            .into_iter()
            .chain(per_page(
                templates,
                "{file}",
                api.model_files
                    .iter()
                    .map(|file| (file.module.as_str(), file)),
            ))
            .map(|(template, path, page)| (template, path, page_context(&context, &page)));
        Ok(Self {
            env,
            outputs: single.chain(pages).collect(),
        })
    }

    /// Every output file, rendered lazily in template order.
    pub fn files(&self) -> impl Iterator<Item = Result<Rendered, String>> + '_ {
        self.outputs.iter().map(|(template, path, context)| {
            Ok(Rendered {
                path: path.clone(),
                template: template.clone(),
                text: render(&self.env, template, context)?,
            })
        })
    }
}

/// The outputs of the templates rendered once per page: a template whose output path holds
/// `placeholder` renders once per `(name, page)` of `pages`, into that path with `name` in the
/// placeholder's place, with the page as `page`. Returns (template name, output path, page).
pub(crate) fn per_page<'p, P: Serialize + 'p>(
    templates: &[Template],
    placeholder: &str,
    pages: impl Iterator<Item = (&'p str, &'p P)> + Clone,
) -> Vec<(String, String, Value)> {
    let mut outputs = Vec::new();
    for template in templates {
        let Some(path) = template
            .name
            .strip_prefix("crate/")
            .and_then(|name| name.strip_suffix(".jinja"))
            .filter(|path| path.contains(placeholder))
        else {
            continue;
        };
        for (name, page) in pages.clone() {
            outputs.push((
                template.name.clone(),
                path.replace(placeholder, name),
                Value::from(minijinja::value::Serde(page)),
            ));
        }
    }
    outputs
}

/// The output files the crate templates produce, by template name; the templates rendered once
/// per page (`{tag}`, `{model}` in the name) are [`crate::docs::page_outputs`], once per model
/// file (`{file}`) [`per_page`] over `api.model_files`.
fn output_templates(templates: &[Template]) -> Vec<(String, String)> {
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

fn environment(templates: &[Template]) -> Result<Environment<'static>, String> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    // A non-`None` mode also makes macro and `set` block output safe, as template-built code.
    // HTML pages escape everything as HTML.
    env.set_auto_escape_callback(|name| {
        if name.ends_with(".html.jinja") {
            AutoEscape::Html
        } else if name.ends_with(".md.jinja") {
            // Reference pages: spec text goes through `md_cell` / `md_text` (Markdown escaping).
            AutoEscape::None
        } else if name.ends_with(".toml.jinja") {
            AutoEscape::Custom(TOML.into())
        } else {
            AutoEscape::Custom(RUST.into())
        }
    });
    env.set_formatter(print);
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
    env.add_filter("upper", upper);
    env.add_filter("text", text);
    for template in templates {
        env.add_template_owned(template.name.clone(), template.source.clone())
            .map_err(|error| describe(&error))?;
    }
    Ok(env)
}

/// The IR as a template value, and the reference docs' view of it (`docs`); converted once and
/// shared by every template.
fn context(api: &ir::Api, docs: &crate::docs::Docs, runtime: &crate::Runtime) -> Value {
    minijinja::context! {
        api => Value::from(minijinja::value::Serde(api)),
        docs => Value::from(minijinja::value::Serde(docs)),
        runtime => crate::runtime::context(runtime),
    }
}

/// The context of a page template: `context` plus the page as `page`.
fn page_context(context: &Value, page: &Value) -> Value {
    minijinja::context! { page => page.clone(), ..context.clone() }
}

fn render(env: &Environment, template: &str, context: &Value) -> Result<String, String> {
    let template = env
        .get_template(template)
        .map_err(|error| describe(&error))?;
    template.render(context).map_err(|error| describe(&error))
}

/// How a template's `{{ value }}` is written: code as it is, text as a literal.
fn print(out: &mut Output, state: &mut State, value: &Value) -> Result<(), minijinja::Error> {
    if !matches!(state.auto_escape(), AutoEscape::Custom(_)) {
        // HTML: code the IR built is safe as Rust, not as HTML (`Option<String>`), so every
        // string is escaped; the page's templates build no markup in macros or `set` blocks.
        if let (ValueKind::String, Some(text)) = (value.kind(), value.as_str()) {
            return minijinja::escape_formatter(out, state, &Value::from(text));
        }
        return minijinja::escape_formatter(out, state, value);
    }
    let text = match value.kind() {
        ValueKind::String if value.is_safe() => value.to_string(),
        ValueKind::String => {
            let text = value.as_str().unwrap_or_default();
            if is_toml(state) {
                escape::toml_string(text)
            } else {
                escape::rust_string(text)
            }
        }
        ValueKind::Number | ValueKind::Bool => value.to_string(),
        kind => {
            return Err(minijinja::Error::new(
                ErrorKind::InvalidOperation,
                format!(
                    "a template printed a {kind} value; only strings, numbers and booleans print"
                ),
            ))
        }
    };
    out.write_str(&text).map_err(minijinja::Error::from)
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
fn doc(value: Value) -> Result<Value, minijinja::Error> {
    doc_comments(value, "///")
}

/// Every doc line of every template goes through here, and every line through
/// [`escape::doc_lines`].
fn doc_comments(value: Value, marker: &str) -> Result<Value, minijinja::Error> {
    let mut out = String::new();
    let mut in_fence = false;
    if let Some(text) = value.as_str() {
        // `str::lines` semantics: a final line break ends the last line rather than adding one.
        let text = text.strip_suffix('\n').unwrap_or(text);
        let text = text.strip_suffix('\r').unwrap_or(text);
        if !text.is_empty() {
            for line in escape::doc_lines(text) {
                push_doc_line(&mut out, marker, &line, &mut in_fence);
            }
        }
    } else {
        for item in value.try_iter()? {
            let text = item.as_str().unwrap_or_default();
            for line in escape::doc_lines(text) {
                push_doc_line(&mut out, marker, &line, &mut in_fence);
            }
        }
    }
    if in_fence {
        push_doc_line(&mut out, marker, "```", &mut in_fence);
    }
    Ok(Value::from_safe_string(out))
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
        } else {
            out.push_str(line);
        }
    }
    out.push('\n');
}

/// `lines|doc_or(fallback)`: the lines as `doc` renders them, or the fallback text when there are
/// none. A filter rather than a template macro: it runs once per field and parameter, and a
/// macro call costs minijinja a new frame (it was a third of the render stage).
fn doc_or(value: Value, fallback: Value) -> Result<Value, minijinja::Error> {
    if value.is_true() {
        doc(value)
    } else {
        doc(fallback)
    }
}

/// `lines|inner_doc`: like `doc`, as inner comments (`//!`) for crate and module docs.
fn inner_doc(value: Value) -> Result<Value, minijinja::Error> {
    doc_comments(value, "//!")
}

/// `value|lit`: a Rust string literal, in any template (the spelled-out form of what printing
/// text does by itself in Rust templates).
fn lit(state: &State, value: Value) -> Result<Value, minijinja::Error> {
    if is_toml(state) {
        return Err(minijinja::Error::new(
            ErrorKind::InvalidOperation,
            "`|lit` writes a Rust literal; TOML templates print text as TOML strings by themselves",
        ));
    }
    let literal = match value.as_str() {
        Some(text) => escape::rust_string(text),
        None => escape::rust_string(&value.to_string()),
    };
    Ok(Value::from_safe_string(literal))
}

/// `code|text`: code the IR built, used as text (a name in a doc line). Needed because joining
/// text and code with `~` makes code of the whole, with the text escaped as a literal.
fn text(value: Value) -> Value {
    Value::from(value.as_str().unwrap_or_default().to_string())
}

/// `value|upper`: like minijinja's, but code stays code (`{{ scheme.field|upper }}` is a
/// constant's name) and text stays text.
fn upper(value: Value) -> Value {
    let upper = value.as_str().unwrap_or_default().to_uppercase();
    if value.is_safe() {
        Value::from_safe_string(upper)
    } else {
        Value::from(upper)
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
                        /// Say \"hi\"\n/// carriage\n/// return\n";
        assert_eq!(doc(lines).unwrap().to_string(), expected);
        assert_eq!(
            inner_doc(Value::from("Crate.\n")).unwrap().to_string(),
            "//! Crate.\n"
        );
    }

    #[test]
    fn doc_closes_an_unterminated_fence() {
        let out = doc(Value::from(vec!["```json", "{"])).unwrap().to_string();
        assert!(out.ends_with("/// {\n/// ```\n"), "{out}");
    }

    #[test]
    fn lit_escapes() {
        let templates = [Template {
            name: "crate/src/x.rs.jinja".into(),
            source: "{{ text|lit }}".into(),
        }];
        let env = environment(&templates).unwrap();
        let context = minijinja::context! { text => "a\"b\\c" };
        assert_eq!(
            render(&env, "crate/src/x.rs.jinja", &context).unwrap(),
            r#""a\"b\\c""#
        );
    }

    /// Text the IR did not mark as code prints as a literal, so a template that forgets `|lit`
    /// still cannot emit spec text as code.
    #[test]
    fn text_prints_as_a_literal_and_code_as_it_is() {
        let templates = [
            Template {
                name: "crate/src/x.rs.jinja".into(),
                source: "const A: &str = {{ text }}; type {{ code }} = u8; {{ n }}".into(),
            },
            Template {
                name: "crate/Cargo.toml.jinja".into(),
                source: "name = {{ text }}".into(),
            },
        ];
        let env = environment(&templates).unwrap();
        let context = minijinja::context! {
            text => "a\"\n}fn x(){",
            code => Value::from_safe_string("Person".into()),
            n => 3,
        };
        assert_eq!(
            render(&env, "crate/src/x.rs.jinja", &context).unwrap(),
            r#"const A: &str = "a\"\n}fn x(){"; type Person = u8; 3"#
        );
        assert_eq!(
            render(&env, "crate/Cargo.toml.jinja", &context).unwrap(),
            r#"name = "a\"\n}fn x(){""#
        );
        let bad = [Template {
            name: "crate/src/y.rs.jinja".into(),
            source: "{{ list }}".into(),
        }];
        let env = environment(&bad).unwrap();
        let context = minijinja::context! { list => vec![1] };
        assert!(render(&env, "crate/src/y.rs.jinja", &context).is_err());
    }
}
