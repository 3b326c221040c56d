//! Positions in JSON text, in one pass over its bytes. Spec converters emit multi-megabyte JSON,
//! often on a single line, where the YAML event parser needs most of a second; this scanner
//! records the same positions (every key, every array item, 1-based lines and columns counted in
//! characters) in a few milliseconds.

use std::collections::HashMap;

use crate::pointer::child;

enum Frame {
    Object {
        pointer: String,
        key: Option<String>,
    },
    Array {
        pointer: String,
        next_index: usize,
    },
}

/// Pointer → position for a well-formed JSON document; `None` for anything the scanner does not
/// understand, in which case the caller falls back to the YAML parser.
pub fn positions(text: &str) -> Option<HashMap<String, (usize, usize)>> {
    let bytes = text.as_bytes();
    let mut positions = HashMap::from([(String::new(), (1, 1))]);
    let mut stack: Vec<Frame> = Vec::new();
    let (mut line, mut column) = (1, 1);
    let mut at = 0;
    let mut finished = false;
    while at < bytes.len() {
        let byte = bytes[at];
        let position = (line, column);
        match byte {
            b' ' | b'\t' | b'\r' | b',' | b':' => {
                at += 1;
                column += 1;
                continue;
            }
            b'\n' => {
                at += 1;
                line += 1;
                column = 1;
                continue;
            }
            b'}' | b']' => {
                stack.pop()?;
                finished = stack.is_empty();
                at += 1;
                column += 1;
                continue;
            }
            _ => {}
        }
        if finished {
            return None;
        }
        let end = match byte {
            b'"' => string_end(bytes, at)?,
            b'{' | b'[' => at + 1,
            _ => {
                let length = bytes[at..]
                    .iter()
                    .position(|b| matches!(b, b',' | b'}' | b']' | b' ' | b'\t' | b'\r' | b'\n'))
                    .unwrap_or(bytes.len() - at);
                if length == 0 {
                    return None;
                }
                at + length
            }
        };
        // A string in key position names the next value; anything else is a value.
        if let Some(Frame::Object { pointer, key }) = stack.last_mut() {
            if key.is_none() {
                if byte != b'"' {
                    return None;
                }
                let name = key_text(&text[at..end])?;
                positions.entry(child(pointer, &name)).or_insert(position);
                *key = Some(name);
                column += text[at..end].chars().count();
                at = end;
                continue;
            }
        }
        let pointer = match stack.last_mut() {
            None if at == first_value(bytes) => String::new(),
            None => return None,
            Some(Frame::Array {
                pointer,
                next_index,
            }) => {
                let item = child(pointer, &next_index.to_string());
                *next_index += 1;
                positions.entry(item.clone()).or_insert(position);
                item
            }
            Some(Frame::Object { pointer, key }) => child(pointer, &key.take()?),
        };
        match byte {
            b'{' => stack.push(Frame::Object { pointer, key: None }),
            b'[' => stack.push(Frame::Array {
                pointer,
                next_index: 0,
            }),
            _ if stack.is_empty() => finished = true,
            _ => {}
        }
        // Tokens never span lines: strings cannot hold a raw newline.
        column += text[at..end].chars().count();
        at = end;
    }
    (finished && stack.is_empty()).then_some(positions)
}

/// Byte offset of the first non-whitespace byte.
fn first_value(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len())
}

/// The offset just past the string starting at `start` (a `"`).
fn string_end(bytes: &[u8], start: usize) -> Option<usize> {
    let mut at = start + 1;
    loop {
        match *bytes.get(at)? {
            b'"' => return Some(at + 1),
            b'\\' => at += 2,
            b'\n' => return None,
            _ => at += 1,
        }
    }
}

/// A key's text: escapes are rare, so serde_json decodes only keys that have them.
fn key_text(quoted: &str) -> Option<String> {
    let inner = &quoted[1..quoted.len() - 1];
    if inner.contains('\\') {
        serde_json::from_str(quoted).ok()
    } else {
        Some(inner.to_string())
    }
}
