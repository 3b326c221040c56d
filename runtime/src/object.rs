//! `Serialize` and `Deserialize` for the generated structs, from a table of their properties
//! (`object!`): what serde's derive does for them, in a fraction of the code, plus what the
//! derive cannot say.
//!
//! - A property is [`required`], [`required_or_null`], [`optional`] or [`optional_or_null`]:
//!   the schema's `required` and `nullable`. Each module reads, finishes and writes a property
//!   of its kind.
//! - Only objects decode (the derive also reads a struct from an array, positionally).
//! - Decoding is lenient, as a client should be, except inside
//!   [`validating_request`](super::values::validating_request): there an explicit `null` for a
//!   property that is not `nullable`, a missing required property that is `nullable` and a
//!   property that `additionalProperties: false` forbids are errors. A duplicate property is an
//!   error everywhere, as with the derive.
//!
//! The macro expands to one `match` over the wire names and one generic call per property, where
//! the derive expands to a field enum with three visitors, a sequence visitor and a map visitor,
//! and a wrapper type for every field with a `deserialize_with`.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess};
use serde::ser::{Serialize, SerializeMap};

use super::values::is_validating_request;

/// Defines a generated struct and implements `Serialize` and `Deserialize` for it. Each field
/// says, after its type, its wire name and its kind (the name of one of this module's
/// submodules); a last field marked `#[rest]` keeps unknown properties, and `#[closed]` after the
/// derives refuses them in requests (`additionalProperties: false`).
///
/// ```ignore
/// crate::support::object! {
///     /// A person.
///     #[derive(Debug, Clone, PartialEq)]
///     pub struct Person {
///         pub id: i64 = "id" required,
///         pub nick_name: Option<String> = "nickName" optional,
///     }
/// }
/// ```
///
/// Reached as `crate::support::object!` in either runtime mode.
#[doc(hidden)]
#[macro_export]
// `crate` is the generated crate calling the macro, as in `define_client!`.
#[allow(clippy::crate_in_macro_def)]
macro_rules! __openapi_gen_object {
    (
        $(#[doc = $doc:literal])*
        $(#[cfg($cfg:meta)])?
        #[derive($($derive:path),* $(,)?)]
        pub struct $name:ident {
            $($(#[doc = $field_doc:literal])* pub $field:ident: $ty:ty = $wire:literal $kind:ident,)*
            $(#[rest] pub $rest:ident: $rest_ty:ty,)?
        }
    ) => {
        $(#[doc = $doc])*
        $(#[cfg($cfg)])?
        #[derive($($derive),*)]
        pub struct $name {
            $($(#[doc = $field_doc])* pub $field: $ty,)*
            $(pub $rest: $rest_ty,)?
        }

        crate::support::object_impl!($name [$($cfg)?] [$($field $wire $kind)*] [$($rest)?]
            (<crate::support::object::Unknowns<$($rest_ty)?>>::default()));
    };
    (
        $(#[doc = $doc:literal])*
        $(#[cfg($cfg:meta)])?
        #[derive($($derive:path),* $(,)?)]
        #[closed]
        pub struct $name:ident {
            $($(#[doc = $field_doc:literal])* pub $field:ident: $ty:ty = $wire:literal $kind:ident,)*
        }
    ) => {
        $(#[doc = $doc])*
        $(#[cfg($cfg)])?
        #[derive($($derive),*)]
        pub struct $name {
            $($(#[doc = $field_doc])* pub $field: $ty,)*
        }

        crate::support::object_impl!($name [$($cfg)?] [$($field $wire $kind)*] []
            (crate::support::object::Closed(&[$($wire),*])));
    };
}

/// The impls `object!` writes, given the struct's gate, its properties, its map of unknown
/// properties (if any) and the [`Unknown`] that receives them. Type names are not hygienic: the
/// impls' own start with `__`, which no generated type's does.
#[doc(hidden)]
#[macro_export]
#[allow(clippy::crate_in_macro_def)]
macro_rules! __openapi_gen_object_impl {
    (
        $name:ident [$($cfg:meta)?] [$($field:ident $wire:literal $kind:ident)*] [$($rest:ident)?]
        ($unknown:expr)
    ) => {
        $(#[cfg($cfg)])?
        impl serde::Serialize for $name {
            fn serialize<__S: serde::Serializer>(&self, serializer: __S) -> Result<__S::Ok, __S::Error> {
                use serde::ser::SerializeMap as _;
                let mut map = serializer.serialize_map(None)?;
                $(crate::support::object::$kind::write(&mut map, $wire, &self.$field)?;)*
                $(crate::support::object::write_rest(&mut map, &self.$rest)?;)?
                map.end()
            }
        }

        $(#[cfg($cfg)])?
        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<__D: serde::Deserializer<'de>>(deserializer: __D) -> Result<Self, __D::Error> {
                struct __Visitor;

                impl<'de> serde::de::Visitor<'de> for __Visitor {
                    type Value = $name;

                    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        f.write_str(concat!("struct ", stringify!($name)))
                    }

                    fn visit_map<__A: serde::de::MapAccess<'de>>(
                        self,
                        mut map: __A,
                    ) -> Result<$name, __A::Error> {
                        $(let mut $field = None;)*
                        let mut unknown = $unknown;
                        while let Some(key) = map.next_key::<crate::support::object::Key<'de>>()? {
                            match key.as_str() {
                                $($wire => crate::support::object::$kind::read(&mut map, &mut $field, $wire)?,)*
                                _ => crate::support::object::Unknown::read(&mut unknown, &mut map, key)?,
                            }
                        }
                        Ok($name {
                            $($field: crate::support::object::$kind::finish($field, $wire)?,)*
                            $($rest: unknown,)?
                        })
                    }
                }

                deserializer.deserialize_map(__Visitor)
            }
        }
    };
}

// Rewritten for a crate's own copy, as `define_client!` is.
#[doc(hidden)]
pub use crate::__openapi_gen_object as object;
#[doc(hidden)]
pub use crate::__openapi_gen_object_impl as object_impl;

/// A property name as the input has it: borrowed where the input allows (a JSON slice without
/// escapes), so matching it allocates nothing.
pub struct Key<'de>(Cow<'de, str>);

impl Key<'_> {
    /// The name.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;

        impl<'de> de::Visitor<'de> for Visitor {
            type Value = Key<'de>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a property name")
            }

            fn visit_borrowed_str<E: de::Error>(self, name: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(name)))
            }

            fn visit_str<E: de::Error>(self, name: &str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(name.to_string())))
            }

            fn visit_string<E: de::Error>(self, name: String) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(name)))
            }
        }

        deserializer.deserialize_identifier(Visitor)
    }
}

/// What happens to a property the struct does not name.
pub trait Unknown<'de> {
    /// Reads (or refuses) the value of the property `key`.
    fn read<A: MapAccess<'de>>(&mut self, map: &mut A, key: Key<'de>) -> Result<(), A::Error>;
}

/// Unknown properties are ignored, as JSON Schema allows unless `additionalProperties: false`.
#[derive(Default)]
pub struct Ignore;

/// What receives a struct's unknown properties: its `#[rest]` map, or else [`Ignore`].
pub type Unknowns<T = Ignore> = T;

impl<'de> Unknown<'de> for Ignore {
    fn read<A: MapAccess<'de>>(&mut self, map: &mut A, _key: Key<'de>) -> Result<(), A::Error> {
        map.next_value::<IgnoredAny>().map(drop)
    }
}

