//! Naming policy: casing, keyword escaping and collision resolution, in one place.
//!
//! One scheme throughout: identifiers that are Rust keywords get a trailing underscore (`type_`,
//! `Self_`), identifiers that would start with a digit get a letter in front (`N1`), characters
//! that cannot appear in an identifier are dropped at word boundaries. The wire name is always
//! kept beside the Rust name, so a rename never loses information.

use std::collections::BTreeSet;

use heck::{ToSnakeCase, ToUpperCamelCase};
use unicode_normalization::UnicodeNormalization;

const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "Self", "static", "struct", "super", "trait", "true", "try", "type",
    "typeof", "union", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Names a generated type could shadow inside the generated modules.
const RESERVED_TYPES: &[&str] = &[
    "Option",
    "Result",
    "String",
    "Vec",
    "Box",
    "Some",
    "None",
    "Ok",
    "Err",
    "Default",
    "Clone",
    "Debug",
    "Serialize",
    "Deserialize",
    "Send",
    "Sync",
    "Sized",
    "Copy",
    "PartialEq",
    "Eq",
    "Hash",
    "Fn",
    "ToString",
    "Into",
    "From",
    "Iterator",
];

/// Splits on anything that is not an identifier character, so that heck sees word boundaries
/// where the source had punctuation or spaces. The text is NFC-normalised first: rustc compares
/// identifiers after NFC, so `Å` written precomposed, decomposed or as the Ångström sign is one
/// name, and collisions must be found among normalised names.
fn words(raw: &str) -> String {
    if !raw.is_ascii() {
        return raw
            .nfc()
            .map(|c| {
                if unicode_ident::is_xid_continue(c) {
                    c
                } else {
                    ' '
                }
            })
            .collect();
    }
    raw.chars()
        .map(|c| {
            if unicode_ident::is_xid_continue(c) {
                c
            } else {
                ' '
            }
        })
        .collect::<String>()
}

fn fix_start(ident: String, prefix: &str) -> String {
    match ident.chars().next() {
        None => prefix.to_string(),
        Some(c) if unicode_ident::is_xid_start(c) || c == '_' => ident,
        Some(_) => format!("{prefix}{ident}"),
    }
}

fn escape_keyword(ident: String) -> String {
    if KEYWORDS.contains(&ident.as_str()) {
        format!("{ident}_")
    } else {
        ident
    }
}

/// `raw` in `UpperCamelCase`. Most schema names already are, and heck writes every character
/// through `fmt::Write` (a sixth of lowering a schema-heavy spec), so those are taken as they are;
/// `fast_paths_agree_with_heck` checks that heck would return them unchanged.
fn upper_camel(raw: &str) -> String {
    if is_upper_camel(raw) {
        raw.to_string()
    } else {
        words(raw).to_upper_camel_case()
    }
}

/// ASCII letters and digits, starting upper-case, every capital after a lower-case letter: one
/// capitalized word after another.
fn is_upper_camel(raw: &str) -> bool {
    let bytes = raw.as_bytes();
    bytes.first().is_some_and(u8::is_ascii_uppercase)
        && bytes.iter().all(u8::is_ascii_alphanumeric)
        && bytes
            .windows(2)
            .all(|pair| !pair[1].is_ascii_uppercase() || pair[0].is_ascii_lowercase())
}

/// `raw` in `snake_case`, taken as it is when it already is (most property names).
fn snake(raw: &str) -> String {
    if is_snake(raw) {
        raw.to_string()
    } else {
        words(raw).to_snake_case()
    }
}

