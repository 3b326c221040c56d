//! Positions in block-style YAML, found by walking indentation instead of parsing.
//!
//! Locating a diagnostic in a YAML spec used to mean a full event-level parse of the document
//! (about a tenth of generating a 200 KB spec that has a warning). Specs are written almost
//! entirely in block style, where a pointer can be followed line by line: a mapping's keys share
//! one column, a sequence's items are the `- ` lines of one column, and everything more indented
//! belongs to the entry above it. This module follows pointers that way over an index of the
//! document's lines, and answers `None` whenever it meets something whose extent it cannot tell
//! from indentation alone (flow collections it would have to enter, anchors, tags, quoted scalars
//! spanning lines, escaped keys, ...), in which case the caller uses the event parser. It agrees
//! with that parser on every key and item it does answer for (see the tests in `source_map`).

/// One line that holds a node (blank and comment-only lines are left out).
#[derive(Debug)]
struct Line {
    /// 1-based line number.
    number: usize,
    /// Leading spaces.
    indent: usize,
    /// The line is a sequence item (`- ...` or a lone `-`).
    item: bool,
    /// Column (0-based) where the node text starts: after the indentation and the `- `.
    column: usize,
    node: Node,
}

#[derive(Debug)]
enum Node {
    /// `key: value`: the byte range of the key as written (quotes and all), and what follows the
    /// colon.
    Entry { key: (usize, usize), value: Value },
    /// A scalar or one-line flow collection standing on its own.
    Other(Value),
    /// Nothing after a `-`: the item's node starts on a following line.
    Empty,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Value {
    /// Nothing on this line: the value (if any) is on the lines below.
    Below,
    /// A scalar, or a block scalar (`|`, `>`) whose content lines are below.
    Scalar,
    /// `{...}` or `[...]` on this line: addressable inside, but not by indentation.
    Flow,
}

/// The lines of a block-style document, or `None` when the document uses constructs this module
/// does not follow (the event parser then answers every lookup).
#[derive(Debug)]
pub struct Index {
    lines: Vec<Line>,
}

impl Index {
    pub fn new(text: &str) -> Option<Index> {
        if text.starts_with('\u{feff}') {
            return None;
        }
        let mut lines = Vec::new();
        // Lines more indented than this column continue the scalar above (a block scalar's
        // content, a plain scalar's next line): text, not nodes.
        let mut scalar_column: Option<usize> = None;
        let mut offset = 0;
        for (index, raw) in text.split('\n').enumerate() {
            let start = offset;
            offset += raw.len() + 1;
            let content = raw.strip_suffix('\r').unwrap_or(raw);
            let trimmed = content.trim_start_matches(' ');
            let indent = content.len() - trimmed.len();
            if trimmed.trim().is_empty() || scalar_column.is_some_and(|column| indent > column) {
                continue;
            }
            scalar_column = None;
            if trimmed.starts_with('#') {
                continue;
            }
            if trimmed.starts_with('\t') || trimmed.starts_with("---") || trimmed.starts_with("...")
            {
                if lines.is_empty() && trimmed.trim_end() == "---" {
                    continue;
                }
                return None;
            }
            let (item, column) = match trimmed.strip_prefix('-') {
                Some(rest) if rest.is_empty() || rest.starts_with(' ') => {
                    let after = rest.trim_start_matches(' ');
                    (true, indent + 1 + (rest.len() - after.len()))
                }
                _ => (false, indent),
            };
            let node_text = &content[column..];
            let node = if node_text.is_empty() || node_text.starts_with('#') {
                Node::Empty
            } else if item && (node_text == "-" || node_text.starts_with("- ")) {
                // A sequence directly inside a sequence item.
                return None;
            } else {
                classify(node_text, start + column)?
            };
            if matches!(
                node,
                Node::Entry {
                    value: Value::Scalar,
                    ..
                } | Node::Other(Value::Scalar)
            ) {
                scalar_column = Some(column);
            }
            lines.push(Line {
                number: index + 1,
                indent,
                item,
                column,
                node,
            });
        }
        Some(Index { lines })
    }

    /// The (line, column) of `pointer`, or of its nearest ancestor when it does not exist;
    /// `None` when the answer cannot be told from indentation. `text` is the indexed text.
    pub fn locate(&self, text: &str, pointer: &str) -> Option<(usize, usize)> {
        let mut position = (1, 1);
        let mut children = match self.lines.first() {
            Some(first) if matches!(first.node, Node::Entry { .. }) && !first.item => {
                Children::Mapping(0, first.column)
            }
            Some(first) if first.item => Children::Sequence(0, first.indent),
            Some(_) => return None,
            None => Children::None,
        };
        for segment in pointer.split('/').skip(1) {
            let (line, as_item) = match children {
                Children::None => return Some(position),
                Children::Sequence(first, indent) => {
                    let Ok(wanted) = segment.parse::<usize>() else {
                        return Some(position);
                    };
                    match self.item(first, indent, wanted) {
                        Some(line) => (line, true),
                        None => return Some(position),
                    }
                }
                Children::Mapping(first, column) => {
                    let key = crate::pointer::unescape_segment(segment);
                    match self.entry(text, first, column, &key)? {
                        Some(line) => (line, false),
                        None => return Some(position),
                    }
                }
            };
            position = (self.lines[line].number, self.lines[line].column + 1);
            children = self.children(line, as_item)?;
        }
        Some(position)
    }

