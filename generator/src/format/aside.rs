//! Lines that prettyplease prints the same way wherever they stand are kept away from syn.
//!
//! Two kinds make up much of a generated crate's text. Outer doc comments (`/// text`) come back
//! exactly as written, at their item's indentation. Repeated attributes (serde's per-field
//! options, the derive list of every model) come back laid out the same way at the same
//! indentation. Each batch hands syn a short placeholder for such a line, and the lines are put
//! back after printing, in order: a doc as written, an attribute as prettyplease printed it once
//! for that indentation. If the placeholders do not come back one for one, on lines of their
//! own, the caller formats the batch the plain way.

use std::collections::{HashMap, HashSet};
use std::sync::Mutex;

/// Stands in for one doc comment; prints as itself.
const DOC_PLACEHOLDER: &str = "///@";
/// Stands in for one repeated attribute; prints as itself.
const ATTRIBUTE_PLACEHOLDER: &str = "#[__a]";
/// An attribute is set aside once it appears this often in a file: printing it once on its own
/// costs about as much as three times in place.
const REPEATS: usize = 4;

/// A line set aside, in the order of the text.
pub enum Kept<'a> {
    Doc(&'a str),
    Attribute(&'a str),
}

/// What is set aside in one file, and each repeated attribute's printed form by indentation.
pub struct Aside<'a> {
    repeated: HashSet<&'a str>,
    printed: Mutex<HashMap<(&'a str, usize), Option<String>>>,
}

impl<'a> Aside<'a> {
    /// Finds the attributes that repeat in the file's `lines`.
    pub fn new(lines: &[&'a str]) -> Aside<'a> {
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for line in lines {
            let trimmed = line.trim();
            if is_one_attribute(trimmed) {
                *counts.entry(trimmed).or_default() += 1;
            }
        }
        Aside {
            repeated: counts
                .into_iter()
                .filter(|&(_, count)| count >= REPEATS)
                .map(|(attribute, _)| attribute)
                .collect(),
            printed: Mutex::new(HashMap::new()),
        }
    }

    /// The batch's text for syn, with placeholders, and the lines they stand for.
    pub fn strip(&self, lines: &[&'a str]) -> (String, Vec<Kept<'a>>) {
        let mut kept = Vec::new();
        let mut text = String::with_capacity(lines.iter().map(|line| line.len() + 1).sum());
        for line in lines {
            let trimmed = line.trim();
            if is_outer_doc_comment(trimmed) {
                kept.push(Kept::Doc(trimmed));
                text.push_str(DOC_PLACEHOLDER);
            } else if self.repeated.contains(trimmed) {
                kept.push(Kept::Attribute(trimmed));
                text.push_str(ATTRIBUTE_PLACEHOLDER);
            } else {
                text.push_str(line);
            }
            text.push('\n');
        }
        (text, kept)
    }

    /// `printed` with its placeholders replaced by the lines kept, in order; `None` unless they
    /// match one for one.
    pub fn restore(&self, printed: &str, kept: &[Kept<'a>]) -> Option<String> {
        let mut out = String::with_capacity(printed.len() + printed.len() / 2);
        let mut kept = kept.iter();
        for line in printed.lines() {
            let trimmed = line.trim_start();
            let indentation = &line[..line.len() - trimmed.len()];
            match (trimmed, kept.as_slice().first()) {
                (DOC_PLACEHOLDER, Some(Kept::Doc(doc))) => {
                    out.push_str(indentation);
                    out.push_str(doc);
                }
                (ATTRIBUTE_PLACEHOLDER, Some(Kept::Attribute(attribute))) => {
                    out.push_str(&self.printed_at(attribute, indentation.len())?);
                }
                (DOC_PLACEHOLDER | ATTRIBUTE_PLACEHOLDER, _) => return None,
                _ => {
                    out.push_str(line);
                    out.push('\n');
                    continue;
                }
            }
            kept.next();
            out.push('\n');
        }
        kept.next().is_none().then_some(out)
    }

    /// How prettyplease prints `attribute` on an item indented by `indentation` spaces (without
    /// the final newline), computed once: the attribute on a unit struct nested in as many modules
    /// as it takes to reach that indentation.
    fn printed_at(&self, attribute: &'a str, indentation: usize) -> Option<String> {
        let mut printed = self.printed.lock().unwrap_or_else(|e| e.into_inner());
        printed
            .entry((attribute, indentation))
            .or_insert_with(|| print_alone(attribute, indentation))
            .clone()
    }
}

fn print_alone(attribute: &str, indentation: usize) -> Option<String> {
    let (depth, rest) = (indentation / 4, indentation % 4);
    if rest != 0 {
        return None;
    }
    let snippet = format!(
        "{}{attribute}\nstruct S;\n{}",
        "mod m {\n".repeat(depth),
        "}\n".repeat(depth)
    );
    let file = syn::parse_file(&snippet).ok()?;
    let printed = prettyplease::unparse(&file);
    let lines: Vec<&str> = printed.lines().skip(depth).collect();
    let end = lines.iter().position(|line| line.trim() == "struct S;")?;
    (end > 0).then(|| lines[..end].join("\n"))
}

/// `/// text` or a bare `///` (not `////`, an ordinary comment, nor `//!`), trimmed.
fn is_outer_doc_comment(trimmed: &str) -> bool {
    trimmed
        .strip_prefix("///")
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
}

/// One whole outer attribute, `#[...]`, and nothing else on the (trimmed) line: brackets balance
/// only at the end, outside string literals.
fn is_one_attribute(trimmed: &str) -> bool {
    if !trimmed.starts_with("#[") || !trimmed.ends_with(']') {
        return false;
    }
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for (at, c) in trimmed.char_indices() {
        if in_string {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '[' | '(' | '{' => depth += 1,
            ']' | ')' | '}' => {
                let Some(less) = depth.checked_sub(1) else {
                    return false;
                };
                depth = less;
                if depth == 0 && at + 1 != trimmed.len() {
                    return false;
                }
            }
            _ => {}
        }
    }
    depth == 0 && !in_string
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_attributes_only() {
        assert!(is_one_attribute("#[serde(default)]"));
        assert!(is_one_attribute(r#"#[serde(rename = "a]b\"c")]"#));
        assert!(!is_one_attribute("#[serde(default)] pub x: i32,"));
        assert!(!is_one_attribute("#[a] #[b]"));
        assert!(!is_one_attribute("#[serde("));
        assert!(!is_one_attribute("#![allow(x)]"));
    }

    #[test]
    fn placeholders_that_do_not_come_back_one_for_one_are_refused() {
        let aside = Aside::new(&[]);
        let restore = |printed, kept: &[Kept<'static>]| aside.restore(printed, kept);
        assert_eq!(
            restore(
                "///@\nstruct A;\n",
                &[Kept::Doc("/// a"), Kept::Doc("/// b")]
            ),
            None
        );
        assert_eq!(restore("///@\n///@\n", &[Kept::Doc("/// a")]), None);
        assert_eq!(restore("#[__a]\n", &[Kept::Doc("/// a")]), None);
        assert_eq!(
            restore("    ///@\n    x\n", &[Kept::Doc("/// a")]).as_deref(),
            Some("    /// a\n    x\n")
        );
    }

    #[test]
    fn attributes_are_printed_at_their_indentation() {
        let long = r#"#[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "crate::support::non_null")]"#;
        let aside = Aside::new(&[long; REPEATS]);
        let printed = aside.printed_at(long, 4).unwrap();
        assert!(
            printed.starts_with("    #[serde(\n        default,"),
            "{printed}"
        );
        assert_eq!(
            aside.printed_at("#[serde(flatten)]", 8).unwrap(),
            "        #[serde(flatten)]"
        );
        assert_eq!(aside.printed_at("#[serde(flatten)]", 3), None);
    }
}