/// Lower-case ASCII words of letters and digits joined by single underscores.
fn is_snake(raw: &str) -> bool {
    !raw.is_empty()
        && !raw.starts_with('_')
        && !raw.ends_with('_')
        && !raw.contains("__")
        && raw
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// A type or variant name: `UpperCamelCase`, never a keyword or a prelude name.
pub fn type_name(raw: &str) -> String {
    let camel = upper_camel(raw);
    let ident = escape_keyword(fix_start(camel, "N"));
    if RESERVED_TYPES.contains(&ident.as_str()) {
        format!("{ident}Model")
    } else {
        ident
    }
}

/// A variant name: like [`type_name`], but prelude names are fine inside an enum.
pub fn variant_name(raw: &str) -> String {
    let camel = upper_camel(raw);
    let camel = if camel.is_empty() && !raw.is_empty() {
        symbol_name(raw)
    } else {
        camel
    };
    escape_keyword(fix_start(camel, "N"))
}

/// A field, parameter or function name: `snake_case`, keywords escaped.
pub fn field_name(raw: &str) -> String {
    escape_keyword(fix_start(snake(raw), "n"))
}

/// A module (and file) name for a type: its `snake_case` in ASCII letters, digits and
/// underscores only, at most 60 bytes, never a keyword: spec text becomes a file name under
/// `src/models/` and nothing else (the caller makes it unique).
pub fn module_name(type_name: &str) -> String {
    let snake = snake(type_name.strip_prefix("r#").unwrap_or(type_name));
    let mut ascii: String = snake
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect::<String>()
        .trim_matches('_')
        .to_ascii_lowercase();
    ascii.truncate(60);
    let ascii = ascii.trim_end_matches('_').to_string();
    escape_keyword(fix_start(ascii, "m"))
}

/// A constant name: `SCREAMING_SNAKE_CASE`.
pub fn const_name(raw: &str) -> String {
    fix_start(field_name(raw).trim_end_matches('_').to_uppercase(), "N")
}

/// Enum values made only of symbols (`+`, `-`, `*`) still need distinct names.
fn symbol_name(raw: &str) -> String {
    raw.chars()
        .map(|c| match c {
            '+' => "Plus",
            '-' => "Minus",
            '*' => "Star",
            '/' => "Slash",
            '.' => "Dot",
            '<' => "Lt",
            '>' => "Gt",
            '=' => "Eq",
            '!' => "Not",
            _ => "Symbol",
        })
        .collect()
}

/// A valid Cargo package name from any text (a file stem, a path): lower-case ASCII letters,
/// digits and dashes, starting with a letter (`My API v2` → `my-api-v2`).
pub fn package_name(raw: &str) -> String {
    let dashed: String = raw
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let mut name = String::with_capacity(dashed.len());
    for c in dashed.trim_matches('-').chars() {
        if !(c == '-' && name.ends_with('-')) {
            name.push(c);
        }
    }
    match name.chars().next() {
        Some(c) if c.is_ascii_alphabetic() => name,
        _ => format!("api-{name}").trim_end_matches('-').to_string(),
    }
}

/// Names Cargo refuses for a package, or whose library name shadows a crate every Rust program
/// sees.
const RESERVED_PACKAGES: &[&str] = &["std", "core", "alloc", "proc_macro", "proc-macro", "test"];

/// Whether `name` is a Cargo package name as Cargo accepts it for a new package (ASCII letters,
/// digits, `-` and `_`, starting with a letter, at most 64 characters), whose library name is an
/// identifier that is not a keyword.
pub fn is_package_name(name: &str) -> bool {
    let lib = name.replace('-', "_");
    name.len() <= 64
        && name.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        && !KEYWORDS.contains(&lib.as_str())
        && !RESERVED_PACKAGES.contains(&name)
}

/// `name` if it is a valid package name, otherwise the nearest one ([`package_name`], shortened,
/// with `-api` after a keyword): a `--name` never reaches `Cargo.toml` as it was typed.
pub fn crate_name(name: &str) -> String {
    if is_package_name(name) {
        return name.to_string();
    }
    let mut sanitised = package_name(name);
    sanitised.truncate(60);
    let sanitised = sanitised.trim_end_matches('-').to_string();
    if is_package_name(&sanitised) {
        sanitised
    } else {
        format!("{sanitised}-api")
    }
}

/// Hands out unique names within one namespace, appending 2, 3, ... on collisions.
#[derive(Debug, Default)]
pub struct Namespace {
    used: BTreeSet<String>,
}

impl Namespace {
    /// Reserves a name that generated code uses itself (`Client`, `Error`, ...).
    pub fn reserve(&mut self, name: &str) {
        self.used.insert(name.to_string());
    }

    pub fn unique(&mut self, base: &str) -> String {
        self.unique_avoiding(base, |_| false)
    }

    /// Like [`Namespace::unique`], also skipping candidates that `taken` rejects: names whose
    /// derived names (`{stem}Error`, `{stem}_router`) would clash with something else.
    pub fn unique_avoiding(&mut self, base: &str, taken: impl Fn(&str) -> bool) -> String {
        if !taken(base) && self.used.insert(base.to_string()) {
            return base.to_string();
        }
        // The counter replaces the underscore of an escaped keyword: `Self_2` is not UpperCamelCase.
        let stem = base.strip_suffix('_').unwrap_or(base);
        (2..)
            .map(|n| format!("{stem}{n}"))
            .find(|candidate| !taken(candidate) && self.used.insert(candidate.clone()))
            .unwrap_or_else(|| base.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every string of up to five characters over an alphabet of both cases, digits and
    /// separators: where a fast path applies, heck returns the input unchanged.
    #[test]
    fn fast_paths_agree_with_heck() {
        let alphabet = ['a', 'b', 'A', 'B', '1', '_', '-'];
        let mut strings = vec![String::new()];
        let mut checked = (0, 0);
        for _ in 0..5 {
            strings = strings
                .iter()
                .flat_map(|s| alphabet.iter().map(move |c| format!("{s}{c}")))
                .collect();
            for s in &strings {
                if is_upper_camel(s) {
                    assert_eq!(words(s).to_upper_camel_case(), *s);
                    checked.0 += 1;
                }
                if is_snake(s) {
                    assert_eq!(words(s).to_snake_case(), *s);
                    checked.1 += 1;
                }
            }
        }
        assert!(checked.0 > 100 && checked.1 > 100, "{checked:?}");
        for name in [
            "PersonEntry",
            "Person2fa",
            "V2",
            "field10",
            "created_at",
            "x",
        ] {
            assert_eq!(upper_camel(name), words(name).to_upper_camel_case());
            assert_eq!(snake(name), words(name).to_snake_case());
        }
    }

    #[test]
    fn type_names() {
        let cases = [
            ("PersonEntry", "PersonEntry"),
            ("uploadMemberPhoto_request", "UploadMemberPhotoRequest"),
            (
                "ActiveConnectionsWrapper_links_inner",
                "ActiveConnectionsWrapperLinksInner",
            ),
            ("People / Photos", "PeoplePhotos"),
            (
                "GraphicalOCRDescriptiveStatistics_confidence",
                "GraphicalOcrDescriptiveStatisticsConfidence",
            ),
            ("1st-thing", "N1stThing"),
            ("Self", "Self_"),
            ("Option", "OptionModel"),
            ("", "N"),
            ("café au lait", "CaféAuLait"),
        ];
        for (raw, expected) in cases {
            assert_eq!(type_name(raw), expected, "{raw:?}");
        }
    }

    #[test]
    fn field_names() {
        let cases = [
            ("type", "type_"),
            ("match", "match_"),
            ("self", "self_"),
            ("skipCount", "skip_count"),
            ("If-Modified-Since", "if_modified_since"),
            ("workstream_summary", "workstream_summary"),
            ("open_AI", "open_ai"),
            ("$ref", "ref_"),
            ("@id", "id"),
            ("2fa", "n2fa"),
        ];
        for (raw, expected) in cases {
            assert_eq!(field_name(raw), expected, "{raw:?}");
        }
    }

    #[test]
    fn variant_names() {
        let cases = [
            ("MAJOR_0_MINOR_0_PATCH_1", "Major0Minor0Patch1"),
            ("application/json", "ApplicationJson"),
            ("+", "Plus"),
            ("-1", "N1"),
            ("Ok", "Ok"),
        ];
        for (raw, expected) in cases {
            assert_eq!(variant_name(raw), expected, "{raw:?}");
        }
    }

    #[test]
    fn package_names() {
        let cases = [
            ("alfresco-core", "alfresco-core"),
            ("My API v2", "my-api-v2"),
            ("2fa", "api-2fa"),
            ("", "api"),
            ("a__b", "a-b"),
        ];
        for (raw, expected) in cases {
            assert_eq!(package_name(raw), expected, "{raw:?}");
        }
    }

    #[test]
    fn crate_names_are_valid_package_names() {
        let cases = [
            ("alfresco-core", "alfresco-core"),
            ("my_api", "my_api"),
            ("evil\"\nbuild = \"x.rs", "evil-build-x-rs"),
            ("self", "self-api"),
            ("std", "std-api"),
            ("2fa", "api-2fa"),
            ("", "api"),
        ];
        for (raw, expected) in cases {
            assert_eq!(crate_name(raw), expected, "{raw:?}");
            assert!(is_package_name(&crate_name(raw)), "{raw:?}");
        }
        assert!(is_package_name(&crate_name(&"x".repeat(300))));
    }

    /// Names that rustc would read as one identifier are one name here, so the namespace can
    /// tell them apart.
    #[test]
    fn names_are_nfc_normalised() {
        assert_eq!(field_name("A\u{30a}"), field_name("\u{c5}"));
        assert_eq!(field_name("\u{212b}"), field_name("\u{c5}"));
        assert_eq!(type_name("\u{212b}x"), type_name("\u{c5}x"));
        assert_eq!(variant_name("e\u{301}"), variant_name("\u{e9}"));
        assert_eq!(field_name("\u{212a}"), "k");
    }

    #[test]
    fn namespace_appends_counters() {
        let mut names = Namespace::default();
        names.reserve("Client");
        assert_eq!(names.unique("Client"), "Client2");
        assert_eq!(names.unique("Person"), "Person");
        assert_eq!(names.unique("Person"), "Person2");
        assert_eq!(names.unique("Person"), "Person3");
        assert_eq!(names.unique("Self_"), "Self_");
        assert_eq!(names.unique("Self_"), "Self2");
        assert_eq!(names.unique("type_"), "type_");
        assert_eq!(names.unique("type_"), "type2");
    }

    #[test]
    fn namespace_avoids_taken_names() {
        let mut names = Namespace::default();
        let taken =
            |name: &str| ["ApiError", "Api2Error"].contains(&format!("{name}Error").as_str());
        assert_eq!(names.unique_avoiding("Api", taken), "Api3");
        assert_eq!(names.unique_avoiding("Person", taken), "Person");
    }
}
