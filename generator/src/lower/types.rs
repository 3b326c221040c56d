//! Rust types for schemas: component schemas become models, inline schemas that need a name get a
//! stable one derived from where they sit (`PersonPaging.list` → `PersonPagingList`), and
//! everything else maps to a type expression.

use std::collections::HashMap;

use indexmap::IndexMap;
use openapiv3::{
    AdditionalProperties, IntegerFormat, NumberFormat, ReferenceOr, Schema, SchemaKind,
    StringFormat, Type, VariantOrUnknownOrEmpty,
};

use crate::diagnostics::{child, escape_segment, unescape_segment};
use crate::ir::{EnumVariant, Features, IntegerConstant};
use crate::names::{self, Namespace};

use super::Context;

/// A Rust type, kept structured until boxing for recursion has been decided.
#[derive(Debug, Clone, PartialEq)]
pub enum Ty {
    /// A generated model, by name.
    Named(String),
    /// A path that needs no further decisions (`String`, `i64`, `chrono::NaiveDate`).
    Plain(&'static str),
    Vec(Box<Ty>),
    Map(Box<Ty>),
    Option(Box<Ty>),
    Box(Box<Ty>),
}

impl Ty {
    /// The type as it appears inside `models.rs`.
    pub fn render(&self) -> String {
        self.render_with("")
    }

    /// The type as it appears outside `models.rs`, with models qualified by `prefix` (`models::`).
    pub fn render_with(&self, prefix: &str) -> String {
        match self {
            Ty::Named(name) => format!("{prefix}{name}"),
            Ty::Plain(path) => (*path).to_string(),
            Ty::Vec(item) => format!("Vec<{}>", item.render_with(prefix)),
            Ty::Map(value) => {
                format!(
                    "std::collections::BTreeMap<String, {}>",
                    value.render_with(prefix)
                )
            }
            Ty::Option(inner) => format!("Option<{}>", inner.render_with(prefix)),
            Ty::Box(inner) => format!("Box<{}>", inner.render_with(prefix)),
        }
    }

    /// Models this type holds without indirection through a heap collection.
    pub fn direct_models(&self, out: &mut Vec<String>) {
        match self {
            Ty::Named(name) => out.push(name.clone()),
            Ty::Option(inner) | Ty::Box(inner) => inner.direct_models(out),
            Ty::Plain(_) | Ty::Vec(_) | Ty::Map(_) => {}
        }
    }

    /// Wraps the directly held model in a `Box` (inside any `Option`).
    pub fn boxed(self) -> Ty {
        match self {
            Ty::Option(inner) => Ty::Option(Box::new(inner.boxed())),
            Ty::Named(_) => Ty::Box(Box::new(self)),
            other => other,
        }
    }

    pub fn is_option(&self) -> bool {
        matches!(self, Ty::Option(_))
    }

