//! The shapes of line that prettyplease prints exactly as the templates write them.
//!
//! Each recognizer is strict: it accepts only what it can vouch for token by token (identifiers,
//! plain string literals, path types with canonical spacing), so a line it accepts is valid Rust
//! where it stands and comes back from prettyplease unchanged as long as it fits the margin.

/// `/// text` or a bare `///` (not `////`, an ordinary comment, nor `//!`), trimmed.
pub fn is_outer_doc_comment(trimmed: &str) -> bool {
    trimmed
        .strip_prefix("///")
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
}

/// `Self::Variant => "wire",` or `"wire" => Self::Variant,` (trimmed), where the variant is an
/// UpperCamelCase identifier and the string needs no escapes: nothing in it that prettyplease
/// would print differently, and nothing that could fail to parse.
pub fn is_wire_arm(trimmed: &str) -> bool {
    let Some((pattern, body)) = trimmed
        .strip_suffix(',')
        .and_then(|arm| arm.split_once(" => "))
    else {
        return false;
    };
    (is_variant(pattern) && is_plain_string(body)) || (is_plain_string(pattern) && is_variant(body))
}

fn is_variant(text: &str) -> bool {
    text.strip_prefix("Self::").is_some_and(is_variant_name)
}

/// `Name,` (trimmed): a unit variant.
pub fn is_unit_variant(trimmed: &str) -> bool {
    trimmed.strip_suffix(',').is_some_and(is_variant_name)
}

/// An UpperCamelCase identifier: never a keyword but `Self`.
fn is_variant_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_uppercase())
        && name != "Self"
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
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
pub fn is_one_attribute(trimmed: &str) -> bool {
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

/// `pub name: Type,` (trimmed): a named field whose name is an identifier and whose type is a
/// path with generic arguments, spaced as prettyplease spaces them (`Option<Vec<String>>`,
/// `std::collections::BTreeMap<String, crate::Integer>`).
pub fn is_plain_field(trimmed: &str) -> bool {
    let Some((name, ty)) = trimmed
        .strip_prefix("pub ")
        .and_then(|field| field.strip_suffix(','))
        .and_then(|field| field.split_once(": "))
    else {
        return false;
    };
    let name_ok = match name.strip_prefix("r#") {
        Some(raw) => is_identifier(raw) && !matches!(raw, "crate" | "self" | "super" | "Self"),
        None => is_identifier(name) && !is_keyword(name),
    };
    name_ok && plain_type(ty) == Some("")
}

/// Reads one type off the front of `text`; the rest, or `None` if it does not start with one.
fn plain_type(text: &str) -> Option<&str> {
    let mut rest = text;
    let mut first = true;
    loop {
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        let segment = &rest[..end];
        let path_root = first && matches!(segment, "crate" | "self" | "super" | "Self");
        if !is_identifier(segment) || (is_keyword(segment) && !path_root) {
            return None;
        }
        rest = &rest[end..];
        first = false;
        match rest.strip_prefix("::") {
            Some(next) => rest = next,
            None => break,
        }
    }
    let Some(mut arguments) = rest.strip_prefix('<') else {
        return Some(rest);
    };
    loop {
        arguments = plain_type(arguments)?;
        if let Some(next) = arguments.strip_prefix(", ") {
            arguments = next;
        } else {
            return arguments.strip_prefix('>');
        }
    }
}

fn is_identifier(text: &str) -> bool {
    text.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && text != "_"
        && text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// Strict and reserved keywords of every edition: none of them is a plain identifier.
fn is_keyword(text: &str) -> bool {
    matches!(
        text,
        "as" | "async"
            | "await"
            | "break"
            | "const"
            | "continue"
            | "crate"
            | "dyn"
            | "else"
            | "enum"
            | "extern"
            | "false"
            | "fn"
            | "for"
            | "gen"
            | "if"
            | "impl"
            | "in"
            | "let"
            | "loop"
            | "match"
            | "mod"
            | "move"
            | "mut"
            | "pub"
            | "ref"
            | "return"
            | "self"
            | "Self"
            | "static"
            | "struct"
            | "super"
            | "trait"
            | "true"
            | "try"
            | "type"
            | "unsafe"
            | "use"
            | "where"
            | "while"
            | "abstract"
            | "become"
            | "box"
            | "do"
            | "final"
            | "macro"
            | "override"
            | "priv"
            | "typeof"
            | "unsized"
            | "virtual"
            | "yield"
    )
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

    #[test]
    fn unit_variants_only() {
        assert!(is_unit_variant("Active,"));
        assert!(is_unit_variant("V2_0,"));
        assert!(!is_unit_variant("Self,"));
        assert!(!is_unit_variant("active,"));
        assert!(!is_unit_variant("Other(String),"));
        assert!(!is_unit_variant("Active"));
    }

    #[test]
    fn plain_fields_only() {
        assert!(is_plain_field("pub id: uuid::Uuid,"));
        assert!(is_plain_field("pub r#type: Option<String>,"));
        assert!(is_plain_field(
            "pub a: Option<std::collections::BTreeMap<String, crate::Integer>>,"
        ));
        assert!(is_plain_field("pub b: Option<Box<crate::models::A>>,"));
        assert!(!is_plain_field("pub type: String,"));
        assert!(!is_plain_field("pub r#self: String,"));
        assert!(!is_plain_field("pub a: Option<type>,"));
        assert!(!is_plain_field("pub a: Vec<&str>,"));
        assert!(!is_plain_field("pub a: Option< String>,"));
        assert!(!is_plain_field("pub a: HashMap<String,String>,"));
        assert!(!is_plain_field("pub a: Option<String>>,"));
        assert!(!is_plain_field("pub a: Option<String,"));
        assert!(!is_plain_field("pub a: String"));
        assert!(!is_plain_field("pub(crate) a: String,"));
        assert!(!is_plain_field("pub a: a::crate::B,"));
        assert!(!is_plain_field("pub a: 1A,"));
    }
}
