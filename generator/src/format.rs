//! Format: rendered Rust text parsed by syn and printed by prettyplease, with blank lines between
//! items and the "do not edit" preamble added afterwards.

/// Formats one rendered Rust file. A parse failure is a generator bug: the error names the
/// template and shows the offending rendered lines.
pub fn format_rust(rendered: &str, template: &str) -> Result<String, String> {
    let file = syn::parse_file(rendered).map_err(|error| {
        let start = error.span().start();
        let context = rendered
            .lines()
            .enumerate()
            .skip(start.line.saturating_sub(4))
            .take(7)
            .map(|(index, line)| format!("{:>5} | {line}", index + 1))
            .collect::<Vec<_>>()
            .join("\n");
        format!(
            "internal error: the output of template {template} does not parse as Rust at rendered line {}:{}: {error}\n{context}",
            start.line,
            start.column + 1
        )
    })?;
    Ok(space_out_items(&prettyplease::unparse(&file)))
}

/// prettyplease prints items back to back; a blank line after every item that closes (a `}` or a
/// `;` at the item's own indentation) makes the output read like hand-written code.
pub fn space_out_items(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    for (index, line) in lines.iter().enumerate() {
        let after_inner_docs =
            index > 0 && lines[index - 1].starts_with("//!") && !line.starts_with("//!");
        if after_inner_docs || (index > 0 && starts_item(line) && ends_item(lines[index - 1], line))
        {
            out.push('\n');
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

fn indentation(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

fn starts_item(line: &str) -> bool {
    const STARTS: &[&str] = &[
        "///",
        "//!",
        "#[",
        "#![",
        "pub ",
        "pub(",
        "impl",
        "fn ",
        "async fn",
        "struct ",
        "enum ",
        "trait ",
        "mod ",
        "const ",
        "static ",
        "type ",
        "use ",
        "unsafe impl",
        "macro_rules!",
    ];
    let trimmed = line.trim_start();
    STARTS.iter().any(|start| trimmed.starts_with(start))
}

fn ends_item(previous: &str, line: &str) -> bool {
    let trimmed = previous.trim_start();
    if indentation(previous) != indentation(line) {
        return false;
    }
    let is_use =
        |l: &str| l.trim_start().starts_with("use ") || l.trim_start().starts_with("pub use ");
    if is_use(previous) && is_use(line) {
        return false;
    }
    trimmed == "}" || trimmed == "};" || (trimmed.ends_with(';') && !trimmed.starts_with("//"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_are_spaced_but_fields_and_uses_are_not() {
        let input = "use a;\nuse b;\npub struct A {\n    pub x: i32,\n    /// Doc.\n    pub y: i32,\n}\nimpl A {\n    fn f() {}\n    fn g() {\n        let x = 1;\n    }\n}\npub type B = A;\n";
        let expected = "use a;\nuse b;\n\npub struct A {\n    pub x: i32,\n    /// Doc.\n    pub y: i32,\n}\n\nimpl A {\n    fn f() {}\n    fn g() {\n        let x = 1;\n    }\n}\n\npub type B = A;\n";
        assert_eq!(space_out_items(input), expected);
    }

    #[test]
    fn parse_errors_name_the_template_and_line() {
        let error =
            format_rust("pub struct A {\n    x: ,\n}\n", "crate/src/models.rs.jinja").unwrap_err();
        assert!(error.contains("crate/src/models.rs.jinja"), "{error}");
        assert!(error.contains("rendered line 2"), "{error}");
        assert!(error.contains("    2 |     x: ,"), "{error}");
    }
}