    pub const JSON: Ty = Ty::Plain("serde_json::Value");
    pub const STRING: Ty = Ty::Plain("String");
    pub const BYTES: Ty = Ty::Plain("bytes::Bytes");
}

/// How deep inline schemas may nest inside each other before lowering gives up.
const MAX_NESTING: usize = 64;

/// A model before recursion is resolved.
#[derive(Debug)]
pub struct ModelDraft {
    pub pointer: String,
    pub name: String,
    /// The model defined outside any other (a component, or an operation's inline schema) whose
    /// definition defined this one: the two share a file.
    pub root: String,
    pub wire_name: String,
    pub docs: Vec<String>,
    pub kind: DraftKind,
}

#[derive(Debug)]
pub enum DraftKind {
    Struct {
        fields: Vec<FieldDraft>,
        closed: bool,
    },
    StringEnum {
        variants: Vec<EnumVariant>,
        default_variant: Option<String>,
    },
    IntegerEnum {
        repr: &'static str,
        constants: Vec<IntegerConstant>,
    },
    /// `oneOf` / `anyOf`. With a `discriminator`, `tag` is its property name and every variant
    /// lists the tag values that select it; without one the union is untagged.
    Union {
        variants: Vec<VariantDraft>,
        tag: Option<String>,
    },
    Alias {
        target: Ty,
    },
}

#[derive(Debug)]
pub struct VariantDraft {
    pub name: String,
    pub ty: Ty,
    /// The discriminator values that select this variant (empty in an untagged union).
    pub tags: Vec<String>,
    pub docs: Vec<String>,
}

#[derive(Debug)]
pub struct FieldDraft {
    pub name: String,
    pub wire_name: String,
    pub ty: Ty,
    pub required: bool,
    pub docs: Vec<String>,
}

/// Owns the models as they are discovered, and the names already taken.
pub struct TypeSpace {
    pub models: Vec<ModelDraft>,
    pub names: Namespace,
    /// Component schema name → model name.
    pub components: IndexMap<String, String>,
    /// The JSON text of each inline schema that got a model → that model's name.
    pub inline: HashMap<String, String>,
}

impl TypeSpace {
    /// Assigns names to every component schema first, so references resolve in any order and
    /// components keep their own names ahead of inline schemas.
    pub fn new(component_names: impl Iterator<Item = String>) -> TypeSpace {
        let mut names = Namespace::default();
        let components = component_names
            .map(|wire| {
                let name = names.unique(&names::type_name(&wire));
                (wire, name)
            })
            .collect();
        TypeSpace {
            models: Vec::new(),
            names,
            components,
            inline: HashMap::new(),
        }
    }
}

/// The parts of a schema that decide how it maps to Rust.
enum Shape<'a> {
    Object {
        properties: &'a IndexMap<String, ReferenceOr<Box<Schema>>>,
        required: &'a [String],
        additional: Option<&'a AdditionalProperties>,
    },
    Array(Option<&'a ReferenceOr<Box<Schema>>>),
    StringEnum(Vec<String>),
    IntegerEnum(Vec<i64>),
    Scalar(Ty),
    AllOf(&'a [ReferenceOr<Schema>]),
    /// A composition of exactly one schema (`allOf: [$ref]`, the usual way to put a description
    /// beside a reference): that schema.
    Single(&'static str, &'a ReferenceOr<Schema>),
    Union(&'a [ReferenceOr<Schema>]),
    Any,
}

impl Context<'_, '_> {
    /// The type of a schema reference. `hint` names the schema if it needs a model of its own.
    pub fn type_of_ref(&mut self, schema: &ReferenceOr<Schema>, pointer: &str, hint: &str) -> Ty {
        match schema {
            ReferenceOr::Reference { reference } => self.type_of_reference(reference, pointer),
            ReferenceOr::Item(schema) => self.type_of_schema(schema, pointer, hint),
        }
    }

    pub fn type_of_boxed_ref(
        &mut self,
        schema: &ReferenceOr<Box<Schema>>,
        pointer: &str,
        hint: &str,
    ) -> Ty {
        match schema {
            ReferenceOr::Reference { reference } => self.type_of_reference(reference, pointer),
            ReferenceOr::Item(schema) => self.type_of_schema(schema, pointer, hint),
        }
    }

    fn type_of_reference(&mut self, reference: &str, pointer: &str) -> Ty {
        let Some(wire) = reference.strip_prefix("#/components/schemas/") else {
            self.diagnostics.error(
                &child(pointer, "$ref"),
                format!("unsupported reference `{reference}`: only `#/components/schemas/...` references are supported for schemas"),
            );
            return Ty::JSON;
        };
        let wire = unescape_segment(wire);
        match self.types.components.get(&wire) {
            Some(name) => {
                let name = name.clone();
                // A component that is nullable everywhere it is used.
                let nullable = self
                    .component_schema(&wire)
                    .is_some_and(|schema| schema.schema_data.nullable);
                let ty = Ty::Named(name);
                if nullable {
                    Ty::Option(Box::new(ty))
                } else {
                    ty
                }
            }
            None => {
                self.diagnostics.error(
                    &child(pointer, "$ref"),
                    format!("reference to an undefined schema `{reference}`"),
                );
                Ty::JSON
            }
        }
    }

    /// The type of an inline schema; `nullable` adds an `Option`.
    pub fn type_of_schema(&mut self, schema: &Schema, pointer: &str, hint: &str) -> Ty {
        let ty = self.type_of_schema_kind(schema, pointer, hint);
        if schema.schema_data.nullable && !ty.is_option() {
            Ty::Option(Box::new(ty))
        } else {
            ty
        }
    }

    fn type_of_schema_kind(&mut self, schema: &Schema, pointer: &str, hint: &str) -> Ty {
        match shape(schema, &mut self.features) {
            Shape::Scalar(ty) => ty,
            Shape::Array(items) => {
                let item = match items {
                    Some(items) => self.type_of_boxed_ref(
                        items,
                        &child(pointer, "items"),
                        &format!("{hint}Item"),
                    ),
                    None => Ty::JSON,
                };
                Ty::Vec(Box::new(item))
            }
            Shape::Object {
                properties,
                additional,
                ..
            } if properties.is_empty() => match additional {
                Some(AdditionalProperties::Schema(value)) => {
                    let value = self.type_of_ref(
                        value,
                        &child(pointer, "additionalProperties"),
                        &format!("{hint}Value"),
                    );
                    Ty::Map(Box::new(value))
                }
                _ => Ty::Plain("serde_json::Map<String, serde_json::Value>"),
            },
            Shape::Any => Ty::JSON,
            Shape::Single(keyword, part) => {
                self.type_of_ref(part, &child(&child(pointer, keyword), "0"), hint)
            }
            _ => {
                // Real specs repeat inline schemas verbatim (App Store Connect's 1,089 inline
                // models have 476 distinct texts): each text gets one model, named after where it
                // first appears, so users and the compiler see each shape once.
                let text = serde_json::to_string(schema).ok();
                if let Some(name) = text.as_ref().and_then(|text| self.types.inline.get(text)) {
                    return Ty::Named(name.clone());
                }
                let name = self.types.names.unique(&names::type_name(hint));
                if let Some(text) = text {
                    self.types.inline.insert(text, name.clone());
                }
                self.define_model(schema, pointer, name.clone(), hint.to_string());
                Ty::Named(name)
            }
        }
    }

    /// Defines the model for a component schema (under its reserved name) or a named inline schema.
    pub fn define_model(
        &mut self,
        schema: &Schema,
        pointer: &str,
        name: String,
        wire_name: String,
    ) {
        let docs = schema_docs(schema);
        if self.depth > MAX_NESTING {
            self.diagnostics.error(
                pointer,
                "schemas nest too deeply (an inline schema that contains itself?)",
            );
            return;
        }
        // Reserve the slot first so a model precedes the inline models it defines.
        let index = self.types.models.len();
        // Only a definition at depth 0 sets the root, and none starts inside another.
        let root = if self.depth == 0 {
            self.root = index;
            name.clone()
        } else {
            self.types.models[self.root].root.clone()
        };
        self.types.models.push(ModelDraft {
            pointer: pointer.to_string(),
            name: name.clone(),
            root,
            wire_name,
            docs,
            kind: DraftKind::Alias { target: Ty::JSON },
        });
        self.depth += 1;
        let kind = match shape(schema, &mut self.features) {
            Shape::Object {
                properties,
                additional,
                ..
            } if properties.is_empty()
                && !matches!(additional, Some(AdditionalProperties::Any(false))) =>
            {
                let target = self.type_of_schema_kind(schema, pointer, &name);
                DraftKind::Alias { target }
            }
            Shape::StringEnum(values) => {
                let default = schema.schema_data.default.as_ref().and_then(|v| v.as_str());
                string_enum(&values, default)
            }
            Shape::IntegerEnum(values) => {
                let draft = integer_enum(schema, &values);
                if matches!(&draft, DraftKind::IntegerEnum { repr, .. } if *repr == "i64")
                    && is_int32(schema)
                {
                    self.diagnostics.warning(
                        &child(pointer, "enum"),
                        "an enum value is out of range for `format: int32`; the type is `i64`",
                    );
                }
                draft
            }
            Shape::AllOf(parts) => self.all_of_draft(parts, pointer, &name),
            Shape::Union(alternatives) => self.union_draft(schema, alternatives, pointer, &name),
            Shape::Object {
                properties,
                required,
                additional,
            } => self.struct_draft(pointer, &name, properties, required, additional),
            Shape::Single(keyword, part) => {
                let target = self.type_of_ref(part, &child(&child(pointer, keyword), "0"), &name);
                DraftKind::Alias { target }
            }
            Shape::Array(_) | Shape::Scalar(_) | Shape::Any => {
                // Nullability is added where the alias is referenced, not in the alias itself.
                let target = self.type_of_schema_kind(schema, pointer, &name);
                DraftKind::Alias { target }
            }
        };
        self.depth -= 1;
        self.types.models[index].kind = kind;
    }

    fn struct_draft(
        &mut self,
        pointer: &str,
        name: &str,
        properties: &IndexMap<String, ReferenceOr<Box<Schema>>>,
        required: &[String],
        additional: Option<&AdditionalProperties>,
    ) -> DraftKind {
        let mut field_names = Namespace::default();
        let mut fields = Vec::new();
        for (wire, property) in properties {
            let property_pointer = child(&child(pointer, "properties"), wire);
            let hint = format!("{name}{}", names::type_name(wire));
            let ty = self.type_of_boxed_ref(property, &property_pointer, &hint);
            // A required `readOnly` (or `writeOnly`) property is required in responses (requests)
            // only (OpenAPI 3.0.3, Schema Object): one type serves both, so it is optional.
            let is_required = required.contains(wire) && !self.read_or_write_only(property);
            fields.push(FieldDraft {
                name: field_names.unique(&names::field_name(wire)),
                wire_name: wire.clone(),
                ty,
                required: is_required,
                docs: property_docs(property),
            });
        }
        // A required property the schema does not describe (Pieces' `FlattenedAnchor.text`) is
        // still required on the wire: a value built from these types must carry it, so it is a
        // required field holding any JSON (or the `additionalProperties` type, which describes
        // every property beyond the named ones).
        for wire in required {
            if properties.contains_key(wire) {
                continue;
            }
            let ty = match additional {
                Some(AdditionalProperties::Schema(value)) => self.type_of_ref(
                    value,
                    &child(pointer, "additionalProperties"),
                    &format!("{name}{}", names::type_name(wire)),
                ),
                _ => Ty::JSON,
            };
            self.diagnostics.warning(
                &child(pointer, "required"),
                format!(
                    "required property `{wire}` is not defined in `properties`; generated as a required field of {}",
                    if ty == Ty::JSON { "any JSON value" } else { "the `additionalProperties` type" }
                ),
            );
            fields.push(FieldDraft {
                name: field_names.unique(&names::field_name(wire)),
                wire_name: wire.clone(),
                ty,
                required: true,
                docs: vec![format!(
                    "Required by the schema, which does not describe `{wire}`: any value it allows."
                )],
            });
        }
        // Properties beyond the named ones are kept in a flattened map where the spec describes
        // them (`additionalProperties: true` or a schema), or everywhere on request. Elsewhere
        // they are ignored when decoding: serde's `flatten` buffers every object it decodes and
        // is costly to compile, a price most schemas (which only list their properties) should
        // not pay.
        let extra = match additional {
            Some(AdditionalProperties::Schema(value)) => Some(Ty::Map(Box::new(self.type_of_ref(
                value,
                &child(pointer, "additionalProperties"),
                &format!("{name}Value"),
            )))),
            Some(AdditionalProperties::Any(false)) => None,
            Some(AdditionalProperties::Any(true)) => {
                Some(Ty::Plain("serde_json::Map<String, serde_json::Value>"))
            }
            None => self
                .keep_unknown_properties
                .then_some(Ty::Plain("serde_json::Map<String, serde_json::Value>")),
        };
        if let Some(ty) = extra {
            fields.push(FieldDraft {
                name: field_names.unique("additional_properties"),
                wire_name: String::new(),
                ty,
                required: true,
                docs: vec!["Properties beyond the named ones, kept as sent.".to_string()],
            });
        }
        DraftKind::Struct {
            fields,
            closed: matches!(additional, Some(AdditionalProperties::Any(false))),
        }
    }

    /// `allOf`: the properties of every part, merged into one struct. Parts may be references,
    /// nested `allOf`s or objects without `type`; a part that cannot be merged (a `oneOf`, a
    /// scalar beside objects) degrades the whole schema to a JSON value, with a warning.
    fn all_of_draft(
        &mut self,
        parts: &[ReferenceOr<Schema>],
        pointer: &str,
        name: &str,
    ) -> DraftKind {
        let mut merged = Merged::default();
        match merge_all_of(self.document, parts, pointer, &mut merged, 0) {
            Ok(()) => self.struct_draft(
                pointer,
                name,
                &merged.properties,
                &merged.required,
                merged.additional.as_ref(),
            ),
            Err((at, reason)) => {
                self.diagnostics.warning(
                    &at,
                    format!("{reason}; `{name}` is generated as a JSON value"),
                );
                DraftKind::Alias { target: Ty::JSON }
            }
        }
    }

    fn union_draft(
        &mut self,
        schema: &Schema,
        alternatives: &[ReferenceOr<Schema>],
        pointer: &str,
        name: &str,
    ) -> DraftKind {
        let keyword = match schema.schema_kind {
            SchemaKind::AnyOf { .. } => "anyOf",
            _ => "oneOf",
        };
        let tags = match &schema.schema_data.discriminator {
            Some(discriminator) => {
                self.discriminator_tags(discriminator, alternatives, pointer, keyword)
            }
            None => None,
        };
        let mut variant_names = Namespace::default();
        if tags.is_some() {
            // The fallback variant that keeps objects with an unknown tag.
            variant_names.reserve("Other");
        }
        let mut variants: Vec<VariantDraft> = alternatives
            .iter()
            .enumerate()
            .map(|(index, alternative)| {
                let alternative_pointer = child(&child(pointer, keyword), &index.to_string());
                let base = match alternative {
                    ReferenceOr::Reference { reference } => {
                        names::variant_name(reference.rsplit('/').next().unwrap_or("Variant"))
                    }
                    ReferenceOr::Item(_) => format!("Variant{index}"),
                };
                let ty =
                    self.type_of_ref(alternative, &alternative_pointer, &format!("{name}{base}"));
                VariantDraft {
                    name: variant_names.unique(&base),
                    ty,
                    tags: Vec::new(),
                    docs: Vec::new(),
                }
            })
            .collect();
        let Some(Discriminated { property, targets }) = tags else {
            return DraftKind::Union {
                variants,
                tag: None,
            };
        };
        let mapping_pointer = child(&child(pointer, "discriminator"), "mapping");
        for (index, target) in targets.into_iter().enumerate() {
            let variant = match index.checked_sub(alternatives.len()) {
                None => &mut variants[index],
                // A mapping target that is not among the alternatives becomes a variant too.
                Some(_) => {
                    let ty = self.type_of_reference(
                        &format!("#/components/schemas/{}", escape_segment(&target.component)),
                        &mapping_pointer,
                    );
                    variants.push(VariantDraft {
                        name: variant_names.unique(&names::variant_name(&target.component)),
                        ty,
                        tags: Vec::new(),
                        docs: Vec::new(),
                    });
                    variants.last_mut().expect("just pushed")
                }
            };
            let values = target.values;
            variant.docs = vec![format!(
                "`{property}`: {}.",
                values
                    .iter()
                    .map(|value| format!("`{value}`"))
                    .collect::<Vec<_>>()
                    .join(" or ")
            )];
            variant.tags = values;
        }
        DraftKind::Union {
            variants,
            tag: Some(property),
        }
    }

    /// The discriminator values of each alternative, in order, then of mapping targets that are
    /// not alternatives. A value is a mapping key, or the component's
    /// name when no key maps to it (OpenAPI 3.0.3, Discriminator Object). `None`, with a warning,
    /// when an alternative has no name to be selected by (an inline schema no key maps to).
    fn discriminator_tags(
        &mut self,
        discriminator: &openapiv3::Discriminator,
        alternatives: &[ReferenceOr<Schema>],
        pointer: &str,
        keyword: &str,
    ) -> Option<Discriminated> {
        let discriminator_pointer = child(pointer, "discriminator");
        let mut targets: Vec<TagTarget> = Vec::new();
        for (index, alternative) in alternatives.iter().enumerate() {
            let wire = match alternative {
                ReferenceOr::Reference { reference } => reference
                    .strip_prefix("#/components/schemas/")
                    .map(unescape_segment),
                ReferenceOr::Item(_) => None,
            };
            let Some(wire) = wire else {
                self.diagnostics.warning(
                    &child(&child(pointer, keyword), &index.to_string()),
                    "a discriminated alternative must be a `#/components/schemas/...` reference; the union is generated untagged",
                );
                return None;
            };
            targets.push(TagTarget {
                component: wire,
                values: Vec::new(),
            });
        }
        for (value, target) in &discriminator.mapping {
            let wire = unescape_segment(
                target
                    .strip_prefix("#/components/schemas/")
                    .unwrap_or(target),
            );
            if self.types.components.get(&wire).is_none() {
                self.diagnostics.warning(
                    &child(&child(&discriminator_pointer, "mapping"), value),
                    format!("mapping target `{target}` is not a component schema; the value `{value}` is ignored"),
                );
                continue;
            }
            match targets.iter_mut().find(|target| target.component == wire) {
                Some(target) => target.values.push(value.clone()),
                None => targets.push(TagTarget {
                    component: wire,
                    values: vec![value.clone()],
                }),
            }
        }
        // A schema name is a value only when no mapping key claims it; an alternative left with no
        // value of its own (listed twice, or its name mapped elsewhere) cannot be chosen.
        let mut taken: Vec<String> = targets
            .iter()
            .flat_map(|target| target.values.iter().cloned())
            .collect();
        for (index, target) in targets.iter_mut().enumerate() {
            if !target.values.is_empty() {
                continue;
            }
            if taken.contains(&target.component) {
                self.diagnostics.warning(
                    &child(&child(pointer, keyword), &index.to_string()),
                    format!("no discriminator value selects `{}` (its name is taken); the union is generated untagged", target.component),
                );
                return None;
            }
            taken.push(target.component.clone());
            target.values.push(target.component.clone());
        }
        Some(Discriminated {
            property: discriminator.property_name.clone(),
            targets,
        })
    }

    /// Whether a property's schema, or the component it references, is `readOnly` or `writeOnly`.
    fn read_or_write_only(&self, property: &ReferenceOr<Box<Schema>>) -> bool {
        let schema = match property {
            ReferenceOr::Item(schema) => Some(schema.as_ref()),
            ReferenceOr::Reference { reference } => reference
                .strip_prefix("#/components/schemas/")
                .and_then(|wire| self.component_schema(wire)),
        };
        schema.is_some_and(|schema| schema.schema_data.read_only || schema.schema_data.write_only)
    }

    pub fn component_schema(&self, wire: &str) -> Option<&'_ Schema> {
        component_schema(self.document, wire)
    }
}

/// A component schema by its name in the document.
pub fn component_schema<'d>(document: &'d openapiv3::OpenAPI, wire: &str) -> Option<&'d Schema> {
    match document.components.as_ref()?.schemas.get(wire)? {
        ReferenceOr::Item(schema) => Some(schema),
        ReferenceOr::Reference { .. } => None,
    }
}

