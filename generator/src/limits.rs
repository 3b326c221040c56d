//! Bounded work: limits checked on the raw text before the YAML parsers run, so that no input
//! costs more than a small multiple of its size.
//!
//! Two inputs are expensive for the parsers, not for the text: deep nesting (libyaml's scanner is
//! quadratic in the depth of flow collections: 100,000 nested `[` took 22 s before serde_yaml's
//! own recursion limit refused them) and alias amplification (a 12 KB document whose aliases of
//! aliases expand to gigabytes; serde_yaml only catches the classic "billion laughs"). The depth
//! is measured by a linear scan of the text; aliases, when the text has any, by yaml-rust2's
//! event parser, which reports aliases without expanding them.

use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::Marker;

/// Deeper than any real spec (the project's specs nest about 20 levels, counting every mapping
/// and sequence); serde_yaml refuses deserializing past 128 levels anyway.
pub const MAX_DEPTH: usize = 128;

/// Aliases may expand the document to this many nodes beyond four times its own.
const ALIAS_NODE_SLACK: usize = 10_000;
/// Aliases may expand the scalar text to this many bytes beyond four times the document's.
const ALIAS_BYTE_SLACK: usize = 1 << 20;

/// A limit hit: where, and which.
#[derive(Debug, PartialEq, Eq)]
pub struct Exceeded {
    /// 1-based.
    pub line: usize,
    /// 1-based.
    pub column: usize,
    pub message: String,
}

/// Checks the nesting depth and, when the text has aliases, their expansion.
pub fn check(text: &str) -> Result<(), Exceeded> {
    check_depth(text)?;
    if may_have_aliases(text) {
        check_aliases(text)?;
    }
    Ok(())
}

/// How a scan position reads the text.
#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Plain,
    Double,
    Single,
    Comment,
    /// The lines of a `|` or `>` block scalar, more indented than the line that opened it.
    Block {
        indent: usize,
    },
}

/// Nesting depth, as YAML would see it: flow collections (`[`, `{`) inside block nesting
/// (indentation, and each `- ` of a sequence entry). Quoted scalars, comments and block scalars
/// are skipped; an approximation that never undercounts a real document by more than the
/// collections a plain scalar opens with a bracket, which YAML does not allow.
fn check_depth(text: &str) -> Result<(), Exceeded> {
    let mut mode = Mode::Plain;
    let mut flow = 0usize;
    let mut indents: Vec<usize> = Vec::new();
    for (line_index, line) in text.split('\n').enumerate() {
        let indent = line.len() - line.trim_start_matches(' ').len();
        let content = line.trim_start_matches(' ');
        if let Mode::Block { indent: opened } = mode {
            if content.trim().is_empty() || indent > opened {
                continue;
            }
            mode = Mode::Plain;
        }
        if mode == Mode::Comment {
            mode = Mode::Plain;
        }
        let starts_node = mode == Mode::Plain && flow == 0;
        if starts_node && !content.trim().is_empty() && !content.starts_with('#') {
            while indents.last().is_some_and(|&top| top > indent) {
                indents.pop();
            }
            if indents.last() != Some(&indent) {
                indents.push(indent);
            }
            // Each `- ` opens one more level on the same line.
            let mut rest = content;
            let mut column = indent;
            while let Some(after) = rest
                .strip_prefix("- ")
                .or_else(|| rest.strip_prefix('-').filter(|r| r.is_empty()))
            {
                column += 2;
                indents.push(column);
                rest = after.trim_start_matches(' ');
            }
        }
        let block_depth = indents.len();
        let mut previous = ' ';
        let mut chars = content.char_indices().peekable();
        while let Some((offset, c)) = chars.next() {
            match mode {
                Mode::Comment | Mode::Block { .. } => break,
                Mode::Double => {
                    if c == '\\' {
                        chars.next();
                    } else if c == '"' {
                        mode = Mode::Plain;
                    }
                }
                Mode::Single => {
                    if c == '\'' {
                        if chars.peek().is_some_and(|&(_, next)| next == '\'') {
                            chars.next();
                        } else {
                            mode = Mode::Plain;
                        }
                    }
                }
                Mode::Plain => {
                    let at_token_start =
                        matches!(previous, ' ' | '\t' | '[' | '{' | ',' | ':' | '-' | '?');
                    match c {
                        '#' if previous == ' ' || previous == '\t' => mode = Mode::Comment,
                        '"' if at_token_start => mode = Mode::Double,
                        '\'' if at_token_start => mode = Mode::Single,
                        '[' | '{' if at_token_start || flow > 0 => {
                            flow += 1;
                            if block_depth + flow > MAX_DEPTH {
                                return Err(too_deep(line_index, content, indent, offset));
                            }
                        }
                        ']' | '}' if flow > 0 => flow -= 1,
                        '|' | '>' if flow == 0 && (previous == ' ' || offset == 0) => {
                            let rest = content[offset + 1..].trim_start_matches([
                                '+', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9',
                            ]);
                            if rest.trim().is_empty() || rest.trim_start().starts_with('#') {
                                mode = Mode::Block { indent };
                            }
                        }
                        _ => {}
                    }
                }
            }
            previous = c;
        }
        if block_depth + flow > MAX_DEPTH {
            return Err(too_deep(line_index, content, indent, 0));
        }
    }
    Ok(())
}

