//! Maps JSON pointers to the line and column they come from.
//!
//! serde_yaml only reports positions for its own syntax errors, so a second, event-level parse with
//! yaml-rust2 (which keeps marks) records where every mapping key and sequence item starts. Lookups of
//! a pointer that is not in the document fall back to its nearest ancestor, so a diagnostic about a
//! missing key still points at the object that lacks it.

use std::collections::HashMap;
use std::sync::OnceLock;

use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::Marker;

use crate::pointer::child;

mod block;
mod json;

/// Pointer → (line, column), both 1-based. The second parse runs only when a diagnostic needs a
/// position: a clean spec never pays for it (time, and a map as large as the document).
/// Lookups answered by walking lines before the parsed map takes over.
const MAX_WALKS: usize = 64;

#[derive(Debug, Default)]
pub struct SourceMap {
    text: String,
    positions: OnceLock<HashMap<String, (usize, usize)>>,
    /// The lines of a block-style YAML document, which answer most lookups without a parse.
    block: OnceLock<Option<block::Index>>,
    /// Lookups the line walk answered. Each walks up to the whole document, so a spec with many
    /// diagnostics switches to the parsed map, which answers in constant time once built.
    walked: std::sync::atomic::AtomicUsize,
    /// Subtrees moved while loading (version conversion, reference normalization), one list per
    /// pass in the order the passes ran: (new prefix, prefix before that pass).
    moved: Vec<Vec<(String, String)>>,
}

impl SourceMap {
    /// A map over YAML (or JSON) text, built on first use.
    pub fn build(text: &str) -> SourceMap {
        SourceMap {
            text: text.to_string(),
            positions: OnceLock::new(),
            block: OnceLock::new(),
            walked: std::sync::atomic::AtomicUsize::new(0),
            moved: Vec::new(),
        }
    }

    /// A document that yaml-rust2 cannot parse gives an empty map: the syntax error itself is
    /// reported by serde_yaml, with its own position.
    fn positions(&self) -> &HashMap<String, (usize, usize)> {
        self.positions.get_or_init(|| {
            if self.text.trim_start().starts_with('{') {
                if let Some(positions) = json::positions(&self.text) {
                    return positions;
                }
            }
            let mut builder = Builder::default();
            let mut parser = Parser::new_from_str(&self.text);
            if parser.load(&mut builder, false).is_err() {
                return HashMap::new();
            }
            builder.positions.insert(String::new(), (1, 1));
            builder.positions
        })
    }

    /// Records one pass of moves: each `(to, from)` says the subtree at `from` now lives at `to`.
    /// Within a pass the longest matching `to` applies; passes are undone last first, so a node
    /// moved by the version conversion and again by reference normalization is traced back to
    /// the user's line.
    pub fn record_moves(&mut self, pass: Vec<(String, String)>) {
        if !pass.is_empty() {
            self.moved.push(pass);
        }
    }

    /// Where `pointer` was in the document as written, undoing moves.
    pub fn original(&self, pointer: &str) -> String {
        let mut current = pointer.to_string();
        for pass in self.moved.iter().rev() {
            let found = pass
                .iter()
                .filter(|(to, _)| {
                    current
                        .strip_prefix(to.as_str())
                        .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
                })
                .max_by_key(|(to, _)| to.len());
            if let Some((to, from)) = found {
                current = format!("{from}{}", &current[to.len()..]);
            }
        }
        current
    }

    /// The position of `pointer`, a pointer into the document as written (see [`Self::original`]),
    /// or of its nearest ancestor that exists; `(0, 0)` when unknown.
    pub fn locate(&self, original: &str) -> (usize, usize) {
        let walk = self.positions.get().is_none()
            && self
                .walked
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed)
                < MAX_WALKS;
        if walk {
            let block = self.block.get_or_init(|| {
                let json = self.text.trim_start().starts_with('{');
                (!json).then(|| block::Index::new(&self.text)).flatten()
            });
            if let Some(position) = block
                .as_ref()
                .and_then(|index| index.locate(&self.text, original))
            {
                return position;
            }
        }
        let mut current = original;
        loop {
            if let Some(&position) = self.positions().get(current) {
                return position;
            }
            match current.rfind('/') {
                Some(index) => current = &current[..index],
                None => return (0, 0),
            }
        }
    }
}

