//! Lines that prettyplease prints the same way wherever they stand are kept away from syn.
//!
//! Three kinds make up much of a generated crate's text. Outer doc comments (`/// text`) come
//! back exactly as written, at their item's indentation. Repeated attributes (serde's per-field
//! options, the derive list of every model) come back laid out the same way at the same
//! indentation. Match arms between a variant and its wire string (`Self::Active => "active",`,
//! two per variant of every string enum) come back as written whenever they fit on the line.
//! Each batch hands syn a short placeholder for every run of such lines (syn's cost is per token,
//! so a run of arms shares one), and the lines are put back after printing, in order: a doc or an
//! arm as written, an attribute as prettyplease printed it once for that indentation. If the placeholders do not come back one for one, on lines of their
//! own, or an arm would no longer fit where it lands, the caller formats the batch the plain way.

use std::collections::{HashMap, HashSet};
use std::sync::Mutex;

/// An attribute is set aside once it appears this often in a file: printing it once on its own
/// costs about as much as three times in place.
const REPEATS: usize = 4;
/// prettyplease breaks an arm that does not fit in its margin (89 columns, at least 60 past the
/// indentation); an arm is only set aside when it ends well inside that, indentation included.
const ARM_WIDTH: usize = 80;

/// The runs of lines set aside. syn's cost is per token, so consecutive lines of one kind at one
/// indentation share a single placeholder: a field's doc comment and its serde options are one
/// run of outer attributes, the arms of a string enum's match one run of arms.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    /// Doc comments and repeated attributes.
    Attributes,
    /// Wire arms (`Self::Active => "active",`).
    Arms,
}

impl Kind {
    /// What stands in for a run of this kind: each prints as itself, on a line of its own.
    fn placeholder(self) -> &'static str {
        match self {
            Kind::Attributes => "#[__a]",
            Kind::Arms => "__a => 0,",
        }
    }

    fn of_placeholder(trimmed: &str) -> Option<Kind> {
        [Kind::Attributes, Kind::Arms]
            .into_iter()
            .find(|kind| kind.placeholder() == trimmed)
    }
}

/// A run of lines set aside: their kind and where they are in the batch's lines.
#[derive(Debug)]
pub struct Kept {
    kind: Kind,
    lines: std::ops::Range<usize>,
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

    /// The run `line` can be part of, if it is set aside at all.
    fn kind_of(&self, line: &str) -> Option<Kind> {
        let trimmed = line.trim();
        if is_outer_doc_comment(trimmed) || self.repeated.contains(trimmed) {
            Some(Kind::Attributes)
        } else if line.len() <= ARM_WIDTH && is_wire_arm(trimmed) {
            Some(Kind::Arms)
        } else {
            None
        }
    }

    /// The batch's text for syn, with placeholders, and the runs of `lines` they stand for.
    pub fn strip(&self, lines: &[&str]) -> (String, Vec<Kept>) {
        let mut kept = Vec::new();
        let mut text = String::with_capacity(lines.iter().map(|line| line.len() + 1).sum());
        let mut index = 0;
        while index < lines.len() {
            let line = lines[index];
            let Some(kind) = self.kind_of(line) else {
                text.push_str(line);
                text.push('\n');
                index += 1;
                continue;
            };
            let indentation = indentation_of(line);
            let end = index
                + 1
                + lines[index + 1..]
                    .iter()
                    .take_while(|next| {
                        indentation_of(next) == indentation && self.kind_of(next) == Some(kind)
                    })
                    .count();
            kept.push(Kept {
                kind,
                lines: index..end,
            });
            text.push_str(kind.placeholder());
            text.push('\n');
            index = end;
        }
        (text, kept)
    }

