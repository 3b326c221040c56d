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

use crate::diagnostics::child;

mod json;

/// Pointer → (line, column), both 1-based. The second parse runs only when a diagnostic needs a
/// position: a clean spec never pays for it (time, and a map as large as the document).
#[derive(Debug, Default)]
pub struct SourceMap {
    text: String,
    positions: OnceLock<HashMap<String, (usize, usize)>>,
    /// Subtrees moved by reference normalization: (new prefix, original prefix).
    moved: Vec<(String, String)>,
}

impl SourceMap {
    /// A map over YAML (or JSON) text, built on first use.
    pub fn build(text: &str) -> SourceMap {
        SourceMap {
            text: text.to_string(),
            positions: OnceLock::new(),
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

    /// Records that the subtree at `from` now lives at `to`.
    pub fn record_move(&mut self, to: String, from: String) {
        self.moved.push((to, from));
    }

    /// Where `pointer` was in the document as written, undoing moves.
    pub fn original(&self, pointer: &str) -> String {
        for (to, from) in &self.moved {
            if let Some(rest) = pointer.strip_prefix(to.as_str()) {
                if rest.is_empty() || rest.starts_with('/') {
                    return format!("{from}{rest}");
                }
            }
        }
        pointer.to_string()
    }

    /// The position of `pointer`, or of its nearest ancestor that exists; `(0, 0)` when unknown.
    pub fn locate(&self, pointer: &str) -> (usize, usize) {
        let original = self.original(pointer);
        let mut current = original.as_str();
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
            Some(Frame::Mapping { pointer, key }) => match key.take() {
                Some(key) => Some(child(pointer, &key)),
                None => {
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
                let pointer = self.node_pointer(None, mark).unwrap_or_default();
                self.stack.push(Frame::Mapping { pointer, key: None });
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

    #[test]
    fn broken_yaml_gives_an_empty_map() {
        let map = SourceMap::build("a: [\n");
        assert_eq!(map.locate("/a"), (0, 0));
    }
}