enum Frame {
    Mapping {
        pointer: String,
        key: Option<String>,
        /// A block mapping that is a sequence item: yaml-rust2 marks it at its first colon, the
        /// item is recorded at its first key instead.
        starts_at_first_key: bool,
    },
    Sequence {
        pointer: String,
        next_index: usize,
    },
}

#[derive(Default)]
struct Builder {
    stack: Vec<Frame>,
    positions: HashMap<String, (usize, usize)>,
}

impl Builder {
    /// Handles the start of a node; returns the pointer of that node when it is a value (not a key).
    fn node_pointer(&mut self, key_text: Option<&str>, mark: Marker) -> Option<String> {
        let position = (mark.line(), mark.col() + 1);
        match self.stack.last_mut() {
            None => Some(String::new()),
            Some(Frame::Sequence {
                pointer,
                next_index,
            }) => {
                let item = child(pointer, &next_index.to_string());
                *next_index += 1;
                self.positions.entry(item.clone()).or_insert(position);
                Some(item)
            }
            Some(Frame::Mapping {
                pointer,
                key,
                starts_at_first_key,
            }) => match key.take() {
                Some(key) => Some(child(pointer, &key)),
                None => {
                    if std::mem::take(starts_at_first_key) {
                        if let Some(start) = self.positions.get_mut(pointer.as_str()) {
                            *start = (*start).min(position);
                        }
                    }
                    // A key: remember it; complex keys cannot be addressed by a pointer.
                    let name = key_text.unwrap_or("?").to_string();
                    self.positions
                        .entry(child(pointer, &name))
                        .or_insert(position);
                    *key = Some(name);
                    None
                }
            },
        }
    }
}

impl MarkedEventReceiver for Builder {
    fn on_event(&mut self, event: Event, mark: Marker) {
        match event {
            Event::Scalar(text, ..) => {
                self.node_pointer(Some(&text), mark);
            }
            Event::Alias(_) => {
                self.node_pointer(None, mark);
            }
            Event::MappingStart(..) => {
                let item = matches!(self.stack.last(), Some(Frame::Sequence { .. }));
                let pointer = self.node_pointer(None, mark).unwrap_or_default();
                self.stack.push(Frame::Mapping {
                    pointer,
                    key: None,
                    starts_at_first_key: item,
                });
            }
            Event::SequenceStart(..) => {
                let pointer = self.node_pointer(None, mark).unwrap_or_default();
                self.stack.push(Frame::Sequence {
                    pointer,
                    next_index: 0,
                });
            }
            Event::MappingEnd | Event::SequenceEnd => {
                self.stack.pop();
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locates_keys_items_and_ancestors() {
        let text = "openapi: 3.0.3\npaths:\n  /people/{id}:\n    get:\n      tags:\n        - a\n        - b\n";
        let map = SourceMap::build(text);
        let cases = [
            ("", (1, 1)),
            ("/openapi", (1, 1)),
            ("/paths", (2, 1)),
            ("/paths/~1people~1{id}", (3, 3)),
            ("/paths/~1people~1{id}/get", (4, 5)),
            ("/paths/~1people~1{id}/get/tags/1", (7, 11)),
            ("/paths/~1people~1{id}/get/responses/200", (4, 5)),
        ];
        for (pointer, expected) in cases {
            assert_eq!(map.locate(pointer), expected, "{pointer}");
        }
    }

    #[test]
    fn json_is_mapped_too() {
        let map = SourceMap::build("{\n  \"a\": {\n    \"b\": [1, 2]\n  }\n}\n");
        assert_eq!(map.locate("/a/b"), (3, 5));
        assert_eq!(map.locate("/a/b/1"), (3, 14));
    }

    /// The JSON scanner must agree with the YAML event parser on every key and item.
    #[test]
    fn json_scanner_matches_the_yaml_parser() {
        let documents = [
            "{\n  \"a\": {\n    \"b\": [1, 2]\n  }\n}\n",
            r#"{"openapi":"3.0.3","paths":{"/p/{id}":{"get":{"tags":["x","y"],"x~y":[[1,{"k":null}],true,-1.5e3]}}}}"#,
            "{\"é\": {\"ünï\": [\"ß\", {\"z\": \"\\u00e9\\\"\"}]}, \"esc\\\"aped\\/\": 1,\r\n \"\\u0041\": {}}",
            "{\"empty\": [], \"obj\": {}, \"deep\": [[[[]]]], \"s\": \"a,b:c]\"}",
        ];
        for text in documents {
            let mut builder = Builder::default();
            Parser::new_from_str(text)
                .load(&mut builder, false)
                .unwrap();
            builder.positions.insert(String::new(), (1, 1));
            assert_eq!(json::positions(text), Some(builder.positions), "{text}");
        }
        assert_eq!(json::positions("{\"a\": [1,"), None);
    }

    /// The block-YAML walker answers for (nearly) every node of the project's specs and fixtures,
    /// and wherever it answers it agrees with the event parser. `OPENAPI_GEN_EXTRA_YAML` adds
    /// more documents (a directory of `.yaml` files) to compare on.
    #[test]
    fn block_walker_matches_the_yaml_parser() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut directories = vec![root.join("spec"), root.join("tests/fixtures")];
        directories.extend(std::env::var_os("OPENAPI_GEN_EXTRA_YAML").map(Into::into));
        let mut files = Vec::new();
        while let Some(directory) = directories.pop() {
            for entry in std::fs::read_dir(&directory).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    directories.push(path);
                } else if path.extension().is_some_and(|e| e == "yaml" || e == "yml") {
                    files.push(path);
                }
            }
        }
        assert!(files.len() > 25, "{files:?}");
        let mut mismatches = Vec::new();
        for path in &files {
            let text = std::fs::read_to_string(path).unwrap();
            let mut builder = Builder::default();
            if Parser::new_from_str(&text)
                .load(&mut builder, false)
                .is_err()
            {
                continue;
            }
            builder.positions.insert(String::new(), (1, 1));
            let Some(index) = block::Index::new(&text) else {
                eprintln!("{}: not followed by indentation", path.display());
                continue;
            };
            let (mut answered, mut total) = (0, 0);
            for (pointer, expected) in &builder.positions {
                total += 1;
                if let Some(found) = index.locate(&text, pointer) {
                    answered += 1;
                    if found != *expected {
                        mismatches.push(format!(
                            "{} {pointer}: walker {found:?}, parser {expected:?}",
                            path.display()
                        ));
                    }
                }
            }
            eprintln!("{}: {answered} of {total} answered", path.display());
            // Only one-line flow collections (`security: [{basicAuth: []}]`) are left to the parser.
            if path.starts_with(root.join("spec")) {
                assert!(answered * 100 >= total * 98, "{}", path.display());
            }
        }
        assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
    }

