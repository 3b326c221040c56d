//! Escaping: how spec text becomes data in each kind of output, in one place.
//!
//! Spec text may only become a Rust string literal, a TOML basic string, a doc line or a single
//! line of a diagnostic; identifiers are made by `names`. Each function here takes any text and
//! returns something that cannot end the construct it is written into.

/// A Rust string literal. `Debug` escapes quotes, backslashes, every control character, line and
/// paragraph separators, and the bidirectional and invisible formatting characters that rustc's
/// `text_direction_codepoint_in_literal` lint refuses.
pub fn rust_string(text: &str) -> String {
    format!("{text:?}")
}

/// A TOML basic string (`"..."`): TOML's escapes, not Rust's (`\u{301}` is not TOML).
pub fn toml_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if needs_escape(c) => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Control characters, line and paragraph separators, and the formatting characters that change
/// how the text around them displays (bidirectional overrides, zero-width characters, the BOM).
fn needs_escape(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{2028}' | '\u{2029}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2069}'
            | '\u{FEFF}')
}

/// The lines of a doc text, split on every line break a reader or a tool might see (`\n`, `\r`,
/// `\r\n`, U+0085, U+2028, U+2029), each made safe to write after `///` or `//!`: `*/` cannot
/// close an enclosing block comment, and control and bidirectional characters (which rustc
/// refuses in comments) are written as visible `\u{..}` text.
pub fn doc_lines(text: &str) -> impl Iterator<Item = String> + '_ {
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let current = rest?;
        match current.find(['\n', '\r', '\u{85}', '\u{2028}', '\u{2029}']) {
            Some(index) => {
                let break_len = if current[index..].starts_with("\r\n") {
                    2
                } else {
                    current[index..].chars().next().map_or(1, char::len_utf8)
                };
                rest = Some(&current[index + break_len..]);
                Some(doc_line(&current[..index]))
            }
            None => {
                rest = None;
                Some(doc_line(current))
            }
        }
    })
}

/// One line of doc text (no line breaks left), neutralised.
fn doc_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    for c in line.chars() {
        if c != '\t' && needs_escape(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    if out.contains("*/") {
        out = neutralise_block_ends(&out);
    }
    out
}

/// `*/` written as `*\/`, which Markdown shows as `*/`, so the line cannot close a block comment
/// it is ever placed in. Inside a code span (`` `*/*` ``) a backslash would show, so it is kept
/// there: the line is always written as a `///` or `//!` comment, which `*/` cannot end.
fn neutralise_block_ends(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 4);
    let mut in_code = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        out.push(c);
        if c == '`' {
            in_code = !in_code;
        } else if c == '*' && !in_code && chars.peek() == Some(&'/') {
            out.push('\\');
        }
    }
    out
}

/// Text on one line of a terminal or a log: control characters (ANSI escapes, newlines that
/// would forge extra `error:` lines) and bidirectional overrides written as `\u{..}`.
pub fn one_line(text: &str) -> String {
    if !text.chars().any(needs_escape) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if needs_escape(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doc_lines_split_on_every_break() {
        let lines: Vec<String> = doc_lines("a\nb\rc\r\nd\u{85}e\u{2028}f\u{2029}g").collect();
        assert_eq!(lines, ["a", "b", "c", "d", "e", "f", "g"]);
        let lines: Vec<String> = doc_lines("x */ y\u{202e}\u{1b}[2J `*/*`").collect();
        assert_eq!(lines, ["x *\\/ y\\u{202e}\\u{1b}[2J `*/*`"]);
        assert_eq!(doc_lines("").collect::<Vec<_>>(), [""]);
    }

    #[test]
    fn toml_strings_use_toml_escapes() {
        assert_eq!(toml_string("a\"b\\c"), r#""a\"b\\c""#);
        assert_eq!(toml_string("x\ny\u{1}"), r#""x\ny\u0001""#);
        assert_eq!(toml_string("e\u{301}\u{202e}"), "\"e\u{301}\\u202E\"");
    }

    #[test]
    fn rust_strings_escape_what_rustc_refuses() {
        assert_eq!(rust_string("\u{202e}\r\""), r#""\u{202e}\r\"""#);
    }

    #[test]
    fn one_line_escapes_terminal_controls() {
        assert_eq!(
            one_line("a\u{1b}]0;x\u{7}\nerror: b"),
            "a\\u{1b}]0;x\\u{7}\\u{a}error: b"
        );
        assert_eq!(one_line("plain `key`"), "plain `key`");
    }
}