    /// The line of the entry `key` in the mapping whose first key is on line `first`, at
    /// `column`; `Some(None)` when the mapping has no such key.
    fn entry(&self, text: &str, first: usize, column: usize, key: &str) -> Option<Option<usize>> {
        for (index, line) in self.lines.iter().enumerate().skip(first) {
            if index > first && line.indent < column {
                break;
            }
            let sibling = line.column == column && (index == first || !line.item);
            if !sibling {
                continue;
            }
            let Node::Entry {
                key: (start, end), ..
            } = &line.node
            else {
                return None;
            };
            if key_text(&text[*start..*end])? == key {
                return Some(Some(index));
            }
        }
        Some(None)
    }

    /// The line of item `wanted` of the sequence whose first `-` is on line `first`, at `indent`.
    fn item(&self, first: usize, indent: usize, wanted: usize) -> Option<usize> {
        let mut count = 0;
        for (index, line) in self.lines.iter().enumerate().skip(first) {
            if line.indent < indent || (line.indent == indent && !line.item) {
                break;
            }
            if line.indent == indent {
                if count == wanted {
                    return Some(index);
                }
                count += 1;
            }
        }
        None
    }

    /// Where the children of the node on line `index` are; `as_item` when the line was reached
    /// as a sequence item (a `- key: value` line is then the whole mapping, not its first
    /// entry). `None` when they cannot be followed by indentation.
    fn children(&self, index: usize, as_item: bool) -> Option<Children> {
        let line = &self.lines[index];
        let value = match &line.node {
            Node::Entry { .. } if as_item => return Some(Children::Mapping(index, line.column)),
            Node::Entry { value, .. } | Node::Other(value) => *value,
            // A lone `-`: the item's node, and its position, are on the lines below.
            Node::Empty => return None,
        };
        match value {
            Value::Scalar => Some(Children::None),
            Value::Flow => None,
            Value::Below => {
                let Some(next) = self.lines.get(index + 1) else {
                    return Some(Children::None);
                };
                let below = next.indent > line.column || (next.indent == line.column && next.item);
                Some(match &next.node {
                    _ if !below => Children::None,
                    _ if next.item => Children::Sequence(index + 1, next.indent),
                    Node::Entry { .. } => Children::Mapping(index + 1, next.column),
                    _ => Children::None,
                })
            }
        }
    }
}

/// Where a node's children are: the index of the first child's line and the children's column.
#[derive(Clone, Copy)]
enum Children {
    None,
    Mapping(usize, usize),
    Sequence(usize, usize),
}

/// Splits a node's text into `key: value` or a lone value; `None` for constructs not followed.
fn classify(text: &str, offset: usize) -> Option<Node> {
    // The byte where the key ends (its colon), when the text is an entry.
    let key_end = match text.as_bytes()[0] {
        b'\t' => return None,
        b'"' | b'\'' => Some(quoted_end(text)?).filter(|&end| is_key_colon(&text[end..])),
        b'&' | b'*' | b'!' | b'?' | b'%' | b'@' | b'`' | b'|' | b'>' | b'{' | b'[' => None,
        _ => text
            .match_indices(':')
            .map(|(at, _)| at)
            .find(|&at| is_key_colon(&text[at..]))
            .filter(|&at| !text[..at].contains(" #")),
    };
    Some(match key_end {
        Some(end) => Node::Entry {
            key: (offset, offset + text[..end].trim_end().len()),
            value: value_kind(&text[end + 1..])?,
        },
        None => Node::Other(value_kind(text)?),
    })
}

/// `rest` starts with the colon that ends a key: followed by a space or the end of the line.
fn is_key_colon(rest: &str) -> bool {
    rest.strip_prefix(':')
        .is_some_and(|after| after.is_empty() || after.starts_with(' '))
}

/// What follows a key's colon, or a node standing alone.
fn value_kind(after: &str) -> Option<Value> {
    let value = after.trim();
    let Some(&first) = value.as_bytes().first() else {
        return Some(Value::Below);
    };
    match first {
        b'#' => Some(Value::Below),
        b'&' | b'*' | b'!' | b'?' | b'%' | b'@' | b'`' => None,
        b'{' | b'[' => one_line_flow(value).then_some(Value::Flow),
        b'"' | b'\'' => {
            quoted_end(value)?;
            Some(Value::Scalar)
        }
        _ => Some(Value::Scalar),
    }
}

/// A flow collection that closes on its own line (no comment after it).
fn one_line_flow(text: &str) -> bool {
    let text = text.trim_end();
    let (open, close) = if text.starts_with('{') {
        ('{', '}')
    } else {
        ('[', ']')
    };
    text.ends_with(close) && text.matches(open).count() == text.matches(close).count()
}

/// The byte just after the closing quote of the quoted scalar that `text` starts with.
fn quoted_end(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let quote = bytes[0];
    let mut at = 1;
    while at < bytes.len() {
        match bytes[at] {
            b'\\' if quote == b'"' => at += 2,
            b'\'' if quote == b'\'' && bytes.get(at + 1) == Some(&b'\'') => at += 2,
            byte if byte == quote => return Some(at + 1),
            _ => at += 1,
        }
    }
    None
}

/// A key's text as the parser sees it; `None` for double-quoted keys with escapes.
fn key_text(written: &str) -> Option<std::borrow::Cow<'_, str>> {
    if let Some(inner) = written.strip_prefix('"').and_then(|w| w.strip_suffix('"')) {
        return (!inner.contains('\\')).then_some(inner.into());
    }
    if let Some(inner) = written
        .strip_prefix('\'')
        .and_then(|w| w.strip_suffix('\''))
    {
        return Some(inner.replace("''", "'").into());
    }
    Some(written.into())
}