/// A union's discriminator property and which component each of its values selects.
struct Discriminated {
    property: String,
    /// One per alternative, in order, then one per mapping target that is not an alternative.
    targets: Vec<TagTarget>,
}

/// The discriminator values that select one component schema.
struct TagTarget {
    component: String,
    values: Vec<String>,
}

/// The properties gathered from the parts of an `allOf`.
#[derive(Default)]
struct Merged {
    properties: IndexMap<String, ReferenceOr<Box<Schema>>>,
    required: Vec<String>,
    additional: Option<AdditionalProperties>,
}

fn merge_all_of(
    document: &openapiv3::OpenAPI,
    parts: &[ReferenceOr<Schema>],
    pointer: &str,
    merged: &mut Merged,
    depth: usize,
) -> Result<(), (String, String)> {
    for (index, part) in parts.iter().enumerate() {
        let part_pointer = child(&child(pointer, "allOf"), &index.to_string());
        if depth > 32 {
            return Err((
                part_pointer,
                "`allOf` nests or refers to itself too deeply".to_string(),
            ));
        }
        let schema = match part {
            ReferenceOr::Item(schema) => schema,
            ReferenceOr::Reference { reference } => reference
                .strip_prefix("#/components/schemas/")
                .and_then(|wire| component_schema(document, &unescape_segment(wire)))
                .ok_or_else(|| {
                    (
                        part_pointer.clone(),
                        format!("`allOf` part `{reference}` does not resolve to a schema"),
                    )
                })?,
        };
        match &schema.schema_kind {
            SchemaKind::Type(Type::Object(object)) => merged.absorb(
                &object.properties,
                &object.required,
                object.additional_properties.as_ref(),
            ),
            SchemaKind::AllOf { all_of } => {
                merge_all_of(document, all_of, &part_pointer, merged, depth + 1)?
            }
            SchemaKind::Any(any)
                if any.one_of.is_empty() && any.any_of.is_empty() && any.items.is_none() =>
            {
                merged.absorb(
                    &any.properties,
                    &any.required,
                    any.additional_properties.as_ref(),
                );
                merge_all_of(document, &any.all_of, &part_pointer, merged, depth + 1)?;
            }
            _ => {
                return Err((
                    part_pointer,
                    "an `allOf` part that is not an object cannot be merged".to_string(),
                ))
            }
        }
    }
    Ok(())
}

