//! JSON pointers (RFC 6901): the one vocabulary loading, lowering and diagnostics share for
//! naming a place in a spec. A leaf: it depends on nothing else in the crate.

/// Escapes one segment of a JSON pointer (RFC 6901): `~` first, so the `~` of `~1` is not
/// escaped again.
pub fn escape_segment(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

/// Undoes [`escape_segment`]: `~1` first, so `~01` becomes `~1`, not `/`.
pub fn unescape_segment(segment: &str) -> String {
    segment.replace("~1", "/").replace("~0", "~")
}

/// Joins a pointer and one more segment.
pub fn child(pointer: &str, segment: &str) -> String {
    format!("{pointer}/{}", escape_segment(segment))
}