    /// `printed` with its placeholders replaced by the `lines` kept, in order; `None` unless they
    /// match one for one and every arm still fits where it lands.
    pub fn restore(&self, printed: &str, lines: &[&'a str], kept: &[Kept]) -> Option<String> {
        let mut out = String::with_capacity(printed.len() + printed.len() / 2);
        let mut kept = kept.iter();
        for line in printed.lines() {
            let trimmed = line.trim_start();
            let Some(kind) = Kind::of_placeholder(trimmed) else {
                out.push_str(line);
                out.push('\n');
                continue;
            };
            let run = kept.next().filter(|run| run.kind == kind)?;
            let indentation = &line[..line.len() - trimmed.len()];
            for original in &lines[run.lines.clone()] {
                let original = original.trim();
                match kind {
                    Kind::Attributes if is_outer_doc_comment(original) => {
                        out.push_str(indentation);
                        out.push_str(original);
                    }
                    Kind::Attributes => {
                        out.push_str(&self.printed_at(original, indentation.len())?);
                    }
                    Kind::Arms if indentation.len() + original.len() <= ARM_WIDTH => {
                        out.push_str(indentation);
                        out.push_str(original);
                    }
                    Kind::Arms => return None,
                }
                out.push('\n');
            }
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

fn indentation_of(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

/// `Self::Variant => "wire",` or `"wire" => Self::Variant,` (trimmed), where the variant is an
/// UpperCamelCase identifier and the string needs no escapes: nothing in it that prettyplease
/// would print differently, and nothing that could fail to parse.
fn is_wire_arm(trimmed: &str) -> bool {
    let Some((pattern, body)) = trimmed
        .strip_suffix(',')
        .and_then(|arm| arm.split_once(" => "))
    else {
        return false;
    };
    (is_variant(pattern) && is_plain_string(body)) || (is_plain_string(pattern) && is_variant(body))
}

fn is_variant(text: &str) -> bool {
    text.strip_prefix("Self::").is_some_and(|name| {
        name.starts_with(|c: char| c.is_ascii_uppercase())
            && name != "Self"
            && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
    })
}

fn is_plain_string(text: &str) -> bool {
    text.len() >= 2
        && text.starts_with('"')
        && text.ends_with('"')
        && !text[1..text.len() - 1]
            .chars()
            .any(|c| c == '"' || c == '\\' || c.is_control())
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
    fn wire_arms_only() {
        assert!(is_wire_arm(r#"Self::Active => "active","#));
        assert!(is_wire_arm(r#""in progress" => Self::InProgress,"#));
        assert!(is_wire_arm(r#""" => Self::Empty,"#));
        assert!(!is_wire_arm(r#"Self::Other(value) => value,"#));
        assert!(!is_wire_arm(r#"other => Self::Other(other.to_string()),"#));
        assert!(!is_wire_arm(r#"Self::A => "a\"b","#));
        assert!(!is_wire_arm(r#"Self::A => "a" "b","#));
        assert!(!is_wire_arm(r#"Self::Self => "a","#));
        assert!(!is_wire_arm(r#"Self::lower => "a","#));
        assert!(!is_wire_arm(r#"Self::A => "a""#));
        assert!(!is_wire_arm(r#"Self::A => Self::B,"#));
    }

    /// Strips `text`, prints the rest, restores it: what the batch path does.
    fn round_trip(text: &str) -> (Vec<Kept>, Option<String>) {
        let lines: Vec<&str> = text.lines().collect();
        let aside = Aside::new(&lines);
        let (stripped, kept) = aside.strip(&lines);
        let printed = prettyplease::unparse(&syn::parse_file(&stripped).unwrap());
        let restored = aside.restore(&printed, &lines, &kept);
        (kept, restored)
    }

    fn plain(text: &str) -> String {
        prettyplease::unparse(&syn::parse_file(text).unwrap())
    }

    #[test]
    fn runs_of_one_kind_share_a_placeholder_and_print_as_plain() {
        let text = "/// A.\n///\n/// More.\nfn f(s: &str) -> X {\n    match s {\n        \"a b\" => Self::AB,\n        \"c\" => Self::C,\n        _ => Self::Z,\n    }\n}\n";
        let (kept, restored) = round_trip(text);
        let kinds: Vec<(Kind, usize)> =
            kept.iter().map(|run| (run.kind, run.lines.len())).collect();
        assert_eq!(kinds, [(Kind::Attributes, 3), (Kind::Arms, 2)]);
        assert_eq!(restored.as_deref(), Some(&*plain(text)));
    }

    #[test]
    fn arms_come_back_only_where_they_still_fit() {
        let arm = r#"Self::Active => "active","#;
        let aside = Aside::new(&[]);
        let kept = [Kept {
            kind: Kind::Arms,
            lines: 0..1,
        }];
        assert_eq!(
            aside.restore("    __a => 0,\n", &[arm], &kept).as_deref(),
            Some("    Self::Active => \"active\",\n")
        );
        let deep = format!("{}__a => 0,\n", " ".repeat(ARM_WIDTH - arm.len() + 1));
        assert_eq!(aside.restore(&deep, &[arm], &kept), None);
    }

    #[test]
    fn placeholders_that_do_not_come_back_one_for_one_are_refused() {
        let aside = Aside::new(&[]);
        let lines = ["/// a", "/// b"];
        let doc = |line: usize| Kept {
            kind: Kind::Attributes,
            lines: line..line + 1,
        };
        let restore = |printed, kept: &[Kept]| aside.restore(printed, &lines, kept);
        assert_eq!(restore("#[__a]\nstruct A;\n", &[doc(0), doc(1)]), None);
        assert_eq!(restore("#[__a]\n#[__a]\n", &[doc(0)]), None);
        assert_eq!(restore("__a => 0,\n", &[doc(0)]), None);
        assert_eq!(
            restore("    #[__a]\n    x\n", &[doc(0)]).as_deref(),
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