impl Merged {
    fn absorb(
        &mut self,
        properties: &IndexMap<String, ReferenceOr<Box<Schema>>>,
        required: &[String],
        additional: Option<&AdditionalProperties>,
    ) {
        self.properties
            .extend(properties.iter().map(|(k, v)| (k.clone(), v.clone())));
        self.required.extend(required.iter().cloned());
        if let Some(additional) = additional {
            self.additional = Some(additional.clone());
        }
    }
}

fn shape<'a>(schema: &'a Schema, features: &mut Features) -> Shape<'a> {
    match &schema.schema_kind {
        SchemaKind::Type(Type::String(string)) => {
            let values: Vec<String> = string.enumeration.iter().flatten().cloned().collect();
            if !values.is_empty() {
                return Shape::StringEnum(values);
            }
            Shape::Scalar(string_type(&string.format, features))
        }
        SchemaKind::Type(Type::Integer(integer)) => {
            let values: Vec<i64> = integer.enumeration.iter().flatten().copied().collect();
            if !values.is_empty() {
                return Shape::IntegerEnum(values);
            }
            Shape::Scalar(match integer.format {
                VariantOrUnknownOrEmpty::Item(IntegerFormat::Int32) => Ty::Plain("i32"),
                VariantOrUnknownOrEmpty::Item(IntegerFormat::Int64) => Ty::Plain("i64"),
                // Without a format an integer is `i64`, as users expect: values beyond it are
                // refused (a 400 on the server), which no real API relies on.
                _ => Ty::Plain("i64"),
            })
        }
        SchemaKind::Type(Type::Number(number)) => Shape::Scalar(match number.format {
            VariantOrUnknownOrEmpty::Item(NumberFormat::Float) => Ty::Plain("f32"),
            _ => Ty::Plain("f64"),
        }),
        SchemaKind::Type(Type::Boolean(_)) => Shape::Scalar(Ty::Plain("bool")),
        SchemaKind::Type(Type::Array(array)) => Shape::Array(array.items.as_ref()),
        SchemaKind::Type(Type::Object(object)) => Shape::Object {
            properties: &object.properties,
            required: &object.required,
            additional: object.additional_properties.as_ref(),
        },
        SchemaKind::AllOf { all_of } if all_of.len() == 1 => Shape::Single("allOf", &all_of[0]),
        SchemaKind::OneOf { one_of } if one_of.len() == 1 => Shape::Single("oneOf", &one_of[0]),
        SchemaKind::AnyOf { any_of } if any_of.len() == 1 => Shape::Single("anyOf", &any_of[0]),
        SchemaKind::AllOf { all_of } => Shape::AllOf(all_of),
        SchemaKind::OneOf { one_of } => Shape::Union(one_of),
        SchemaKind::AnyOf { any_of } => Shape::Union(any_of),
        SchemaKind::Not { .. } => Shape::Any,
        SchemaKind::Any(any) => {
            let compositions = [
                ("allOf", &any.all_of),
                ("oneOf", &any.one_of),
                ("anyOf", &any.any_of),
            ]
            .into_iter()
            .filter(|(_, parts)| !parts.is_empty())
            .collect::<Vec<_>>();
            let plain = any.properties.is_empty()
                && any.items.is_none()
                && any.additional_properties.is_none();
            if let [(keyword, parts)] = compositions.as_slice() {
                if parts.len() == 1 && plain {
                    return Shape::Single(keyword, &parts[0]);
                }
            }
            if !any.all_of.is_empty() {
                Shape::AllOf(&any.all_of)
            } else if !any.one_of.is_empty() {
                Shape::Union(&any.one_of)
            } else if !any.any_of.is_empty() {
                Shape::Union(&any.any_of)
            } else if !any.properties.is_empty() || any.additional_properties.is_some() {
                Shape::Object {
                    properties: &any.properties,
                    required: &any.required,
                    additional: any.additional_properties.as_ref(),
                }
            } else if any.items.is_some() {
                Shape::Array(any.items.as_ref())
            } else {
                Shape::Any
            }
        }
    }
}