fn too_deep(line_index: usize, content: &str, indent: usize, offset: usize) -> Exceeded {
    Exceeded {
        line: line_index + 1,
        column: indent + content[..offset].chars().count() + 1,
        message: format!(
            "the document nests deeper than {MAX_DEPTH} levels here; refused before parsing"
        ),
    }
}

/// Whether the text has an anchor (`&name`) and an alias (`*name`) where a node can start: the
/// parse that measures aliases runs only then.
fn may_have_aliases(text: &str) -> bool {
    let at_token = |marker: u8| {
        text.as_bytes().windows(3).any(|w| {
            matches!(w[0], b' ' | b'\n' | b'[' | b',' | b'{')
                && w[1] == marker
                && !matches!(
                    w[2],
                    b' ' | b'\n' | b'\r' | b'\t' | b',' | b']' | b'}' | b'/'
                )
        })
    };
    at_token(b'&') && at_token(b'*')
}

/// The size of the document with every alias expanded, measured without expanding any.
fn check_aliases(text: &str) -> Result<(), Exceeded> {
    let mut counter = AliasCounter::default();
    let mut parser = Parser::new_from_str(text);
    // A syntax error is serde_yaml's to report, with its own position.
    let _ = parser.load(&mut counter, true);
    match counter.exceeded {
        Some(exceeded) => Err(exceeded),
        None => Ok(()),
    }
}

/// Sizes as the document would be with aliases expanded.
#[derive(Debug, Default, Clone, Copy)]
struct Size {
    nodes: usize,
    bytes: usize,
}

impl Size {
    fn add(&mut self, other: Size) {
        self.nodes = self.nodes.saturating_add(other.nodes);
        self.bytes = self.bytes.saturating_add(other.bytes);
    }
}

#[derive(Default)]
struct AliasCounter {
    /// Open collections: their anchor id and expanded size so far.
    open: Vec<(usize, Size)>,
    /// Expanded size of each anchored node, by anchor id.
    anchors: std::collections::HashMap<usize, Size>,
    /// The document as written and as expanded.
    written: Size,
    expanded: Size,
    exceeded: Option<Exceeded>,
}

impl AliasCounter {
    fn close(&mut self, anchor: usize, size: Size) {
        if anchor > 0 {
            self.anchors.insert(anchor, size);
        }
        match self.open.last_mut() {
            Some((_, parent)) => parent.add(size),
            None => self.expanded.add(size),
        }
    }
}

