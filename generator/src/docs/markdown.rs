//! Spec text in Markdown pages: the escaping filters the docs templates print it through, so that
//! a description can neither break a table nor inject HTML into a rendered page.

use minijinja::Value;

/// `text|md_cell`: one table cell. `|` is escaped, line breaks become `<br>`, and `<`, `>` and `&`
/// outside code spans become entities.
pub fn md_cell(value: Value) -> String {
    let text = lines_of(&value).join("\n");
    let mut out = String::with_capacity(text.len());
    let mut in_code = false;
    let mut lines = text.lines().map(str::trim).filter(|line| !line.is_empty());
    let mut next = lines.next();
    while let Some(line) = next {
        escape_line(&mut out, line, &mut in_code, true);
        next = lines.next();
        if next.is_some() {
            out.push_str("<br>");
        }
    }
    out
}

/// `lines|md_text`: block text, one Markdown line per line. Code fences and code spans are left
/// as they are; outside them `<`, `>` and `&` become entities (no raw HTML from the spec).
pub fn md_text(value: Value) -> String {
    let mut out = String::new();
    let mut in_fence = false;
    for line in lines_of(&value) {
        let line = line.trim_end().replace('\r', "");
        if line.trim_start().starts_with("```") {
            in_fence = !in_fence;
            out.push_str(&line);
        } else if in_fence {
            out.push_str(&line);
        } else {
            let mut in_code = false;
            escape_line(&mut out, &line, &mut in_code, false);
        }
        out.push('\n');
    }
    if in_fence {
        out.push_str("```\n");
    }
    out
}

fn lines_of(value: &Value) -> Vec<String> {
    if let Some(text) = value.as_str() {
        return text.lines().map(str::to_string).collect();
    }
    match value.try_iter() {
        Ok(items) => items
            .flat_map(|item| {
                let text = item.as_str().unwrap_or_default();
                if text.is_empty() {
                    // An empty entry is a paragraph break, which `lines` would drop.
                    vec![String::new()]
                } else {
                    text.lines().map(str::to_string).collect()
                }
            })
            .collect(),
        Err(_) => vec![value.to_string()],
    }
}

fn escape_line(out: &mut String, line: &str, in_code: &mut bool, cell: bool) {
    for c in line.chars() {
        match c {
            '`' => {
                *in_code = !*in_code;
                out.push(c);
            }
            '|' if cell => out.push_str("\\|"),
            '<' if !*in_code => out.push_str("&lt;"),
            '>' if !*in_code => out.push_str("&gt;"),
            '&' if !*in_code => out.push_str("&amp;"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_escape_pipes_breaks_and_html_but_not_code() {
        let cell = md_cell(Value::from(vec![
            "a | b",
            "",
            "<script>x</script> and `<personId>` & co",
        ]));
        assert_eq!(
            cell,
            "a \\| b<br>&lt;script&gt;x&lt;/script&gt; and `<personId>` &amp; co"
        );
    }

    #[test]
    fn text_keeps_markdown_and_fences_but_not_html() {
        let text = md_text(Value::from(vec![
            "**Note:** <b>x</b>",
            "```JSON",
            "{\"a\": \"<b>\"}",
            "```",
            "`-me-` for <personId>",
        ]));
        assert_eq!(
            text,
            "**Note:** &lt;b&gt;x&lt;/b&gt;\n```JSON\n{\"a\": \"<b>\"}\n```\n`-me-` for &lt;personId&gt;\n"
        );
    }

    #[test]
    fn empty_entries_stay_paragraph_breaks() {
        assert_eq!(md_text(Value::from(vec!["a", "", "b"])), "a\n\nb\n");
    }

    #[test]
    fn an_unterminated_fence_is_closed() {
        assert_eq!(md_text(Value::from(vec!["```", "x"])), "```\nx\n```\n");
    }
}