fn string_type(format: &VariantOrUnknownOrEmpty<StringFormat>, features: &mut Features) -> Ty {
    match format {
        VariantOrUnknownOrEmpty::Item(StringFormat::DateTime) => {
            features.chrono = true;
            Ty::Plain("chrono::DateTime<chrono::FixedOffset>")
        }
        VariantOrUnknownOrEmpty::Item(StringFormat::Date) => {
            features.chrono = true;
            Ty::Plain("chrono::NaiveDate")
        }
        VariantOrUnknownOrEmpty::Item(StringFormat::Byte) => {
            features.base64 = true;
            Ty::Plain("crate::Base64")
        }
        // `uri` stays the text that was sent: WHATWG URL parsing (the `url` crate) refuses URIs
        // that RFC 3986 allows (a numeric last host label, a port over 65535) and rewrites the
        // ones it keeps (host lowercased, `/` appended), so a read-modify-write would change it.
        // `crate::Uri` keeps the text; the server checks RFC 3986 syntax in requests.
        VariantOrUnknownOrEmpty::Unknown(format) if format == "uri" => {
            features.uri = true;
            Ty::Plain("crate::Uri")
        }
        VariantOrUnknownOrEmpty::Unknown(format) if format == "uuid" => {
            features.uuid = true;
            Ty::Plain("uuid::Uuid")
        }
        // `binary` inside JSON is a string of unspecified encoding; bodies handle it as bytes.
        _ => Ty::STRING,
    }
}