/// `additionalProperties: false`, with the names the schema allows: a request that the server
/// validates may not carry others, and a client ignores them.
pub struct Closed(pub &'static [&'static str]);

impl<'de> Unknown<'de> for Closed {
    fn read<A: MapAccess<'de>>(&mut self, map: &mut A, key: Key<'de>) -> Result<(), A::Error> {
        if is_validating_request() {
            return Err(de::Error::unknown_field(key.as_str(), self.0));
        }
        map.next_value::<IgnoredAny>().map(drop)
    }
}

/// The flattened map of a struct that keeps unknown properties.
impl<'de> Unknown<'de> for serde_json::Map<String, serde_json::Value> {
    fn read<A: MapAccess<'de>>(&mut self, map: &mut A, key: Key<'de>) -> Result<(), A::Error> {
        self.insert(key.0.into_owned(), map.next_value()?);
        Ok(())
    }
}

/// The flattened map of a struct whose `additionalProperties` has a schema.
impl<'de, V: Deserialize<'de>> Unknown<'de> for std::collections::BTreeMap<String, V> {
    fn read<A: MapAccess<'de>>(&mut self, map: &mut A, key: Key<'de>) -> Result<(), A::Error> {
        self.insert(key.0.into_owned(), map.next_value()?);
        Ok(())
    }
}

