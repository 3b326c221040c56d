//! Format: rendered Rust text parsed by syn and printed by prettyplease, with blank lines between
//! items and the "do not edit" preamble added afterwards.

mod aside;
mod printable;
mod tables;

use aside::Aside;

/// Formats one rendered Rust file. A parse failure is a generator bug: the error names the
/// template and shows the offending rendered lines.
///
/// Large files are parsed and printed in batches of whole top-level items, so the syntax tree of
/// only one batch per thread is alive at a time (a 10 MB models file does not need its whole AST
/// in memory), and batches are formatted on every available core: syn and prettyplease are most
/// of the generator's time.
pub fn format_rust(preamble: &str, rendered: &str, template: &str) -> Result<String, String> {
    let (rendered, set_aside) = tables::set_aside(rendered);
    let formatted = format_items(preamble, &rendered, template)?;
    tables::restore(&formatted, &set_aside).ok_or_else(|| {
        format!(
            "internal error: the macro tables of template {template} did not survive formatting"
        )
    })
}

/// [`format_rust`] of a text without macro tables.
fn format_items(preamble: &str, rendered: &str, template: &str) -> Result<String, String> {
    let lines: Vec<&str> = rendered.lines().collect();
    let aside = Aside::new(&lines);
    let batches = batches(&lines);
    let threads = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .min(batches.len());
    // One thread formats and appends each batch in turn; several collect their batches first.
    let formatted: Box<dyn Iterator<Item = Option<String>>> = if threads <= 1 {
        Box::new(
            batches
                .iter()
                .map(|range| format_batch(&lines[range.clone()], &aside)),
        )
    } else {
        Box::new(format_in_parallel(&lines, &batches, threads, &aside).into_iter())
    };
    let mut out = String::with_capacity(preamble.len() + rendered.len() + rendered.len() / 16);
    out.push_str(preamble);
    let mut last_line = None;
    for batch in formatted {
        match batch {
            Some(text) => last_line = space_out_into(&mut out, &text, last_line.as_deref()),
            // The split is a heuristic over template output; if it cut an item, fall back to
            // the whole file, which also gives the real error.
            None => {
                return format_whole(rendered, template).map(|text| format!("{preamble}{text}"))
            }
        }
    }
    Ok(out)
}

/// Line ranges of about `BATCH_BYTES` each, cut only at item boundaries.
fn batches(lines: &[&str]) -> Vec<std::ops::Range<usize>> {
    let boundaries = item_boundaries(lines);
    let mut batches = Vec::new();
    let mut start = 0;
    let mut size = 0;
    for pair in boundaries.windows(2) {
        size += lines[pair[0]..pair[1]]
            .iter()
            .map(|l| l.len() + 1)
            .sum::<usize>();
        if size < BATCH_BYTES && pair[1] != lines.len() {
            continue;
        }
        batches.push(start..pair[1]);
        start = pair[1];
        size = 0;
    }
    batches
}

/// One batch through syn and prettyplease; `None` when it does not parse on its own. Lines
/// prettyplease prints as written are set aside while it is parsed and printed (see `aside`);
/// when they cannot be put back, the batch is formatted the plain way.
fn format_batch<'a>(lines: &[&'a str], aside: &Aside<'a>) -> Option<String> {
    aside.format(lines).or_else(|| {
        let file = syn::parse_file(&lines.join("\n")).ok()?;
        // Left to the whole-file pass, which reports it.
        if printable::first_verbatim(&file).is_some() {
            return None;
        }
        Some(prettyplease::unparse(&file))
    })
}

/// Workers take the next batch from a shared counter, so a slow batch does not hold up the rest;
/// results land in their batch's slot, keeping the output order.
fn format_in_parallel<'a>(
    lines: &[&'a str],
    batches: &[std::ops::Range<usize>],
    threads: usize,
    aside: &Aside<'a>,
) -> Vec<Option<String>> {
    // A worker only panics if syn or prettyplease does; the slots it left empty send the file
    // down the single-threaded whole-file path instead.
    on_every_core(batches, threads, |range| {
        format_batch(&lines[range.clone()], aside)
    })
    .into_iter()
    .map(Option::flatten)
    .collect()
}