fn string_enum(values: &[String], default: Option<&str>) -> DraftKind {
    let mut variant_names = Namespace::default();
    variant_names.reserve("Other");
    let mut default_variant = None;
    let variants = values
        .iter()
        .map(|value| {
            let name = variant_names.unique(&names::variant_name(value));
            if default == Some(value.as_str()) {
                default_variant = Some(name.clone());
            }
            EnumVariant {
                name,
                wire_literal: format!("{value:?}"),
                docs: Vec::new(),
            }
        })
        .collect();
    DraftKind::StringEnum {
        variants,
        default_variant,
    }
}

fn is_int32(schema: &Schema) -> bool {
    matches!(&schema.schema_kind, SchemaKind::Type(Type::Integer(integer))
        if integer.format == VariantOrUnknownOrEmpty::Item(IntegerFormat::Int32))
}

/// `i32` for `format: int32` when every value fits (a value out of range would not compile as
/// an `i32` constant), `i64` otherwise.
fn integer_enum(schema: &Schema, values: &[i64]) -> DraftKind {
    let fits = values.iter().all(|value| i32::try_from(*value).is_ok());
    let repr = if is_int32(schema) && fits {
        "i32"
    } else {
        "i64"
    };
    let mut constant_names = Namespace::default();
    let constants = values
        .iter()
        .map(|value| IntegerConstant {
            name: constant_names.unique(&names::const_name(
                &format!("value_{value}").replace('-', "minus_"),
            )),
            value: value.to_string(),
        })
        .collect();
    DraftKind::IntegerEnum { repr, constants }
}

/// Title and description, one entry per line.
pub fn schema_docs(schema: &Schema) -> Vec<String> {
    let data = &schema.schema_data;
    let mut docs = Vec::new();
    if let Some(title) = &data.title {
        docs.extend(title.lines().map(str::to_string));
    }
    if let Some(description) = &data.description {
        if !docs.is_empty() {
            docs.push(String::new());
        }
        docs.extend(description.trim_end().lines().map(str::to_string));
    }
    docs
}

fn property_docs(property: &ReferenceOr<Box<Schema>>) -> Vec<String> {
    match property {
        ReferenceOr::Item(schema) => schema_docs(schema),
        ReferenceOr::Reference { .. } => Vec::new(),
    }
}
