//! Per-tag cargo features: in a crate generated from a spec with many tags, each tag's client and
//! server code compiles only with its feature (`tag-repos`), and each model only with the
//! features of the tags that reach it, directly or through other models. `all-tags`, in the
//! default features, enables every tag; models no operation reaches need it.
//!
//! An item that three or more tags use (but not every tag) is gated by a hidden feature of its
//! own, `__tags-<hash of the tag set>`, which each of those tags enables: `#[cfg(any(..))]` over
//! a dozen tags prints as a dozen lines on every such item (App Store Connect's models had 11,000
//! lines of them), and the name stays the same when the spec changes elsewhere. Items of one or
//! two tags name them.
//!
//! Reachability is read from the IR's type expressions: every identifier in an operation's (or
//! model's, or header struct's) serialized form that names a model is a reference. A word of spec
//! text that happens to name a model only makes that model compile more often, never less, and
//! spec text in doc lines is skipped.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::ir::{Api, Security, Tag};

/// Specs with fewer tags keep one crate without tag features: a feature per tag only pays when
/// users can leave most of the API out.
pub const MIN_TAGS: usize = 3;

/// The feature that enables every tag (and the models no operation uses).
pub const ALL_TAGS: &str = "all-tags";

/// Sets the cargo feature of each tag and the `#[cfg]` of every item that belongs to some tags
/// only, when the spec has at least [`MIN_TAGS`] tags.
pub fn assign(api: &mut Api) {
    if api.tags.len() < MIN_TAGS {
        return;
    }
    let features: Vec<String> = api
        .tags
        .iter()
        .map(|tag| {
            format!(
                "tag-{}",
                tag.stem.trim_start_matches("r#").replace('_', "-")
            )
        })
        .collect();

    // Model and header struct name → the names it refers to.
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for model in &api.models {
        graph.insert(model.name.clone(), BTreeSet::new());
    }
    for headers in &api.header_structs {
        graph.insert(headers.name.clone(), BTreeSet::new());
    }
    let known: BTreeSet<String> = graph.keys().cloned().collect();
    for model in &api.models {
        let refs = references(model, &known);
        graph.insert(model.name.clone(), refs);
    }
    for headers in &api.header_structs {
        let refs = references(&headers.fields, &known);
        graph.insert(headers.name.clone(), refs);
    }

    // Item name → the indices of the tags that reach it.
    let mut reached_by: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
    for (index, tag) in api.tags.iter().enumerate() {
        let mut pending: Vec<String> = tag
            .operations
            .iter()
            .flat_map(|operation| references(operation, &known))
            .collect();
        while let Some(name) = pending.pop() {
            if reached_by.entry(name.clone()).or_default().insert(index) {
                pending.extend(graph.get(&name).into_iter().flatten().cloned());
            }
        }
    }

    let mut gates = Gates {
        features: &features,
        groups: Groups::default(),
    };
    for model in &mut api.models {
        model.cfg = gates.of_public(reached_by.get(&model.name));
    }
    for headers in &mut api.header_structs {
        headers.cfg = gates.of_public(reached_by.get(&headers.name));
    }
    // A file whose models share one gate states it once, as an inner attribute: a string enum
    // is four items, and a gate of several tags is seven lines each.
    for file in &mut api.model_files {
        let mut gates = file.models.iter().map(|&index| &api.models[index].cfg);
        if let Some(Some(first)) = gates.next() {
            if gates.all(|gate| gate.as_ref() == Some(first)) {
                file.inner_cfg = Some(first.replacen("#[", "#![", 1));
                file.cfg = Some(first.clone());
            }
        }
    }
    for scheme in &mut api.security_schemes {
        let users = tags_whose_security(&api.tags, |security| {
            security
                .alternatives
                .iter()
                .any(|requirement| requirement.wire_names.contains(&scheme.wire_name))
        });
        // A private constant: unlike a model, it must be gated even when every tag uses it, or
        // a build with no tag feature warns that it is never used.
        scheme.cfg = Some(gates.of(&users));
    }
    for credentials in &mut api.credential_enums {
        let users = tags_whose_security(&api.tags, |security| {
            security.server_enum.as_ref() == Some(&credentials.name)
        });
        credentials.cfg = gates.of_public(Some(&users));
    }
    for (tag, feature) in api.tags.iter_mut().zip(&features) {
        tag.cfg = Some(cfg_any(&[feature]));
        tag.feature = Some(feature.clone());
    }
    let groups = gates.groups;
    api.feature_groups = groups.sets.keys().cloned().collect();
    api.tag_groups = features
        .iter()
        .enumerate()
        .map(|(index, feature)| (feature.clone(), groups.enabled_by(index)))
        .collect();

    api.tag_features = features;
}

/// The `#[cfg]`s of items by the tags that use them.
struct Gates<'a> {
    /// One per tag, in tag order.
    features: &'a [String],
    groups: Groups,
}

impl Gates<'_> {
    /// The gate of an item the tags in `tags` use: any of their features (or their set's own),
    /// or `all-tags` when none does (an item only the whole crate reaches).
    fn of(&mut self, tags: &BTreeSet<usize>) -> String {
        if tags.is_empty() {
            return cfg_any(&[ALL_TAGS]);
        }
        let names: Vec<&str> = tags.iter().map(|&i| self.features[i].as_str()).collect();
        match self.groups.feature(tags, &names) {
            Some(group) => cfg_any(&[group.as_str()]),
            None => cfg_any(&names),
        }
    }

    /// [`Gates::of`] for a public item: one every tag uses needs no gate, and one no tag reaches
    /// (`None`) gets `all-tags`.
    fn of_public(&mut self, tags: Option<&BTreeSet<usize>>) -> Option<String> {
        match tags {
            Some(tags) if tags.len() == self.features.len() => None,
            Some(tags) => Some(self.of(tags)),
            None => Some(self.of(&BTreeSet::new())),
        }
    }
}