/// Writes the kept unknown properties after the named ones.
pub fn write_rest<'a, M, R, K, V>(map: &mut M, rest: &'a R) -> Result<(), M::Error>
where
    M: SerializeMap,
    &'a R: IntoIterator<Item = (&'a K, &'a V)>,
    K: Serialize + 'a,
    V: Serialize + 'a,
{
    for (key, value) in rest {
        map.serialize_entry(key, value)?;
    }
    Ok(())
}

/// Fills `slot` with the property's `value`; the second time a property appears is an error.
fn fill<V, E: de::Error>(
    slot: &mut Option<V>,
    wire: &'static str,
    value: impl FnOnce() -> Result<V, E>,
) -> Result<(), E> {
    if slot.is_some() {
        return Err(E::duplicate_field(wire));
    }
    *slot = Some(value()?);
    Ok(())
}

/// A property the schema requires and that is not `nullable`.
pub mod required {
    use super::*;

    /// Reads the property's value.
    pub fn read<'de, A, T>(
        map: &mut A,
        slot: &mut Option<T>,
        wire: &'static str,
    ) -> Result<(), A::Error>
    where
        A: MapAccess<'de>,
        T: Deserialize<'de>,
    {
        fill(slot, wire, || map.next_value())
    }

    /// The value read, or the error for a missing property.
    pub fn finish<T, E: de::Error>(slot: Option<T>, wire: &'static str) -> Result<T, E> {
        slot.ok_or_else(|| E::missing_field(wire))
    }

    /// Writes the property.
    pub fn write<M: SerializeMap, T: Serialize>(
        map: &mut M,
        wire: &'static str,
        value: &T,
    ) -> Result<(), M::Error> {
        map.serialize_entry(wire, value)
    }
}

/// A property the schema requires and that is `nullable`: `null` is `None`. A missing one is
/// `None` too, except in a request the server validates.
pub mod required_or_null {
    use super::*;

    pub use super::required::{read, write};

    /// The value read; `None` for a missing property, which a request may not omit.
    pub fn finish<T, E: de::Error>(
        slot: Option<Option<T>>,
        wire: &'static str,
    ) -> Result<Option<T>, E> {
        match slot {
            Some(value) => Ok(value),
            None if is_validating_request() => Err(E::missing_field(wire)),
            None => Ok(None),
        }
    }
}

/// An optional property that is not `nullable`: absent is `None`, and so is an explicit `null`,
/// except in a request the server validates, which may not send one (real servers send such
/// nulls, and specs often lose a `nullable` beside a `$ref`: one cosmetic field should not fail
/// a whole response).
pub mod optional {
    use super::*;

    /// Reads the property's value.
    pub fn read<'de, A, T>(
        map: &mut A,
        slot: &mut Option<Option<T>>,
        wire: &'static str,
    ) -> Result<(), A::Error>
    where
        A: MapAccess<'de>,
        T: Deserialize<'de>,
    {
        fill(slot, wire, || {
            if is_validating_request() {
                map.next_value::<T>().map(Some)
            } else {
                map.next_value::<Option<T>>()
            }
        })
    }

    /// The value read, `None` when absent.
    pub fn finish<T, E: de::Error>(
        slot: Option<Option<T>>,
        _wire: &'static str,
    ) -> Result<Option<T>, E> {
        Ok(slot.flatten())
    }

    /// Writes the property unless it is `None`.
    pub fn write<M: SerializeMap, T: Serialize>(
        map: &mut M,
        wire: &'static str,
        value: &Option<T>,
    ) -> Result<(), M::Error> {
        match value {
            Some(value) => map.serialize_entry(wire, value),
            None => Ok(()),
        }
    }
}

/// An optional property that is `nullable`: absent and `null` are both `None`.
pub mod optional_or_null {
    pub use super::optional::{finish, write};
    pub use super::required::read;
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::super::values::validating_request;

    crate::support::object! {
        /// A person.
        #[derive(Debug, PartialEq)]
        pub struct Person {
            /// The key.
            pub id: i64 = "id" required,
            pub manager: Option<String> = "manager" required_or_null,
            pub nick_name: Option<String> = "nickName" optional,
            pub note: Option<String> = "note" optional_or_null,
        }
    }

