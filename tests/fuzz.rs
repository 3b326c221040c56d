//! A deterministic, structure-aware mutation fuzzer over the fixture and project specs, run by
//! `cargo test` for a bounded number of cases (`FUZZ_CASES`, default 150; `FUZZ_SEED` picks
//! another sequence). Each case mutates a parsed spec (hostile strings, spliced and deepened
//! subtrees, extreme numbers, types and formats, references to itself, path templates axum
//! refuses) and sometimes its text (cut, bytes inserted, a BOM), then generates it. Properties:
//! - no panic;
//! - no internal error (a template rendering something that does not parse as Rust);
//! - every refusal is located (a line, or at least a JSON pointer);
//! - every accepted spec's code is exactly the code of its plain twin (the same spec with each
//!   hostile character replaced by a harmless one): spec text became only literals and docs.
//!
//! Time is not asserted (a hang shows as a test that does not finish); the slowest case is
//! printed.

use std::collections::BTreeMap;
use std::panic::AssertUnwindSafe;
use std::path::Path;
use std::time::{Duration, Instant};

use proc_macro2::{Delimiter, TokenStream, TokenTree};
use serde_yaml::{Mapping, Value};

/// xorshift64*: small, deterministic, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

const HOSTILE: &[&str] = &[
    "x\"\n}\nfn injected() {}\n/*",
    "*/ #[doc = include_str!(\"/etc/hostname\")]",
    "a\rb",
    "line\u{2028}sep\u{2029}para\u{85}nel",
    "\u{202e}evil\u{200b}",
    "\u{1b}]0;title\u{7}\u{1b}[2J",
    "\\\"\\n",
    "",
    " ",
    "self",
    "Self",
    "type",
    "crate",
    "super",
    "_",
    "__",
    "1",
    "-1",
    "+",
    "Å",
    "\u{212b}",
    "K",
    "\u{212a}",
    "e\u{301}",
    "{x}",
    ":x",
    "*",
    "{a}{b}",
    "/a/{x}",
    "/a/{y}",
    "Option",
    "Result",
    "Client",
    "Error",
    "r#type",
    "'static",
    "macro_rules! m {",
    "}}}}",
    "{{{{",
];

const TYPES: &[&str] = &[
    "string", "integer", "number", "boolean", "object", "array", "null", "strin",
];
const FORMATS: &[&str] = &[
    "int32",
    "int64",
    "float",
    "double",
    "date-time",
    "date",
    "binary",
    "byte",
    "uuid",
    "uri",
    "password",
    "email",
];
const KEYS: &[&str] = &[
    "type",
    "format",
    "enum",
    "default",
    "example",
    "items",
    "properties",
    "required",
    "additionalProperties",
    "allOf",
    "oneOf",
    "anyOf",
    "not",
    "$ref",
    "discriminator",
    "nullable",
    "description",
    "title",
    "minimum",
    "maximum",
    "x-extension",
    "operationId",
    "parameters",
    "requestBody",
    "responses",
    "content",
    "schema",
    "in",
    "name",
    "style",
    "explode",
    "security",
    "servers",
    "url",
    "tags",
    "propertyName",
    "mapping",
];

fn extreme_number(rng: &mut Rng) -> Value {
    let numbers: &[&str] = &[
        "2147483648",
        "-2147483649",
        "9223372036854775807",
        "18446744073709551616",
        "1e39",
        "-1e39",
        "3.5",
        "0",
        "-0.0",
        "1e400",
        "4294967296",
    ];
    let number: &&str = rng.pick(numbers);
    serde_yaml::from_str(number).unwrap_or(Value::Null)
}

fn random_scalar(rng: &mut Rng) -> Value {
    match rng.below(6) {
        0 => Value::Null,
        1 => Value::Bool(rng.chance(50)),
        2 => extreme_number(rng),
        3 => Value::String(rng.pick(TYPES).to_string()),
        _ => Value::String(rng.pick(HOSTILE).to_string()),
    }
}

/// Every node of the tree, as a path of steps from the root.
#[derive(Clone, Debug)]
enum Step {
    Key(Value),
    Index(usize),
}