    #[test]
    fn many_lookups_switch_to_the_parsed_map_with_the_same_answers() {
        let text = "openapi: 3.0.3\npaths:\n  /a:\n    get:\n      tags:\n        - x\n";
        let map = SourceMap::build(text);
        for _ in 0..MAX_WALKS + 10 {
            assert_eq!(map.locate("/paths/~1a/get/tags/0"), (6, 11));
        }
        assert!(map.positions.get().is_some());
    }

    /// A node moved by the 2.0 conversion (body parameter → request body, parameters renumbered)
    /// and then hoisted by reference normalization is traced back to the user's pointer.
    #[test]
    fn moves_are_undone_pass_by_pass_longest_prefix_first() {
        let mut map = SourceMap::build("a: 1\n");
        let op = "/paths/~1a/post";
        map.record_moves(vec![
            (format!("{op}/parameters/0"), format!("{op}/parameters/1")),
            (format!("{op}/parameters/1"), format!("{op}/parameters/2")),
            (format!("{op}/requestBody"), format!("{op}/parameters/0")),
            (
                format!("{op}/requestBody/content/application~1json/schema"),
                format!("{op}/parameters/0/schema"),
            ),
        ]);
        map.record_moves(vec![(
            "/components/schemas/Hoisted".to_string(),
            format!("{op}/requestBody/content/application~1json/schema/properties/p"),
        )]);
        let cases = [
            (
                format!("{op}/parameters/0/name"),
                format!("{op}/parameters/1/name"),
            ),
            (format!("{op}/parameters/1"), format!("{op}/parameters/2")),
            (
                format!("{op}/requestBody/required"),
                format!("{op}/parameters/0/required"),
            ),
            (
                "/components/schemas/Hoisted/type".to_string(),
                format!("{op}/parameters/0/schema/properties/p/type"),
            ),
            ("/info".to_string(), "/info".to_string()),
        ];
        for (converted, written) in cases {
            assert_eq!(map.original(&converted), written, "{converted}");
        }
    }

    #[test]
    fn broken_yaml_gives_an_empty_map() {
        let map = SourceMap::build("a: [\n");
        assert_eq!(map.locate("/a"), (0, 0));
    }
}