/// `work` on every item, on `threads` threads that each take the next item when done, the
/// results in item order; `None` for an item whose `work` panicked.
pub(crate) fn on_every_core<T: Sync, R: Send>(
    items: &[T],
    threads: usize,
    work: impl Fn(&T) -> R + Sync,
) -> Vec<Option<R>> {
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut slots: Vec<Option<R>> = std::iter::repeat_with(|| None).take(items.len()).collect();
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let index = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(item) = items.get(index) else {
                            return done;
                        };
                        done.push((index, work(item)));
                    }
                })
            })
            .collect();
        for worker in workers {
            if let Ok(done) = worker.join() {
                for (index, result) in done {
                    slots[index] = Some(result);
                }
            }
        }
    });
    slots
}

const BATCH_BYTES: usize = 16 * 1024;

fn format_whole(rendered: &str, template: &str) -> Result<String, String> {
    let file = syn::parse_file(rendered).map_err(|error| {
        let (first, last) = failing_item(rendered);
        let context = rendered
            .lines()
            .enumerate()
            .skip(first)
            .take((last - first).clamp(1, 12))
            .map(|(index, line)| format!("{:>5} | {line}", index + 1))
            .collect::<Vec<_>>()
            .join("\n");
        format!(
            "internal error: the output of template {template} does not parse as Rust ({error}); the first item that fails is at rendered lines {}-{}:\n{context}",
            first + 1,
            last
        )
    })?;
    if let Some(construct) = printable::first_verbatim(&file) {
        return Err(format!(
            "internal error: the output of template {template} has a {construct} that parses but cannot be printed"
        ));
    }
    Ok(space_out_items(&prettyplease::unparse(&file)))
}

/// Line indices where a top-level item may start: after a line at column 0 that closes an item
/// (`}` or `...;`), at a line that is itself at column 0. Includes 0 and `lines.len()`.
fn item_boundaries(lines: &[&str]) -> Vec<usize> {
    let mut boundaries = vec![0];
    let mut previous_closes = false;
    for (index, line) in lines.iter().enumerate() {
        if line.trim_ascii().is_empty() {
            continue;
        }
        let at_column_zero = !line.starts_with(char::is_whitespace);
        if index > 0 && previous_closes && at_column_zero {
            boundaries.push(index);
        }
        let trimmed = line.trim_end();
        previous_closes = at_column_zero && (trimmed == "}" || trimmed.ends_with(';'));
    }
    boundaries.push(lines.len());
    boundaries
}

/// The 0-based line range of the first top-level item that does not parse on its own. syn's
/// spans only carry lines with proc-macro2's `span-locations`, which slows every parse down and
/// keeps every parsed text alive, so the (rare) failure is located by re-parsing item by item.
fn failing_item(rendered: &str) -> (usize, usize) {
    let lines: Vec<&str> = rendered.lines().collect();
    let boundaries = item_boundaries(&lines);
    for pair in boundaries.windows(2) {
        let chunk = lines[pair[0]..pair[1]].join("\n");
        if syn::parse_file(&chunk).is_err() {
            return (pair[0], pair[1]);
        }
    }
    (0, lines.len())
}

/// prettyplease prints items back to back; a blank line after every item that closes (a `}` or a
/// `;` at the item's own indentation) makes the output read like hand-written code.
pub fn space_out_items(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    space_out_into(&mut out, text, None);
    out
}

/// [`space_out_items`] for one batch of a file, appended to `out`: `previous` is the last line of
/// the batch before (batches are formatted separately and never held all at once). Returns this
/// batch's last line.
fn space_out_into(out: &mut String, text: &str, previous: Option<&str>) -> Option<String> {
    let mut previous = previous;
    // Inside a file-level inner attribute (`#![cfg(..)]`, perhaps over several lines).
    let mut in_inner_attribute = false;
    let mut after_inner_attribute = false;
    for line in text.lines() {
        if let Some(previous) = previous {
            let after_inner_docs = previous.starts_with("//!") && !line.starts_with("//!");
            let after_inner_attribute = after_inner_attribute && !line.starts_with("#![");
            if after_inner_docs
                || after_inner_attribute
                || (ends_item(previous, line) && starts_item(line))
            {
                out.push('\n');
            }
        }
        if line.starts_with("#![") {
            in_inner_attribute = true;
        }
        after_inner_attribute = in_inner_attribute && line.ends_with(']') && !line.starts_with(' ');
        if after_inner_attribute {
            in_inner_attribute = false;
        }
        out.push_str(line);
        out.push('\n');
        previous = Some(line);
    }
    previous.map(str::to_string)
}

