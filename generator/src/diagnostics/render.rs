//! Diagnostics for people and for tools: the spec line with a caret under the offending key or
//! value, laid out by annotate-snippets (the renderer rustc uses), or one JSON object per line.

use std::borrow::Cow;

use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};

use super::{Diagnostic, Severity};

/// Renders `diagnostics` the way rustc renders its own, each followed by a blank line, with
/// `source` (the spec text they were found in) for the quoted lines. `color` adds ANSI styles.
pub fn human(diagnostics: &[Diagnostic], source: &str, color: bool) -> String {
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut out = String::new();
    for diagnostic in diagnostics {
        out.push_str(&renderer.render(&report(diagnostic, source)));
        out.push_str("\n\n");
    }
    out
}

/// One JSON object per diagnostic, one per line: `file`, `line`, `column`, `pointer` (with its
/// leading `#`), `severity`, `message` and `help` (`null` without one). Lines and columns are
/// 1-based, 0 when unknown.
pub fn json_lines(diagnostics: &[Diagnostic]) -> String {
    let mut out = String::new();
    for diagnostic in diagnostics {
        let object = serde_json::json!({
            "file": diagnostic.file,
            "line": diagnostic.line,
            "column": diagnostic.column,
            "pointer": format!("#{}", diagnostic.pointer),
            "severity": diagnostic.severity,
            "message": diagnostic.message,
            "help": diagnostic.help,
        });
        out.push_str(&object.to_string());
        out.push('\n');
    }
    out
}

fn report<'a>(diagnostic: &'a Diagnostic, source: &'a str) -> Vec<Group<'a>> {
    let level = match diagnostic.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
    };
    let title = level.primary_title(diagnostic.message.as_str());
    let pointer = format!("#{}", diagnostic.pointer);
    let located = quoted_line(source, diagnostic.line).map(|text| {
        let span = token_span(text, diagnostic.column);
        let (text, span, cut) = excerpt(text, span);
        let snippet = Snippet::source(text)
            .line_start(diagnostic.line)
            .annotation(AnnotationKind::Primary.span(span).label(pointer.clone()));
        (snippet, cut)
    });
    let mut group = match located {
        // The renderer would take the header's column from the cut text, so a cut line names its
        // location in a note instead.
        Some((snippet, true)) => {
            Group::with_title(title)
                .element(snippet)
                .element(Level::NOTE.message(format!(
                    "at {}:{}:{}",
                    diagnostic.file, diagnostic.line, diagnostic.column
                )))
        }
        Some((snippet, false)) => {
            Group::with_title(title).element(snippet.path(diagnostic.file.as_str()))
        }
        None => {
            let mut origin = Origin::path(diagnostic.file.as_str());
            if diagnostic.line > 0 {
                origin = origin.line(diagnostic.line).char_column(diagnostic.column);
            }
            Group::with_title(title)
                .element(origin)
                .element(Level::NOTE.message(format!("at {pointer}")))
        }
    };
    if let Some(help) = &diagnostic.help {
        group = group.element(Level::HELP.message(help.as_str()));
    }
    vec![group]
}

/// The text of 1-based line `line`, or `None` when it is unknown or past the end.
fn quoted_line(source: &str, line: usize) -> Option<&str> {
    let text = source.lines().nth(line.checked_sub(1)?)?;
    Some(text.trim_end_matches('\r'))
}

/// The most characters of a line quoted on either side of the offending token. Minified JSON
/// specs are one line of megabytes, which the renderer would otherwise lay out whole for every
/// diagnostic (seconds for a dozen warnings on GitHub's spec).
const EXCERPT_CONTEXT: usize = 60;

/// `line` cut to the token at `span` and up to [`EXCERPT_CONTEXT`] characters either side, with
/// `…` where text was left out; the span moved to match; and whether anything was cut.
fn excerpt(
    line: &str,
    span: std::ops::Range<usize>,
) -> (Cow<'_, str>, std::ops::Range<usize>, bool) {
    let start = line[..span.start]
        .char_indices()
        .rev()
        .nth(EXCERPT_CONTEXT - 1)
        .map_or(0, |(index, _)| index);
    let end = line[span.end..]
        .char_indices()
        .nth(EXCERPT_CONTEXT)
        .map_or(line.len(), |(index, _)| span.end + index);
    if start == 0 && end == line.len() {
        return (Cow::Borrowed(line), span, false);
    }
    let before = if start > 0 { "…" } else { "" };
    let after = if end < line.len() { "…" } else { "" };
    let text = format!("{before}{}{after}", &line[start..end]);
    let shift = start - before.len();
    (Cow::Owned(text), span.start - shift..span.end - shift, true)
}