impl MarkedEventReceiver for AliasCounter {
    fn on_event(&mut self, event: Event, mark: Marker) {
        if self.exceeded.is_some() {
            return;
        }
        match event {
            Event::Scalar(text, _, anchor, _) => {
                let size = Size {
                    nodes: 1,
                    bytes: text.len(),
                };
                self.written.add(size);
                self.close(anchor, size);
            }
            Event::MappingStart(anchor, _) | Event::SequenceStart(anchor, _) => {
                self.written.nodes += 1;
                self.open.push((anchor, Size { nodes: 1, bytes: 0 }));
            }
            Event::MappingEnd | Event::SequenceEnd => {
                if let Some((anchor, size)) = self.open.pop() {
                    self.close(anchor, size);
                }
            }
            Event::Alias(anchor) => {
                let size = self.anchors.get(&anchor).copied().unwrap_or_default();
                self.close(0, size);
                let mut total = self.expanded;
                for (_, open) in &self.open {
                    total.add(*open);
                }
                let max_nodes = self.written.nodes.saturating_mul(4) + ALIAS_NODE_SLACK;
                let max_bytes = self.written.bytes.saturating_mul(4) + ALIAS_BYTE_SLACK;
                if total.nodes > max_nodes || total.bytes > max_bytes {
                    self.exceeded = Some(Exceeded {
                        line: mark.line(),
                        column: mark.col() + 1,
                        message: format!(
                            "aliases expand the document past {max_nodes} nodes or {max_bytes} bytes of text \
                             (four times its own size, plus a margin); refused before parsing"
                        ),
                    });
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n";

    #[test]
    fn deep_flow_nesting_is_refused_where_it_gets_too_deep() {
        let text = format!(
            "{HEAD}x-deep: {}{}\n",
            "[".repeat(100_000),
            "]".repeat(100_000)
        );
        let exceeded = check(&text).unwrap_err();
        assert_eq!(exceeded.line, 4);
        assert!(
            exceeded.column > 100 && exceeded.column < 140,
            "{exceeded:?}"
        );
    }

    #[test]
    fn deep_block_nesting_is_refused() {
        let mut text = HEAD.to_string();
        for level in 0..200 {
            text.push_str(&format!("{}k{level}:\n", " ".repeat(level)));
        }
        let exceeded = check(&text).unwrap_err();
        assert_eq!(exceeded.line, 4 + MAX_DEPTH);
    }

    #[test]
    fn brackets_in_text_do_not_count() {
        let text = format!(
            "{HEAD}description: \"{}\"\nother: '{}'\nblock: |\n  {}\n# {}\n",
            "[".repeat(500),
            "{".repeat(500),
            "[".repeat(500),
            "[".repeat(500)
        );
        assert_eq!(check(&text), Ok(()));
    }

    #[test]
    fn alias_amplification_is_refused_at_the_alias() {
        let leaf = format!("[{}]", vec!["x".repeat(100); 100].join(","));
        let middle = format!("[{}]", vec!["*a"; 100].join(","));
        let top = format!("[{}]", vec!["*b"; 100].join(","));
        let text = format!("{HEAD}x-bomb:\n  a: &a {leaf}\n  b: &b {middle}\n  c: {top}\n");
        let exceeded = check(&text).unwrap_err();
        assert_eq!(exceeded.line, 7, "{exceeded:?}");
    }

    #[test]
    fn modest_aliases_pass() {
        let text = format!(
            "{HEAD}x-common: &common {{type: string}}\nx-uses: [*common, *common, *common]\n"
        );
        assert!(may_have_aliases(&text));
        assert_eq!(check(&text), Ok(()));
    }

    #[test]
    fn the_project_specs_pass() {
        for spec in ["alfresco-core", "docspace", "pieces-os"] {
            let path = format!("{}/../spec/{spec}.yaml", env!("CARGO_MANIFEST_DIR"));
            let text = std::fs::read_to_string(path).unwrap();
            assert_eq!(check(&text), Ok(()), "{spec}");
        }
    }
}