fn paths(value: &Value, prefix: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
    out.push(prefix.clone());
    match value {
        Value::Mapping(map) => {
            for (key, child) in map {
                prefix.push(Step::Key(key.clone()));
                paths(child, prefix, out);
                prefix.pop();
            }
        }
        Value::Sequence(items) => {
            for (index, child) in items.iter().enumerate() {
                prefix.push(Step::Index(index));
                paths(child, prefix, out);
                prefix.pop();
            }
        }
        _ => {}
    }
}

fn at_mut<'v>(value: &'v mut Value, path: &[Step]) -> Option<&'v mut Value> {
    let mut current = value;
    for step in path {
        current = match (step, current) {
            (Step::Key(key), Value::Mapping(map)) => map.get_mut(key)?,
            (Step::Index(index), Value::Sequence(items)) => items.get_mut(*index)?,
            _ => return None,
        };
    }
    Some(current)
}

fn at<'v>(value: &'v Value, path: &[Step]) -> Option<&'v Value> {
    let mut current = value;
    for step in path {
        current = match (step, current) {
            (Step::Key(key), Value::Mapping(map)) => map.get(key)?,
            (Step::Index(index), Value::Sequence(items)) => items.get(*index)?,
            _ => return None,
        };
    }
    Some(current)
}

/// Renames a mapping key in place, keeping its position.
fn rename_key(map: &mut Mapping, old: &Value, new: Value) {
    if map.contains_key(&new) {
        return;
    }
    let entries: Vec<(Value, Value)> = std::mem::take(map).into_iter().collect();
    for (key, value) in entries {
        if &key == old {
            map.insert(new.clone(), value);
        } else {
            map.insert(key, value);
        }
    }
}