fn indentation(line: &str) -> usize {
    line.len() - line.trim_ascii_start().len()
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
        // A macro table (see `tables`), while it is set aside.
        tables::PLACEHOLDER,
        "crate::support::string_enum!",
    ];
    let trimmed = line.trim_start();
    STARTS.iter().any(|start| trimmed.starts_with(start))
}

fn ends_item(previous: &str, line: &str) -> bool {
    // Most lines end in neither: settle them before measuring indentation.
    if !matches!(previous.as_bytes().last(), Some(b'}' | b';')) {
        return false;
    }
    let trimmed = previous.trim_start();
    if indentation(previous) != indentation(line) {
        return false;
    }
    // Imports stay together, and so do module declarations (`mod a;`).
    let is_use =
        |l: &str| l.trim_start().starts_with("use ") || l.trim_start().starts_with("pub use ");
    let is_mod = |l: &str| l.trim_start().starts_with("mod ") && l.ends_with(';');
    if (is_use(previous) && is_use(line)) || (is_mod(previous) && is_mod(line)) {
        return false;
    }
    trimmed == "}" || trimmed == "};" || (trimmed.ends_with(';') && !trimmed.starts_with("//"))
}

/// The benchmark's seeded spec generator, for the formatting test below.
#[cfg(test)]
#[path = "../benches/synthetic.rs"]
mod synthetic;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_are_spaced_but_fields_and_uses_are_not() {
        let input = "mod m;\nmod n;\nuse a;\nuse b;\npub struct A {\n    pub x: i32,\n    /// Doc.\n    pub y: i32,\n}\nimpl A {\n    fn f() {}\n    fn g() {\n        let x = 1;\n    }\n}\npub type B = A;\n";
        let expected = "mod m;\nmod n;\n\nuse a;\nuse b;\n\npub struct A {\n    pub x: i32,\n    /// Doc.\n    pub y: i32,\n}\n\nimpl A {\n    fn f() {}\n    fn g() {\n        let x = 1;\n    }\n}\n\npub type B = A;\n";
        assert_eq!(space_out_items(input), expected);
    }

    /// Doc comments set aside during formatting come back exactly where prettyplease would have
    /// printed them, at every nesting level.
    #[test]
    fn doc_comments_set_aside_come_back_in_place() {
        let rendered = "/// A model.\n///\n/// With `code`, \"quotes\", \\ and é.\n#[derive(Debug)]\npub struct A {\n/// A field.\npub x: i32,\n    ///   indented\n    #[serde(default)]\n    pub y: Option<i32>,\n}\n/// An enum.\npub enum E {\n/// A variant.\nV,\n}\nimpl A {\n/// A method.\npub fn f(&self) -> i32 {\nmatch self.x {\n/// An arm.\n0 => 1,\n_ => 2,\n}\n}\n}\n//// not a doc\npub trait T {\n    /// A trait method.\n    fn g(&self);\n}\n";
        let plain = format_whole(rendered, "test").unwrap();
        assert_eq!(format_rust("", rendered, "test").unwrap(), plain);
        assert!(plain.contains("    ///   indented\n"), "{plain}");
    }

    /// Attributes that repeat are printed once per indentation and put back in place; where a
    /// placeholder would share a line (a statement's attribute) the batch is formatted plainly.
    #[test]
    fn repeated_attributes_set_aside_come_back_in_place() {
        let field = r#"#[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "crate::support::non_null")]"#;
        let mut rendered = String::from("#[derive(Debug, Clone)]\npub struct A {\n");
        for name in ["a", "b", "c", "d"] {
            rendered.push_str(&format!("{field}\npub {name}: Option<i32>,\n"));
        }
        rendered.push_str("}\n#[derive(Debug, Clone)]\npub struct B;\n#[derive(Debug, Clone)]\npub enum E {\n#[serde(untagged)]\nV(i32),\n}\n#[derive(Debug, Clone)]\npub struct C;\n");
        rendered.push_str("impl A {\nfn f() {\n");
        for _ in 0..4 {
            rendered.push_str("#[allow(unused_variables)]\nlet x = 1;\n");
        }
        rendered.push_str("}\n}\nmod m {\n");
        for name in ["D", "F", "G", "H"] {
            rendered.push_str(&format!("{field}\npub struct {name};\n"));
        }
        rendered.push_str("}\n");
        let plain = format_whole(&rendered, "test").unwrap();
        assert_eq!(format_rust("", &rendered, "test").unwrap(), plain);
        let lines: Vec<&str> = rendered.lines().collect();
        let aside = Aside::new(&lines);
        let (_, kept) = aside.strip(&lines);
        assert!(kept.len() >= 12, "{}", kept.len());
    }

    /// Struct fields, unit variants and wire arms set aside come back as prettyplease prints
    /// them, including fields too wide to set aside and arms that would land past the margin.
    #[test]
    fn fields_variants_and_arms_set_aside_come_back_in_place() {
        let wide = "VeryLongSchemaNameThatPushesTheFieldPastTheMarginOfPrettyplease";
        let rendered = format!(
            "pub struct A {{\n    /// Id.\n    pub id: uuid::Uuid,\n    pub r#type: Option<std::collections::BTreeMap<String, crate::Integer>>,\n    #[serde(flatten)]\n    pub extra: serde_json::Map<String, serde_json::Value>,\n    pub wide: Option<Box<crate::models::{wide}>>,\n}}\n\
             pub enum E {{\n    /// `active`\n    #[serde(rename = \"active\")]\n    Active,\n    #[serde(rename = \"in progress\")]\n    #[default]\n    InProgress,\n    /// Kept.\n    #[serde(untagged)]\n    Other(String),\n}}\n\
             impl E {{\n    pub fn as_str(&self) -> &str {{\n        match self {{\n            Self::A => \"a\",\n            Self::{wide} => \"{wide}\",\n            Self::Other(value) => value,\n        }}\n    }}\n}}\n\
             fn f(value: &str) -> E {{\n    let parsed = match value {{\n        \"a\" => Self::A,\n        other => Self::Other(other.to_string()),\n    }};\n    parsed\n}}\n"
        );
        let plain = format_whole(&rendered, "test").unwrap();
        assert_eq!(format_rust("", &rendered, "test").unwrap(), plain);
        let lines: Vec<&str> = rendered.lines().collect();
        let (stripped, _) = Aside::new(&lines).strip(&lines);
        assert!(
            !stripped.contains("uuid::Uuid") && !stripped.contains("Self::A =>"),
            "{stripped}"
        );
        assert!(stripped.contains(wide), "{stripped}");
    }

    /// Setting lines aside is only a shortcut: on every rendered file of the project's specs, the
    /// fixtures and a small synthetic spec (string enums, wide structs), the result is exactly
    /// what plain syn + prettyplease give, and it is reached without falling back.
    #[test]
    fn setting_aside_gives_exactly_the_plain_formatting() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut specs: Vec<(String, String)> = ["spec", "tests/fixtures"]
            .iter()
            .flat_map(|dir| std::fs::read_dir(root.join(dir)).unwrap())
            .map(|entry| entry.unwrap().path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "yaml"))
            .map(|path| {
                let text = std::fs::read_to_string(&path).unwrap();
                (path.display().to_string(), text)
            })
            .collect();
        specs.push(("synthetic:3".to_string(), super::synthetic::spec(3, 40, 7)));
        let mut files = 0;
        for (name, text) in &specs {
            let settings = crate::Settings::new(name.as_str(), "check");
            let (api, _) = crate::lower(text, &settings).unwrap_or_else(|e| panic!("{name}: {e}"));
            for file in crate::render(&api, &settings).unwrap() {
                if !file.path.ends_with(".rs") {
                    continue;
                }
                // Macro tables are laid out by the templates either way.
                let (text, macro_tables) = tables::set_aside(&file.text);
                let plain = format_whole(&text, &file.template).unwrap();
                let plain = tables::restore(&plain, &macro_tables).unwrap();
                let set_aside = format_rust("", &file.text, &file.template).unwrap();
                assert!(set_aside == plain, "{name}: {} differs", file.path);
                files += 1;
                // ... and by the short path: no batch fell back to plain formatting.
                let lines: Vec<&str> = text.lines().collect();
                let aside = Aside::new(&lines);
                for range in batches(&lines) {
                    let formatted = aside.format(&lines[range]);
                    assert!(formatted.is_some(), "{name}: {} fell back", file.path);
                }
            }
        }
        assert!(files >= 3 * specs.len(), "{files} files");
    }

    #[test]
    fn parse_errors_name_the_template_and_line() {
        let error = format_rust(
            "",
            "pub struct A {\n    x: ,\n}\n",
            "crate/src/models/mod.rs.jinja",
        )
        .unwrap_err();
        assert!(error.contains("crate/src/models/mod.rs.jinja"), "{error}");
        assert!(error.contains("rendered lines 1-3"), "{error}");
        assert!(error.contains("    2 |     x: ,"), "{error}");
    }
}
