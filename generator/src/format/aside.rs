//! Lines that prettyplease prints the same way wherever they stand are kept away from syn.
//!
//! Four kinds make up much of a generated crate's text. Outer doc comments (`/// text`) come
//! back exactly as written, at their item's indentation. Repeated attributes (the derive list of
//! every enum and parameter struct) come back laid out the same way at the same indentation.
//! Plain struct fields (`pub name: Option<Vec<String>>,`), unit variants, and the arms between a
//! string enum's variants and their wire strings (`Self::Active => "active",`) come back as
//! written whenever they fit on the line (`shapes` says which lines qualify). Models' structs are
//! not among them: their `object!` tables never reach syn (see `tables`).
//!
//! Each batch hands syn one short placeholder for every run of such lines at one indentation
//! (syn's cost is per token, so a whole struct body can become one field), and the lines are put
//! back after printing, in order: a repeated attribute as prettyplease printed it once for that
//! indentation, everything else as written. If the placeholders do not come back one for one, on
//! lines of their own, or a field or arm would no longer fit where it lands, the caller formats
//! the batch the plain way.

mod shapes;

use super::indentation;

use std::collections::{HashMap, HashSet};
use std::sync::Mutex;

use shapes::{
    is_one_attribute, is_outer_doc_comment, is_plain_field, is_unit_variant, is_wire_arm,
};

/// An attribute is set aside once it appears this often in a file: printing it once on its own
/// costs about as much as three times in place.
const REPEATS: usize = 4;
/// prettyplease breaks a field or an arm that does not fit in its margin (89 columns, at least 60
/// past the indentation); one is only set aside when it ends well inside that, indentation
/// included.
const WIDTH: usize = 80;

/// The runs of lines set aside. syn's cost is per token, so consecutive lines at one indentation
/// share a single placeholder: a struct's fields with their docs and serde options are one run,
/// the arms of a string enum's match another.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    /// Doc comments and repeated attributes, of whatever follows the run.
    Attributes,
    /// Plain fields, each with its doc comments and attributes; ends with a field.
    Fields,
    /// Unit variants, each with its doc comments and attributes; ends with a variant.
    Variants,
    /// Wire arms (`Self::Active => "active",`).
    Arms,
}

impl Kind {
    /// What stands in for a run of this kind: each prints as itself, on a line of its own.
    fn placeholder(self) -> &'static str {
        match self {
            Kind::Attributes => "#[__a]",
            Kind::Fields => "__f: u8,",
            Kind::Variants => "__V,",
            Kind::Arms => "__a => 0,",
        }
    }

    fn of_placeholder(trimmed: &str) -> Option<Kind> {
        [Kind::Attributes, Kind::Fields, Kind::Variants, Kind::Arms]
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
            let trimmed = line.trim_ascii();
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

    /// The kind of run `line` can be part of, if it is set aside at all: attributes, fields and
    /// variants run together, and a run is named after its last line.
    fn kind_of(&self, line: &str) -> Option<Kind> {
        // Indentation is ASCII, and doc lines end without whitespace (the doc filter trims them).
        let trimmed = line.trim_ascii();
        // Hashing is most of the cost of a lookup: only attributes can be repeated attributes.
        let repeated = || trimmed.starts_with("#[") && self.repeated.contains(trimmed);
        if is_outer_doc_comment(trimmed) || repeated() {
            Some(Kind::Attributes)
        } else if line.len() > WIDTH {
            None
        } else if is_plain_field(trimmed) {
            Some(Kind::Fields)
        } else if is_unit_variant(trimmed) {
            Some(Kind::Variants)
        } else if is_wire_arm(trimmed) {
            Some(Kind::Arms)
        } else {
            None
        }
    }

    /// One batch through syn and prettyplease with its lines set aside; `None` when it does not
    /// parse, or when the placeholders do not come back as they must.
    pub fn format(&self, lines: &[&'a str]) -> Option<String> {
        let (text, kept) = self.strip(lines);
        let file = syn::parse_file(&text).ok()?;
        if super::printable::first_verbatim(&file).is_some() {
            return None;
        }
        let printed = prettyplease::unparse(&file);
        if kept.is_empty() {
            return Some(printed);
        }
        self.restore(&printed, lines, &kept)
    }

    /// The batch's text for syn, with placeholders, and the runs of `lines` they stand for.
    pub fn strip(&self, lines: &[&str]) -> (String, Vec<Kept>) {
        let kinds: Vec<Option<Kind>> = lines.iter().map(|line| self.kind_of(line)).collect();
        let mut kept = Vec::new();
        let mut text = String::with_capacity(lines.iter().map(|line| line.len() + 1).sum());
        let mut index = 0;
        while index < lines.len() {
            let line = lines[index];
            let Some(kind) = kinds[index] else {
                text.push_str(line);
                text.push('\n');
                index += 1;
                continue;
            };
            let at = indentation(line);
            let arms = kind == Kind::Arms;
            let mut end = index + 1;
            let mut kind = kind;
            // Arms run with arms; attributes, fields and variants run together, and the run
            // stands for its last line: a field, a variant, or the attributes of whatever
            // follows the run.
            while let Some(next) = kinds
                .get(end)
                .copied()
                .flatten()
                .filter(|next| (*next == Kind::Arms) == arms && indentation(lines[end]) == at)
            {
                kind = next;
                end += 1;
            }
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
    /// match one for one and every field and arm still fits where it lands.
    fn restore(&self, printed: &str, lines: &[&'a str], kept: &[Kept]) -> Option<String> {
        let mut out = String::with_capacity(printed.len() + printed.len() / 2);
        let mut kept = kept.iter();
        for line in printed.lines() {
            let trimmed = line.trim_ascii_start();
            let Some(kind) = Kind::of_placeholder(trimmed) else {
                out.push_str(line);
                out.push('\n');
                continue;
            };
            let run = kept.next().filter(|run| run.kind == kind)?;
            let indentation = &line[..line.len() - trimmed.len()];
            for original in &lines[run.lines.clone()] {
                let original = original.trim_ascii();
                if is_outer_doc_comment(original) {
                    out.push_str(indentation);
                    out.push_str(original);
                } else if original.starts_with("#[") && self.repeated.contains(original) {
                    out.push_str(&self.printed_at(original, indentation.len())?);
                } else if indentation.len() + original.len() <= WIDTH {
                    // A shape that prints as written: a field, a variant, an arm.
                    out.push_str(indentation);
                    out.push_str(original);
                } else {
                    return None;
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The runs `text` sets aside, and the batch path's result on it.
    fn round_trip(text: &str) -> (Vec<Kept>, Option<String>) {
        let lines: Vec<&str> = text.lines().collect();
        let aside = Aside::new(&lines);
        let (_, kept) = aside.strip(&lines);
        (kept, aside.format(&lines))
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
        let deep = format!("{}__a => 0,\n", " ".repeat(WIDTH - arm.len() + 1));
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