/// The tags from which a set gets a feature of its own.
const GROUP_FROM: usize = 3;

/// The hidden features of tag sets (see the module docs), by name.
#[derive(Default)]
struct Groups {
    sets: BTreeMap<String, BTreeSet<usize>>,
}

impl Groups {
    /// The feature that gates what exactly the tags `tags` (with features `names`) use, for a
    /// set of [`GROUP_FROM`] tags or more; `None` for a smaller set, or in the unlikely case
    /// that another set's name is the same.
    fn feature(&mut self, tags: &BTreeSet<usize>, names: &[&str]) -> Option<String> {
        if tags.len() < GROUP_FROM {
            return None;
        }
        let name = format!("__tags-{:016x}", fnv1a(names.join(",").as_bytes()));
        let set = self
            .sets
            .entry(name.clone())
            .or_insert_with(|| tags.clone());
        (set == tags).then_some(name)
    }

    /// The groups the tag at `index` enables, by name.
    fn enabled_by(&self, index: usize) -> Vec<String> {
        self.sets
            .iter()
            .filter(|(_, tags)| tags.contains(&index))
            .map(|(name, _)| name.clone())
            .collect()
    }
}

/// 64-bit FNV-1a: a stable hash for feature names (std's hasher may change between releases).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The indices of the tags with an operation whose security `uses` accepts.
fn tags_whose_security(tags: &[Tag], uses: impl Fn(&Security) -> bool) -> BTreeSet<usize> {
    tags.iter()
        .enumerate()
        .filter(|(_, tag)| {
            tag.operations
                .iter()
                .any(|operation| operation.security.as_ref().is_some_and(&uses))
        })
        .map(|(index, _)| index)
        .collect()
}

/// `#[cfg(feature = "a")]`, or `#[cfg(any(feature = "a", feature = "b"))]` for several.
fn cfg_any(features: &[&str]) -> String {
    let features: Vec<String> = features
        .iter()
        .map(|feature| format!("feature = {feature:?}"))
        .collect();
    match features.as_slice() {
        [one] => format!("#[cfg({one})]"),
        many => format!("#[cfg(any({}))]", many.join(", ")),
    }
}

/// The names in `known` that occur as identifiers in the code strings of `value`.
fn references(value: &impl Serialize, known: &BTreeSet<String>) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    if let Ok(json) = serde_json::to_value(value) {
        collect(&json, known, &mut found);
    }
    found
}

/// Keys whose strings are spec text or wire names, never Rust types.
const TEXT_KEYS: &[&str] = &[
    "docs",
    "summary",
    "pointer",
    "operation_id",
    "path",
    "route",
    "wire_name",
    "media_type",
    "accept",
    "produces",
    "example",
];

fn collect(value: &serde_json::Value, known: &BTreeSet<String>, found: &mut BTreeSet<String>) {
    match value {
        serde_json::Value::String(text) => {
            for word in text.split(|c: char| !(c.is_alphanumeric() || c == '_')) {
                if known.contains(word) {
                    found.insert(word.to_string());
                }
            }
        }
        serde_json::Value::Array(items) => {
            for item in items {
                collect(item, known, found);
            }
        }
        serde_json::Value::Object(fields) => {
            for (key, item) in fields {
                if !TEXT_KEYS.contains(&key.as_str()) {
                    collect(item, known, found);
                }
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_of_code_strings_name_models_and_text_keys_are_skipped() {
        let known: BTreeSet<String> = ["Pet", "Owner", "Tag"].map(String::from).into();
        let value = serde_json::json!({
            "ty": "Option<Vec<models::Pet>>",
            "docs": ["The Owner of the Tag."],
            "responses": [{ "error_ty": "Box<models::Owner>" }],
        });
        assert_eq!(
            references(&value, &known),
            ["Owner", "Pet"].map(String::from).into()
        );
    }

    #[test]
    fn sets_of_three_tags_or_more_get_a_feature_their_tags_enable() {
        let mut groups = Groups::default();
        let set = |tags: &[usize]| tags.iter().copied().collect::<BTreeSet<usize>>();
        assert_eq!(groups.feature(&set(&[0, 1]), &["tag-a", "tag-b"]), None);
        let three = groups.feature(&set(&[0, 1, 3]), &["tag-a", "tag-b", "tag-d"]);
        assert_eq!(three.as_deref(), Some("__tags-33ecffdf25c28567"));
        assert_eq!(
            groups.feature(&set(&[0, 1, 3]), &["tag-a", "tag-b", "tag-d"]),
            three
        );
        assert_eq!(groups.enabled_by(1), [three.clone().unwrap()]);
        assert!(groups.enabled_by(2).is_empty());
        // A name another set has (a hash collision) is not shared.
        let mut taken = Groups::default();
        taken.sets.insert(three.clone().unwrap(), set(&[4, 5, 6]));
        assert_eq!(
            taken.feature(&set(&[0, 1, 3]), &["tag-a", "tag-b", "tag-d"]),
            None
        );
    }

    #[test]
    fn cfg_lists_one_feature_or_any() {
        assert_eq!(cfg_any(&["tag-a"]), r#"#[cfg(feature = "tag-a")]"#);
        assert_eq!(
            cfg_any(&["tag-a", "tag-b"]),
            r#"#[cfg(any(feature = "tag-a", feature = "tag-b"))]"#
        );
    }
}
