//! Macro tables that the templates lay out themselves: the runtime's `object!`, a struct with one
//! property per line. prettyplease prints a macro's tokens as a flowing run, so each table is set
//! aside for a placeholder item before formatting and put back, re-indented, afterwards. Within
//! a table, empty lines are dropped, doc comments take the indentation of the line they
//! document (the `doc` filter writes them unindented), and a field wider than [`WIDTH`] breaks
//! after its `=`, as rustfmt breaks a long `let`. Nothing in a table is spec text that was
//! not already escaped (identifiers are sanitised, wire names are string literals, docs go
//! through the `doc` filter), so writing it as rendered is as safe as printing it.

/// The first line of a table, trimmed; the table ends at a `}` at the same indentation.
const OPENING: &str = "crate::support::object! {";
/// The widest a field's line may be before its wire name and presence go to the next line.
const WIDTH: usize = 100;
/// What stands in for a table while the file is formatted: an item, or a statement.
pub const PLACEHOLDER: &str = "__table!();";

/// `rendered` with each table replaced by a placeholder line, and the tables' lines (without
/// their first line's indentation) in order.
pub fn set_aside(rendered: &str) -> (String, Vec<Vec<String>>) {
    let mut text = String::with_capacity(rendered.len());
    let mut tables = Vec::new();
    let mut lines = rendered.lines();
    while let Some(line) = lines.next() {
        let trimmed = line.trim_ascii_start();
        if trimmed != OPENING {
            text.push_str(line);
            text.push('\n');
            continue;
        }
        let indentation = &line[..line.len() - trimmed.len()];
        let mut table = vec![trimmed.to_string()];
        for line in lines.by_ref() {
            if line.trim_ascii().is_empty() {
                continue;
            }
            let inner = line.strip_prefix(indentation).unwrap_or(line);
            table.push(inner.to_string());
            if inner == "}" {
                break;
            }
        }
        indent_docs(&mut table);
        let table = table.into_iter().flat_map(break_wide_field).collect();
        text.push_str(indentation);
        text.push_str(PLACEHOLDER);
        text.push('\n');
        tables.push(table);
    }
    (text, tables)
}

/// A field line, broken after its `=` when wider than [`WIDTH`] (the first ` = "`: a type holds
/// no quote, so what follows is the wire name's literal).
fn break_wide_field(line: String) -> Vec<String> {
    let trimmed = line.trim_ascii_start();
    let split = trimmed
        .strip_prefix("pub ")
        .and_then(|_| trimmed.find(" = \""));
    match split {
        Some(at) if line.len() > WIDTH => {
            let indentation = &line[..line.len() - trimmed.len()];
            vec![
                format!("{indentation}{} =", &trimmed[..at]),
                format!("{indentation}    {}", &trimmed[at + 3..]),
            ]
        }
        _ => vec![line],
    }
}

/// Gives each doc line the indentation of the next line that is not one.
fn indent_docs(table: &mut [String]) {
    let mut below = String::new();
    for line in table.iter_mut().rev() {
        let trimmed = line.trim_ascii_start();
        if trimmed.starts_with("///") {
            *line = format!("{below}{trimmed}");
        } else {
            below = line[..line.len() - trimmed.len()].to_string();
        }
    }
}

/// `formatted` with its placeholders replaced by `tables`, at the placeholders' indentation;
/// `None` unless they match one for one.
pub fn restore(formatted: &str, tables: &[Vec<String>]) -> Option<String> {
    if tables.is_empty() {
        return Some(formatted.to_string());
    }
    let mut out = String::with_capacity(
        formatted.len()
            + tables
                .iter()
                .flatten()
                .map(|line| line.len() + 5)
                .sum::<usize>(),
    );
    let mut tables = tables.iter();
    for line in formatted.lines() {
        let trimmed = line.trim_ascii_start();
        if trimmed != PLACEHOLDER {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        let indentation = &line[..line.len() - trimmed.len()];
        for table_line in tables.next()? {
            if !table_line.is_empty() {
                out.push_str(indentation);
                out.push_str(table_line);
            }
            out.push('\n');
        }
    }
    tables.next().is_none().then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_come_back_as_laid_out_at_their_new_indentation() {
        let rendered = "use x;\n  crate::support::object! {\n    /// A.\n/// More.\n\n      pub struct A {\n\n/// Id.\n          pub id: i64 = \"id\" required,\n      }\n  }\ncrate::support::object! {\n}\n";
        let (text, tables) = set_aside(rendered);
        assert_eq!(text, "use x;\n  __table!();\n__table!();\n");
        assert_eq!(tables.len(), 2);
        let formatted = "use x;\n\n__table!();\n\nmod m {\n    __table!();\n}\n";
        assert_eq!(
            restore(formatted, &tables).as_deref(),
            Some("use x;\n\ncrate::support::object! {\n    /// A.\n    /// More.\n    pub struct A {\n        /// Id.\n        pub id: i64 = \"id\" required,\n    }\n}\n\nmod m {\n    crate::support::object! {\n    }\n}\n")
        );
        assert_eq!(restore("__table!();\n", &tables), None);
        let wide = format!(
            "        pub {}: Option<String> = \"a = \\\"b\" optional,",
            "f".repeat(70)
        );
        assert_eq!(
            break_wide_field(wide),
            [
                format!("        pub {}: Option<String> =", "f".repeat(70)),
                "            \"a = \\\"b\" optional,".to_string()
            ]
        );
        let narrow = "        pub f: i64 = \"f\" required,".to_string();
        assert_eq!(break_wide_field(narrow.clone()), [narrow]);
        assert_eq!(
            restore("__table!();\n__table!();\n__table!();\n", &tables),
            None
        );
    }
}