fn component_names(document: &Value) -> Vec<String> {
    document
        .get("components")
        .and_then(|c| c.get("schemas"))
        .and_then(Value::as_mapping)
        .map(|m| {
            m.keys()
                .filter_map(|k| k.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

fn mutate(document: &mut Value, rng: &mut Rng) {
    let mut all = Vec::new();
    paths(document, &mut Vec::new(), &mut all);
    let path = rng.pick(&all).clone();
    let components = component_names(document);
    let donor_path = rng.pick(&all).clone();
    let donor = at(document, &donor_path).cloned().unwrap_or(Value::Null);
    let Some(node) = at_mut(document, &path) else {
        return;
    };
    match rng.below(12) {
        // A hostile string in a key.
        0 | 1 => {
            if let Value::Mapping(map) = node {
                let keys: Vec<Value> = map.keys().cloned().collect();
                if !keys.is_empty() {
                    let old = rng.pick(&keys).clone();
                    let new = match old.as_str() {
                        Some(text) if rng.chance(50) => format!("{text}{}", rng.pick(HOSTILE)),
                        _ => rng.pick(HOSTILE).to_string(),
                    };
                    rename_key(map, &old, Value::String(new));
                }
            }
        }
        // A hostile string or an extreme scalar in a value.
        2 | 3 => {
            *node = match node {
                Value::String(text) if rng.chance(50) => {
                    Value::String(format!("{text}{}", rng.pick(HOSTILE)))
                }
                _ => random_scalar(rng),
            };
        }
        // Another subtree of the document spliced in.
        4 => *node = donor,
        // The node nested inside itself (deeper documents).
        5 => {
            let inner = node.clone();
            let mut map = Mapping::new();
            map.insert(Value::String(rng.pick(KEYS).to_string()), inner);
            if let Value::Mapping(existing) = node {
                existing.insert(
                    Value::String(rng.pick(KEYS).to_string()),
                    Value::Mapping(map),
                );
            } else {
                *node = Value::Mapping(map);
            }
        }
        // A key removed.
        6 => {
            if let Value::Mapping(map) = node {
                let keys: Vec<Value> = map.keys().cloned().collect();
                if !keys.is_empty() {
                    map.remove(rng.pick(&keys));
                }
            }
        }
        // Types, formats, enums and defaults that test the literal checks.
        7 | 8 => {
            if let Value::Mapping(map) = node {
                let (key, value) = match rng.below(5) {
                    0 => ("type", Value::String(rng.pick(TYPES).to_string())),
                    1 => ("format", Value::String(rng.pick(FORMATS).to_string())),
                    2 => ("default", extreme_number(rng)),
                    3 => (
                        "enum",
                        Value::Sequence(vec![extreme_number(rng), random_scalar(rng)]),
                    ),
                    _ => ("nullable", Value::Bool(true)),
                };
                map.insert(Value::String(key.to_string()), value);
            }
        }
        // A reference to a component (often one that contains this node).
        9 => {
            if !components.is_empty() {
                let mut map = Mapping::new();
                let target = rng.pick(&components);
                map.insert(
                    Value::String("$ref".into()),
                    Value::String(format!("#/components/schemas/{target}")),
                );
                if rng.chance(30) {
                    let mut wrapper = Mapping::new();
                    let key = *rng.pick(&["items", "additionalProperties", "anyOf"]);
                    let inner = Value::Mapping(map);
                    wrapper.insert(
                        Value::String(key.into()),
                        if key == "anyOf" {
                            Value::Sequence(vec![inner])
                        } else {
                            inner
                        },
                    );
                    *node = Value::Mapping(wrapper);
                } else {
                    *node = Value::Mapping(map);
                }
            }
        }
        // Path templates: parameters renamed, axum's `:` and `*`, two in a segment.
        _ => {
            if let Some(Value::Mapping(paths)) = document.get_mut("paths") {
                let keys: Vec<Value> = paths.keys().cloned().collect();
                if !keys.is_empty() {
                    let old = rng.pick(&keys).clone();
                    let text = old.as_str().unwrap_or("/").to_string();
                    let suffix = *rng.pick(&[
                        "/{x}", "/{y}", "/:x", "/*", "/{a}{b}", "/{a}.{b}", "/*rest", "/{x}/{x}",
                        "",
                    ]);
                    let new = format!("{}{suffix}", text.trim_end_matches('/'));
                    if rng.chance(50) {
                        let item = paths.get(&old).cloned().unwrap_or(Value::Null);
                        paths.insert(Value::String(new), item);
                    } else {
                        rename_key(paths, &old, Value::String(new));
                    }
                }
            }
        }
    }
}

fn mutate_text(text: &mut String, rng: &mut Rng) {
    match rng.below(4) {
        0 => {
            let mut cut = rng.below(text.len());
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            text.truncate(cut);
        }
        1 => text.insert(0, '\u{feff}'),
        2 => {
            let mut at = rng.below(text.len());
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            let insert = *rng.pick(&[
                "[", "{", "&a ", "*a", "\"", "'", "\t", "#c", ": ", "- ", "\r", "|\n",
            ]);
            text.insert_str(at, insert);
        }
        _ => text.push_str("\n#c"),
    }
}

/// The spec with each hostile character replaced by a harmless one (outside path keys' `/`).
fn plain_twin(value: &Value) -> Value {
    // `*/` stays: in a media type (`*/*`) it means something, and its harm (closing a block
    // comment) is tested by tests/hostile.rs.
    fn plain(text: &str) -> String {
        text.chars()
            .map(|c| match c {
                '"' => '\'',
                '\\' => '%',
                '\n' => '~',
                '\r' => '^',
                '\u{85}' => '!',
                '\u{2028}' => '&',
                '\u{2029}' => '=',
                '\u{202e}' => '+',
                '\u{200b}' => '@',
                '\u{1b}' => '$',
                '\u{7}' => ';',
                c => c,
            })
            .collect()
    }
    match value {
        Value::String(text) => Value::String(plain(text)),
        Value::Sequence(items) => Value::Sequence(items.iter().map(plain_twin).collect()),
        Value::Mapping(map) => Value::Mapping(
            map.iter()
                .map(|(key, value)| (plain_twin(key), plain_twin(value)))
                .collect(),
        ),
        other => other.clone(),
    }
}

fn code_of(source: &str) -> Vec<String> {
    let tokens: TokenStream = source.parse().expect("tokenizes");
    let mut out = Vec::new();
    flatten(tokens, &mut out);
    out
}

fn flatten(tokens: TokenStream, out: &mut Vec<String>) {
    let mut tokens = tokens.into_iter().peekable();
    while let Some(token) = tokens.next() {
        match token {
            TokenTree::Punct(punct) if punct.as_char() == '#' => {
                let mut lookahead = tokens.clone();
                if matches!(lookahead.peek(), Some(TokenTree::Punct(p)) if p.as_char() == '!') {
                    lookahead.next();
                }
                if let Some(TokenTree::Group(group)) = lookahead.peek() {
                    let is_doc = group.delimiter() == Delimiter::Bracket
                        && matches!(group.stream().into_iter().next(), Some(TokenTree::Ident(i)) if i == "doc");
                    if is_doc {
                        lookahead.next();
                        tokens = lookahead;
                        continue;
                    }
                }
                out.push("#".into());
            }
            TokenTree::Group(group) => {
                out.push(format!("{:?}(", group.delimiter()));
                flatten(group.stream(), out);
                // prettyplease adds a trailing comma where it breaks a long line.
                if out.last().is_some_and(|last| last == ",") {
                    out.pop();
                }
                out.push(")".into());
            }
            TokenTree::Literal(literal) => {
                let text = literal.to_string();
                let is_string =
                    text.starts_with('"') || text.starts_with("r\"") || text.starts_with("r#");
                out.push(if is_string { "\"…\"".into() } else { text });
            }
            other => out.push(other.to_string()),
        }
    }
}

/// Where two files' code first differs, as a few tokens of each.
fn first_difference(a: &str, b: &str) -> Option<String> {
    let (a, b) = (code_of(a), code_of(b));
    if a == b {
        return None;
    }
    let at = a
        .iter()
        .zip(&b)
        .position(|(x, y)| x != y)
        .unwrap_or(a.len().min(b.len()));
    let window =
        |tokens: &[String]| tokens[at.saturating_sub(6)..(at + 6).min(tokens.len())].join(" ");
    Some(format!("`{}` against `{}`", window(&a), window(&b)))
}

enum Outcome {
    Generated(BTreeMap<String, String>),
    Refused,
}

/// Generates one case and checks the properties that hold for it alone.
fn run_case(text: &str, case: usize) -> Result<Outcome, String> {
    let settings = openapi_gen::Settings::new("fuzz.yaml", "fuzz-case");
    let result =
        std::panic::catch_unwind(AssertUnwindSafe(|| openapi_gen::generate(text, &settings)));
    match result {
        Err(_) => Err(format!("case {case}: the generator panicked")),
        Ok(Err(openapi_gen::Error::Internal(message))) => {
            Err(format!("case {case}: internal error: {message}"))
        }
        Ok(Err(openapi_gen::Error::Spec(diagnostics))) => {
            for d in &diagnostics {
                if d.severity == openapi_gen::Severity::Error && d.line == 0 && d.pointer.is_empty()
                {
                    return Err(format!("case {case}: an unlocated refusal: {d}"));
                }
                if d.message.contains(['\n', '\r', '\u{1b}']) {
                    return Err(format!(
                        "case {case}: a diagnostic with control characters: {d:?}"
                    ));
                }
            }
            Ok(Outcome::Refused)
        }
        Ok(Ok(generated)) => {
            let files: BTreeMap<String, String> = generated
                .files
                .into_iter()
                .map(|file| (file.path, file.contents))
                .collect();
            for (path, contents) in &files {
                if path.ends_with(".rs") {
                    syn::parse_file(contents)
                        .map_err(|error| format!("case {case}: {path} does not parse: {error}"))?;
                }
            }
            Ok(Outcome::Generated(files))
        }
    }
}

fn seeds() -> Vec<(String, Value)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut seeds = Vec::new();
    for dir in ["tests/fixtures", "spec"] {
        let mut entries: Vec<_> = std::fs::read_dir(root.join(dir))
            .unwrap()
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
            .collect();
        entries.sort();
        for path in entries {
            let text = std::fs::read_to_string(&path).unwrap();
            if let Ok(value) = serde_yaml::from_str::<Value>(&text) {
                seeds.push((path.display().to_string(), value));
            }
        }
    }
    seeds
}

/// `FUZZ_KEEP=dir`: the crates of the first `FUZZ_KEEP_MAX` (default 40) accepted cases are
/// written to `dir/case-N/`, to be compiled together (`cargo check` in a workspace there).
fn keep(text: &str, case: usize, generated: usize) {
    let Some(dir) = std::env::var_os("FUZZ_KEEP") else {
        return;
    };
    let max = std::env::var("FUZZ_KEEP_MAX")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(40);
    if generated > max {
        return;
    }
    let settings = openapi_gen::Settings::new("fuzz.yaml", format!("fuzz-case-{case}"));
    if let Ok(crate_files) = openapi_gen::generate(text, &settings) {
        let out = Path::new(&dir).join(format!("case-{case}"));
        openapi_gen::write::sync_dir(&out, &crate_files.files, false).unwrap();
        std::fs::write(out.join("spec.yaml"), text).unwrap();
    }
}

/// Runs `cases` cases from `seed`; returns the failures and (generated, refused) counts.
fn campaign(cases: usize, seed: u64) -> (Vec<String>, usize, usize, Duration) {
    let seeds = seeds();
    let mut rng = Rng(seed | 1);
    let mut failures = Vec::new();
    let (mut generated, mut refused) = (0, 0);
    let mut slowest = Duration::ZERO;
    for case in 0..cases {
        let (_, seed_doc) = rng.pick(&seeds);
        let mut document = seed_doc.clone();
        for _ in 0..1 + rng.below(4) {
            mutate(&mut document, &mut rng);
        }
        let Ok(mut text) = serde_yaml::to_string(&document) else {
            continue;
        };
        let text_mutated = rng.chance(15);
        if text_mutated {
            mutate_text(&mut text, &mut rng);
        }
        let started = Instant::now();
        let outcome = run_case(&text, case);
        slowest = slowest.max(started.elapsed());
        match outcome {
            Err(failure) => failures.push(format!("{failure}\n--- spec ---\n{text}")),
            Ok(Outcome::Refused) => refused += 1,
            Ok(Outcome::Generated(files)) => {
                generated += 1;
                keep(&text, case, generated);
                if text_mutated {
                    continue;
                }
                let twin = serde_yaml::to_string(&plain_twin(&document)).unwrap();
                if let Ok(Outcome::Generated(twin_files)) = run_case(&twin, case) {
                    for (path, contents) in &files {
                        let Some(twin_contents) = twin_files.get(path) else {
                            continue;
                        };
                        if path.ends_with(".rs") {
                            if let Some(difference) = first_difference(contents, twin_contents) {
                                failures.push(format!(
                                    "case {case}: {path} has code its plain twin does not: {difference}\n--- spec ---\n{text}"
                                ));
                            }
                        }
                    }
                }
            }
        }
    }
    (failures, generated, refused, slowest)
}

#[test]
fn mutated_specs_never_break_the_generator() {
    let cases = std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(150);
    let seed = std::env::var("FUZZ_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0x5eed);
    let (failures, generated, refused, slowest) = campaign(cases, seed);
    println!(
        "{cases} cases from seed {seed}: {generated} generated, {refused} refused, {} failed; slowest {slowest:?}",
        failures.len()
    );
    if let Some(dir) = std::env::var_os("FUZZ_FAILURES") {
        std::fs::create_dir_all(&dir).unwrap();
        for (index, failure) in failures.iter().enumerate() {
            std::fs::write(Path::new(&dir).join(format!("{index}.txt")), failure).unwrap();
        }
    }
    assert!(
        generated > 0 && refused > 0,
        "the mutations reach both outcomes"
    );
    assert!(
        failures.is_empty(),
        "{} of {cases} cases failed; the first:\n{}",
        failures.len(),
        failures[0].chars().take(3000).collect::<String>()
    );
}

/// `FUZZ_REPLAY=spec.yaml`: one spec through the same checks, against its plain twin.
#[test]
fn replay() {
    let Some(path) = std::env::var_os("FUZZ_REPLAY") else {
        return;
    };
    let text = std::fs::read_to_string(path).unwrap();
    let document: Value = serde_yaml::from_str(&text).unwrap();
    let twin = serde_yaml::to_string(&plain_twin(&document)).unwrap();
    match (run_case(&text, 0), run_case(&twin, 0)) {
        (Ok(Outcome::Generated(files)), Ok(Outcome::Generated(twin_files))) => {
            for (path, contents) in &files {
                if path.ends_with(".rs") {
                    if let Some(difference) = first_difference(contents, &twin_files[path]) {
                        panic!("{path}: {difference}");
                    }
                }
            }
        }
        (Err(failure), _) => panic!("{failure}"),
        _ => {}
    }
}