/// The byte range of the key or value starting at 1-based character `column` of `line`: a quoted
/// string to its closing quote, otherwise up to the `:` of a key, a flow separator or a comment.
/// At least one character wide, so the caret always shows.
fn token_span(line: &str, column: usize) -> std::ops::Range<usize> {
    let start = line
        .char_indices()
        .nth(column.saturating_sub(1))
        .map_or(line.len(), |(index, _)| index);
    let rest = &line[start..];
    let length = match rest.chars().next() {
        Some(quote @ ('"' | '\'')) => rest[1..].find(quote).map_or(rest.len(), |end| end + 2),
        Some(_) => {
            let end = rest
                .char_indices()
                .find(|&(index, c)| {
                    matches!(c, ',' | '}' | ']')
                        || (c == ':' && rest[index + 1..].chars().next().is_none_or(|n| n == ' '))
                        || (c == '#' && rest[..index].ends_with(' '))
                })
                .map_or(rest.len(), |(index, _)| index);
            rest[..end].trim_end().len()
        }
        None => 0,
    };
    let first = rest.chars().next().map_or(1, char::len_utf8);
    start..start + length.max(first).min(rest.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unknown_key() -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            file: "spec/x.yaml".to_string(),
            line: 2,
            column: 5,
            pointer: "/info/titel".to_string(),
            message: "unknown key `titel` in an Info Object".to_string(),
            help: Some("did you mean `title`?".to_string()),
        }
    }

    #[test]
    fn quotes_the_line_with_a_caret_under_the_key_and_a_help_line() {
        let source = "info:\n    titel: People\n";
        let rendered = human(&[unknown_key()], source, false);
        let expected = "\
error: unknown key `titel` in an Info Object
 --> spec/x.yaml:2:5
  |
2 |     titel: People
  |     ^^^^^ #/info/titel
  |
  = help: did you mean `title`?

";
        assert_eq!(rendered, expected);
    }

    #[test]
    fn json_has_one_object_per_line_with_every_field() {
        let line = json_lines(&[unknown_key()]);
        assert_eq!(
            line,
            "{\"file\":\"spec/x.yaml\",\"line\":2,\"column\":5,\"pointer\":\"#/info/titel\",\
             \"severity\":\"error\",\"message\":\"unknown key `titel` in an Info Object\",\
             \"help\":\"did you mean `title`?\"}\n"
        );
    }

    #[test]
    fn a_long_line_is_cut_around_the_token_and_keeps_its_column() {
        let line = format!(
            "{{{}\"titel\": \"People\"{}}}",
            "\"a\": 1, ".repeat(40),
            ", \"b\": 2".repeat(40)
        );
        let column = line.find("\"titel\"").unwrap() + 1;
        let diagnostic = Diagnostic {
            line: 1,
            column,
            ..unknown_key()
        };
        let rendered = human(&[diagnostic], &line, false);
        assert!(
            rendered.contains(&format!("= note: at spec/x.yaml:1:{column}\n")),
            "{rendered}"
        );
        let quoted = rendered.lines().find(|l| l.starts_with("1 |")).unwrap();
        assert!(
            quoted.starts_with("1 | …") && quoted.ends_with('…'),
            "{quoted}"
        );
        assert!(
            quoted.chars().count() < 2 * EXCERPT_CONTEXT + 20,
            "{quoted}"
        );
        let caret = rendered.lines().find(|l| l.contains('^')).unwrap();
        let offset = caret.chars().position(|c| c == '^').unwrap();
        let under: String = quoted.chars().skip(offset).take(7).collect();
        assert_eq!(under, "\"titel\"", "{rendered}");
    }

    #[test]
    fn spans_cover_keys_quoted_values_and_flow_items() {
        let cases = [
            ("  summery: x", 3, "summery"),
            ("  'a: b': x", 3, "'a: b'"),
            ("  {type: strin, format: x}", 10, "strin"),
            ("  url: http://x", 8, "http://x"),
            ("  a: b # note", 6, "b"),
            ("  a:", 5, ""),
            ("", 1, ""),
        ];
        for (line, column, expected) in cases {
            let span = token_span(line, column);
            assert_eq!(&line[span.clone()], expected, "{line:?} at {column}");
        }
    }
}