    crate::support::object! {
        #[derive(Debug, PartialEq)]
        #[closed]
        pub struct Closed {
            pub name: Option<String> = "name" optional,
        }
    }

    crate::support::object! {
        #[cfg(test)]
        #[derive(Debug, PartialEq)]
        pub struct Open {
            pub name: String = "name" required,
            #[rest]
            pub rest: std::collections::BTreeMap<String, i64>,
        }
    }

    // Fields named like the impls' own locals: the macro's bindings are hygienic.
    crate::support::object! {
        #[derive(Debug, PartialEq, Default)]
        pub struct Locals {
            pub map: Option<i64> = "map" optional,
            pub key: Option<i64> = "key" optional,
            pub unknown: Option<i64> = "unknown" optional,
            pub serializer: Option<i64> = "serializer" optional,
            pub deserializer: Option<i64> = "deserializer" optional,
            pub f: Option<i64> = "f" optional,
        }
    }

    fn read<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, String> {
        serde_json::from_str(text).map_err(|error| error.to_string())
    }

    fn read_request<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, String> {
        validating_request(|| read(text))
    }

    #[test]
    fn each_kind_reads_as_the_schema_says_and_a_request_is_strict() {
        let person = |manager: Option<&str>| Person {
            id: 1,
            manager: manager.map(str::to_string),
            nick_name: None,
            note: None,
        };
        let full = r#"{"id":1,"manager":"m","nickName":null,"note":null}"#;
        assert_eq!(read::<Person>(full), Ok(person(Some("m"))));
        let error = read_request::<Person>(full).unwrap_err();
        assert!(
            error.starts_with("invalid type: null, expected a string"),
            "{error}"
        );
        let without_nick = r#"{"id":1,"manager":null,"note":null}"#;
        assert_eq!(read_request::<Person>(without_nick), Ok(person(None)));
        // A required `nullable` property may be left out of a response, not of a request.
        assert_eq!(read::<Person>(r#"{"id":1}"#), Ok(person(None)));
        let error = read_request::<Person>(r#"{"id":1}"#).unwrap_err();
        assert!(error.starts_with("missing field `manager`"), "{error}");
        let error = read::<Person>(r#"{"manager":"m"}"#).unwrap_err();
        assert!(error.starts_with("missing field `id`"), "{error}");
        let error = read::<Person>(r#"{"id":1,"id":2}"#).unwrap_err();
        assert!(error.starts_with("duplicate field `id`"), "{error}");
        for not_an_object in ["[1,null]", "[]", "1", "null", r#""x""#] {
            let error = read::<Person>(not_an_object).unwrap_err();
            assert!(error.contains("expected struct Person"), "{error}");
        }
    }

    #[test]
    fn unknown_properties_are_ignored_refused_in_requests_when_closed_or_kept() {
        let text = r#"{"name":"n","extra":1}"#;
        let closed = Closed {
            name: Some("n".into()),
        };
        assert_eq!(read::<Closed>(text), Ok(closed));
        let error = read_request::<Closed>(text).unwrap_err();
        assert!(
            error.starts_with("unknown field `extra`, expected `name`"),
            "{error}"
        );
        assert!(read_request::<Person>(r#"{"id":1,"manager":null,"extra":{}}"#).is_ok());
        let open: Open = read(r#"{"b":2,"name":"n","a":1}"#).unwrap();
        assert_eq!(open.rest.len(), 2);
        assert_eq!(
            serde_json::to_string(&open).unwrap(),
            r#"{"name":"n","a":1,"b":2}"#
        );
        assert!(read::<Open>(r#"{"name":"n","a":"one"}"#).is_err());
    }

    #[test]
    fn fields_may_take_the_names_of_the_impls_locals() {
        let text = r#"{"map":1,"key":2,"unknown":3,"serializer":4,"deserializer":5,"f":6}"#;
        let locals: Locals = read(text).unwrap();
        assert_eq!((locals.map, locals.f), (Some(1), Some(6)));
        assert_eq!(serde_json::to_string(&locals).unwrap(), text);
    }

    #[test]
    fn writing_leaves_out_absent_optional_properties_only() {
        let person = Person {
            id: 1,
            manager: None,
            nick_name: Some("k".into()),
            note: None,
        };
        assert_eq!(
            serde_json::to_value(&person).unwrap(),
            json!({ "id": 1, "manager": null, "nickName": "k" })
        );
    }
}
