//! Finishing models: boxing recursive references, choosing derives and each property's presence.

use std::collections::{BTreeMap, BTreeSet};

use crate::ir::{Field, Model, ModelKind, Presence, TaggedVariant, UnionVariant};

use super::cycles;
use super::types::{DraftKind, FieldDraft, ModelDraft, Ty, VariantDraft};

/// Turns drafts into IR models. Recursion is broken with `Box` on every reference that stays within
/// a cycle without passing through a `Vec` or a map (which already allocate).
pub fn finish(drafts: Vec<ModelDraft>) -> Vec<Model> {
    let graph = direct_graph(&drafts);
    let components = cycles::components(&graph);
    let defaultable = defaultable_models(&drafts);
    drafts
        .into_iter()
        .map(|draft| {
            let own = components.get(draft.name.as_str());
            let reaches_back = |ty: &Ty| {
                let mut targets = Vec::new();
                ty.direct_models(&mut targets);
                targets.iter().any(|target| {
                    target == &draft.name
                        || (own.is_some() && components.get(target.as_str()) == own)
                })
            };
            let mut derives = Vec::new();
            let kind = match draft.kind {
                DraftKind::Struct { fields, closed } => {
                    if defaultable.contains(&draft.name) {
                        derives.push("Default".to_string());
                    }
                    let fields = fields
                        .into_iter()
                        .map(|field| {
                            let boxed = reaches_back(&field.ty);
                            finish_field(field, boxed)
                        })
                        .collect();
                    ModelKind::Struct { fields, closed }
                }
                DraftKind::StringEnum {
                    variants,
                    default_variant,
                } => {
                    if default_variant.is_some() {
                        derives.push("Default".to_string());
                    }
                    derives.extend(["Eq", "Hash"].map(str::to_string));
                    ModelKind::StringEnum {
                        variants,
                        default_variant,
                    }
                }
                DraftKind::IntegerEnum { repr, constants } => {
                    derives.extend(["Copy", "Eq", "Hash", "PartialOrd", "Ord"].map(str::to_string));
                    ModelKind::IntegerEnum {
                        repr: repr.to_string(),
                        constants,
                    }
                }
                DraftKind::Union { variants, tag } => {
                    let variants = variants.into_iter().map(|variant| VariantDraft {
                        ty: if reaches_back(&variant.ty) {
                            variant.ty.boxed()
                        } else {
                            variant.ty
                        },
                        ..variant
                    });
                    match tag {
                        Some(property) => ModelKind::TaggedUnion {
                            property,
                            variants: variants.map(tagged_variant).collect(),
                        },
                        None => ModelKind::Union {
                            variants: variants
                                .map(|variant| UnionVariant {
                                    name: variant.name,
                                    ty: Some(variant.ty.render()),
                                    serde: None,
                                    docs: variant.docs,
                                })
                                .collect(),
                            serde: "untagged".to_string(),
                        },
                    }
                }
                DraftKind::Alias { target } => ModelKind::Alias {
                    target: target.render(),
                },
            };
            Model {
                pointer: draft.pointer,
                name: draft.name,
                root: draft.root,
                wire_name: draft.wire_name,
                docs: draft.docs,
                derives,
                cfg: None,
                kind,
            }
        })
        .collect()
}

fn tagged_variant(variant: VariantDraft) -> TaggedVariant {
    let literals: Vec<String> = variant.tags.iter().map(|tag| format!("{tag:?}")).collect();
    TaggedVariant {
        pattern: literals.join(" | "),
        tag: variant.tags.first().cloned().unwrap_or_default(),
        name: variant.name,
        ty: variant.ty.render(),
        docs: variant.docs,
    }
}

fn finish_field(field: FieldDraft, boxed: bool) -> Field {
    let ty = if boxed { field.ty.boxed() } else { field.ty };
    let nullable = ty.is_option();
    let presence = match (field.wire_name.is_empty(), field.required, nullable) {
        (true, ..) => Presence::Rest,
        (false, true, false) => Presence::Required,
        (false, true, true) => Presence::RequiredOrNull,
        (false, false, false) => Presence::Optional,
        (false, false, true) => Presence::OptionalOrNull,
    };
    let ty = if presence == Presence::Optional {
        Ty::Option(Box::new(ty))
    } else {
        ty
    };
    Field {
        name: field.name,
        wire_name: field.wire_name,
        ty: ty.render(),
        docs: field.docs,
        presence,
    }
}

/// Model → models it holds directly (aliases are followed through their target type).
fn direct_graph(drafts: &[ModelDraft]) -> BTreeMap<String, Vec<String>> {
    drafts
        .iter()
        .map(|draft| {
            let mut targets = Vec::new();
            match &draft.kind {
                DraftKind::Struct { fields, .. } => fields
                    .iter()
                    .for_each(|field| field.ty.direct_models(&mut targets)),
                DraftKind::Union { variants, .. } => variants
                    .iter()
                    .for_each(|variant| variant.ty.direct_models(&mut targets)),
                DraftKind::Alias { target } => target.direct_models(&mut targets),
                DraftKind::StringEnum { .. } | DraftKind::IntegerEnum { .. } => {}
            }
            (draft.name.clone(), targets)
        })
        .collect()
}

/// Structs that derive `Default`: those whose every field is optional (the map of additional
/// properties, empty, counts as optional). A struct with a required field has no meaningful
/// default value, so it gets none and callers must name every required field.
fn defaultable_models(drafts: &[ModelDraft]) -> BTreeSet<String> {
    drafts
        .iter()
        .filter(|draft| match &draft.kind {
            DraftKind::Struct { fields, .. } => fields
                .iter()
                .all(|field| !field.required || field.wire_name.is_empty()),
            _ => false,
        })
        .map(|draft| draft.name.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::ir::ModelKind;
    use crate::Settings;

    const SPEC: &str = r#"
openapi: 3.0.3
info: {title: T, version: '1'}
paths: {}
components:
  schemas:
    Listed:
      type: object
      required: [id]
      properties:
        id: {type: integer}
        note: {type: string}
    Open:
      type: object
      additionalProperties: true
      properties:
        note: {type: string}
"#;

    /// Each struct's field names and whether it derives `Default`.
    fn structs(keep_unknown_properties: bool) -> Vec<(String, Vec<String>, bool)> {
        let mut settings = Settings::new("t.yaml", "t");
        settings.keep_unknown_properties = keep_unknown_properties;
        let (api, _) = crate::lower(SPEC, &settings).expect("lowers");
        api.models
            .into_iter()
            .filter_map(|model| match model.kind {
                ModelKind::Struct { fields, .. } => Some((
                    model.name,
                    fields.into_iter().map(|field| field.name).collect(),
                    model.derives.iter().any(|d| d == "Default"),
                )),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn unknown_properties_are_kept_where_declared_or_everywhere_on_request() {
        let names = |fields: &[&str]| fields.iter().map(|f| f.to_string()).collect::<Vec<_>>();
        assert_eq!(
            structs(false),
            [
                ("Listed".to_string(), names(&["id", "note"]), false),
                (
                    "Open".to_string(),
                    names(&["note", "additional_properties"]),
                    true
                ),
            ]
        );
        assert_eq!(
            structs(true)[0],
            (
                "Listed".to_string(),
                names(&["id", "note", "additional_properties"]),
                false
            )
        );
    }
}
