//! Model round trips: the JSON examples printed on the seed pages decode into the generated types
//! and encode back to the same JSON; and the decoding rules users rely on (unknown enum values kept,
//! unknown properties kept where the schema declares `additionalProperties` and ignored elsewhere,
//! optional fields omitted, recursive types) hold.

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Value};

/// Decodes `value` as `T`, encodes it again, and requires the same JSON back.
fn round_trip<T: DeserializeOwned + Serialize>(value: Value) -> T {
    let decoded: T = serde_json::from_value(value.clone()).expect("decodes");
    let encoded = serde_json::to_value(&decoded).expect("encodes");
    assert_eq!(encoded, value);
    decoded
}

#[test]
fn alfresco_create_person_example() {
    // create_person on the seed page, verbatim.
    let example = json!({
      "id": "abeecher",
      "firstName": "Alice",
      "lastName": "Beecher",
      "displayName": "Alice Beecher",
      "email": "abeecher@example.com",
      "password": "secret",
      "properties":
      {
        "my:property": "The value"
      }
    });
    let person: alfresco_core::models::PersonBodyCreate =
        serde_json::from_value(example.clone()).expect("decodes");
    assert_eq!(person.id, "abeecher");
    assert_eq!(person.last_name.as_deref(), Some("Beecher"));
    // `displayName` is not in the schema, which does not declare `additionalProperties`: it is
    // ignored (JSON Schema allows it), and everything else comes back as sent.
    let mut expected = example;
    expected.as_object_mut().unwrap().remove("displayName");
    assert_eq!(serde_json::to_value(&person).unwrap(), expected);
    assert_eq!(
        person.properties.as_ref().map(|p| p["my:property"].clone()),
        Some(json!("The value"))
    );
}

#[test]
fn alfresco_update_person_example() {
    let update: alfresco_core::models::PersonBodyUpdate = round_trip(json!({
      "firstName": "Alice",
      "properties":
      {
        "my:property": "The value"
      }
    }));
    assert_eq!(update.first_name.as_deref(), Some("Alice"));
    assert_eq!(update.email, None);
}

#[test]
fn alfresco_client_body_examples() {
    for client in ["myClient", "share"] {
        let body: alfresco_core::models::ClientBody = round_trip(json!({ "client": client }));
        assert_eq!(body.client, client);
    }
}

#[test]
fn alfresco_password_reset_example() {
    let body: alfresco_core::models::PasswordResetBody = round_trip(json!({
      "password":"newPassword",
      "id":"activiti$10",
      "key":"4dad6d00-0daf-413a-b200-f64af4e12345"
    }));
    assert_eq!(body.id, "activiti$10");
}

#[test]
fn required_fields_are_required() {
    let missing_client = serde_json::from_value::<alfresco_core::models::ClientBody>(json!({}));
    assert!(missing_client
        .unwrap_err()
        .to_string()
        .contains("missing field `client`"));
}

#[test]
fn alfresco_person_entry_with_dates_and_nested_objects() {
    let entry: alfresco_core::models::PersonEntry = round_trip(json!({
        "entry": {
            "id": "abeecher",
            "firstName": "Alice",
            "email": "abeecher@example.com",
            "enabled": true,
            "statusUpdatedAt": "2016-03-09T16:56:34Z",
            "company": { "organization": "Acme" },
            "capabilities": { "isAdmin": false, "isGuest": false, "isMutable": true },
            "aspectNames": ["cm:ownable"],
            "properties": { "my:property": "The value" }
        }
    }));
    let updated = entry.entry.status_updated_at.expect("date-time decoded");
    assert_eq!(updated.timestamp(), 1_457_542_594);
}

#[test]
fn alfresco_date_format_without_offset_colon_decodes() {
    // Alfresco servers send `+0000` offsets and milliseconds.
    let person: alfresco_core::models::Person = serde_json::from_value(json!({
        "id": "a", "firstName": "A", "email": "a@example.com", "enabled": true,
        "statusUpdatedAt": "2016-03-09T16:56:34.000+0000"
    }))
    .expect("decodes");
    assert_eq!(
        person.status_updated_at.map(|d| d.timestamp()),
        Some(1_457_542_594)
    );
}

#[test]
fn alfresco_error_with_inline_object() {
    let error: alfresco_core::models::Error = round_trip(json!({
        "error": {
            "statusCode": 404,
            "briefSummary": "not found",
            "stackTrace": "",
            "descriptionURL": "https://example.com/help"
        }
    }));
    assert_eq!(error.error.status_code, 404);
}

#[test]
fn string_enums_keep_unknown_values() {
    use pieces_os::models::ExternalProviderTypeEnum;
    let known: ExternalProviderTypeEnum = serde_json::from_value(json!("github")).unwrap();
    assert_eq!(known, ExternalProviderTypeEnum::Github);
    let unknown: ExternalProviderTypeEnum = serde_json::from_value(json!("gitlab-next")).unwrap();
    assert_eq!(
        unknown,
        ExternalProviderTypeEnum::Other("gitlab-next".to_string())
    );
    assert_eq!(
        serde_json::to_value(&unknown).unwrap(),
        json!("gitlab-next")
    );
    assert_eq!(unknown.to_string(), "gitlab-next");
}

#[test]
fn single_value_enum_with_default() {
    use pieces_os::models::EmbeddedModelSchemaSemanticVersionEnum as Version;
    assert_eq!(Version::default(), Version::Major0Minor0Patch1);
    assert_eq!(
        serde_json::to_value(Version::default()).unwrap(),
        json!("MAJOR_0_MINOR_0_PATCH_1")
    );
}

#[test]
fn pieces_user_profile_round_trips() {
    let profile: pieces_os::models::UserProfile = round_trip(json!({
        "id": "u1",
        "aesthetics": { "theme": { "dark": true }, "font": { "size": 12 } },
        "email": "user@pieces.app",
        "picture": "https://picsum.photos/200",
        "vanityname": "alice"
    }));
    assert_eq!(profile.id, "u1");
}

#[test]
fn pieces_recursive_types_decode() {
    // Person → FlattenedAssets → ReferencedAsset → FlattenedAsset → ... is boxed where it loops.
    let person: pieces_os::models::Person = round_trip(json!({
        "id": "p1",
        "created": { "value": "2024-01-01T00:00:00Z" },
        "updated": { "value": "2024-01-01T00:00:00Z" },
        "type": { "platform": { "id": "u1", "aesthetics": { "theme": { "dark": false }, "font": { "size": 10 } } } },
        "assets": { "iterable": [ { "id": "a1" } ], "indices": { "a1": 0 } }
    }));
    assert_eq!(person.id, "p1");
    let platform = person.type_.platform.expect("platform");
    assert_eq!(platform.aesthetics.font.size, 10);
}

#[test]
fn docspace_free_form_and_nullable_fields() {
    let result: docspace::models::FileUploadResultWrapper = round_trip(json!({
        "response": { "success": true, "data": { "any": ["json", 1] } },
        "count": 1,
        "status": 0,
        "statusCode": 200
    }));
    let response = result.response.expect("response");
    assert_eq!(response.data, Some(json!({ "any": ["json", 1] })));
}

#[test]
fn closed_objects_ignore_unknown_properties_outside_requests() {
    // `additionalProperties: false` on the DocSpace DTOs binds what a client sends, not what it
    // reads: a server that added a property must not break it. The server refuses it in a
    // request (`tests/vendor_requests.rs`).
    let read = serde_json::from_value::<docspace::models::ThumbnailsRequest>(json!({ "nope": 1 }));
    assert_eq!(read.unwrap().x, None);
}

#[test]
fn structs_decode_from_objects_only() {
    // serde's derive also read a struct from an array, positionally: `[]` was a valid
    // all-optional struct.
    for not_an_object in [json!([]), json!([1, 2]), json!("x"), json!(null)] {
        let error = serde_json::from_value::<docspace::models::ThumbnailsRequest>(not_an_object)
            .unwrap_err();
        assert!(
            error
                .to_string()
                .contains("expected struct ThumbnailsRequest"),
            "{error}"
        );
    }
    let error =
        serde_json::from_value::<docspace::models::ThumbnailsRequest>(json!({ "x": 1, "x": 2 }));
    assert!(error.is_ok(), "serde_json's Value keeps one of them");
    let duplicate =
        serde_json::from_str::<docspace::models::ThumbnailsRequest>(r#"{"x": 1, "x": 2}"#);
    assert!(duplicate
        .unwrap_err()
        .to_string()
        .contains("duplicate field `x`"));
}

#[test]
fn integers_without_a_format_are_i64() {
    // `type: integer` without a format is an `i64`: its whole range decodes, values beyond it
    // and fractions are refused.
    let small: pieces_os::models::Font = round_trip(json!({ "size": 12 }));
    assert_eq!(small.size, 12);
    let widest: pieces_os::models::Font = round_trip(json!({ "size": i64::MIN }));
    assert_eq!(widest.size, i64::MIN);
    for refused in [
        json!(9_223_372_036_854_775_808u64),
        json!(1.7e38),
        json!(1.5),
    ] {
        let error = serde_json::from_value::<pieces_os::models::Font>(json!({ "size": refused }))
            .unwrap_err();
        assert!(error.to_string().contains("expected i64"), "{error}");
    }
}

#[test]
fn explicit_null_is_none_outside_requests() {
    // `lastName` is optional but not nullable: a request may leave it out but not send `null`
    // (`tests/vendor_requests.rs`); what is read elsewhere (a response) takes the `null` as
    // absent.
    let absent = serde_json::from_value::<alfresco_core::models::PersonBodyUpdate>(json!({}));
    assert!(absent.is_ok());
    let null = serde_json::from_value::<alfresco_core::models::PersonBodyUpdate>(
        json!({ "lastName": null }),
    );
    assert_eq!(null.unwrap().last_name, None);
    // DocSpace's `message` is nullable: `null` decodes.
    let nullable =
        serde_json::from_value::<docspace::models::FileUploadResultDto>(json!({ "message": null }));
    assert!(nullable.is_ok());
}

/// `format: uri` is kept as the text that was sent: URIs that RFC 3986 allows but WHATWG URL
/// parsing refuses decode, and nothing is rewritten (case, trailing `/`), so reading a profile
/// and sending it back sends the same text.
#[test]
fn uri_properties_keep_the_text_sent() {
    for picture in [
        "https://cdn.example.123/avatar.png",
        "http://300.1.2.3/a",
        "https://example.com:70000/a",
        "HTTPS://Example.COM",
        "urn:isbn:0451450523",
        "not a uri",
    ] {
        let sent = json!({
            "id": "u1",
            "aesthetics": { "theme": { "dark": true }, "font": { "size": 12 } },
            "picture": picture,
        });
        let profile: pieces_os::models::UserProfile = serde_json::from_value(sent.clone())
            .unwrap_or_else(|error| panic!("{picture}: {error}"));
        assert_eq!(profile.picture.as_deref(), Some(picture));
        assert_eq!(serde_json::to_value(&profile).unwrap(), sent);
    }
}

mod discriminator {
    //! Unions chosen by a discriminator property (`tests/fixtures/discriminator.yaml`).

    use super::round_trip;
    use fixture_discriminator::models::{Cat, Dog, DogPetType, Drawing, Pet, Shape, Square};
    use serde_json::json;

    #[test]
    fn mapping_keys_choose_the_variant_and_the_tag_is_kept() {
        // Both keys that map to `Dog` select it; the variant declares `petType` and keeps it.
        let pet: Pet = round_trip(json!({ "petType": "hound", "name": "Rex", "barks": true }));
        let Pet::Dog(dog) = pet else {
            panic!("expected a dog, got {pet:?}")
        };
        assert_eq!(dog.pet_type, DogPetType::Hound);
        assert_eq!(dog.name, "Rex");
        // A mapping value may be a bare schema name (`cat: Cat`).
        let pet: Pet = round_trip(json!({ "petType": "cat", "lives": 9 }));
        assert!(matches!(pet, Pet::Cat(Cat { lives: Some(9), .. })));
    }

    #[test]
    fn without_mapping_schema_names_are_the_tags() {
        let shape: Shape = round_trip(json!({ "kind": "Square", "side": 2.0 }));
        assert!(matches!(shape, Shape::Square(Square { side, .. }) if side == 2.0));
        // `Circle` does not declare `kind`: it is not kept, and written back from the variant.
        let shape: Shape = round_trip(json!({ "kind": "Circle", "radius": 1.5 }));
        let Shape::Circle(circle) = shape else {
            panic!("expected a circle, got {shape:?}")
        };
        assert_eq!(circle.radius, 1.5);
    }

    #[test]
    fn serializing_writes_the_tag_exactly_once() {
        // A variant built in Rust that lacks the property gets the first tag value added.
        let circle = fixture_discriminator::models::Circle { radius: 3.0 };
        assert_eq!(
            serde_json::to_value(Shape::Circle(circle.clone())).unwrap(),
            json!({ "kind": "Circle", "radius": 3.0 })
        );
        let text = serde_json::to_string(&Shape::Circle(circle)).unwrap();
        assert_eq!(text.matches("\"kind\"").count(), 1, "{text}");
        // A variant that declares the property is written with its own value, once.
        let dog = Pet::Dog(Dog {
            pet_type: DogPetType::Dog,
            name: "Rex".to_string(),
            barks: None,
        });
        assert_eq!(
            serde_json::to_value(dog).unwrap(),
            json!({ "petType": "dog", "name": "Rex" })
        );
    }

    #[test]
    fn unknown_tag_is_kept_as_sent() {
        let value = json!({ "petType": "parrot", "words": ["hello"] });
        let pet: Pet = round_trip(value.clone());
        assert_eq!(pet, Pet::Other(value));
    }

    #[test]
    fn missing_or_wrong_tag_is_an_error_naming_the_property() {
        let missing = serde_json::from_value::<Pet>(json!({ "name": "Rex" })).unwrap_err();
        assert!(
            missing
                .to_string()
                .contains("missing discriminator property `petType`"),
            "{missing}"
        );
        let not_string = serde_json::from_value::<Pet>(json!({ "petType": 7 })).unwrap_err();
        assert!(
            not_string
                .to_string()
                .contains("discriminator property `petType` must be a string"),
            "{not_string}"
        );
        let not_object = serde_json::from_value::<Pet>(json!("dog")).unwrap_err();
        assert!(not_object.to_string().contains("`petType`"), "{not_object}");
        // A known tag with a body its variant rejects reports the variant's error.
        let bad_dog = serde_json::from_value::<Pet>(json!({ "petType": "dog" })).unwrap_err();
        assert!(
            bad_dog.to_string().contains("missing field `name`"),
            "{bad_dog}"
        );
    }

    #[test]
    fn nested_in_objects_and_arrays() {
        let drawing: Drawing = round_trip(json!({
            "owner": { "petType": "cat" },
            "shapes": [
                { "kind": "Circle", "radius": 1.0 },
                { "kind": "Square", "side": 2.0 },
                { "kind": "Hexagon", "side": 3.0 }
            ]
        }));
        assert!(matches!(drawing.owner, Some(Pet::Cat(_))));
        assert!(matches!(drawing.shapes[2], Shape::Other(_)));
        let error =
            serde_json::from_value::<Drawing>(json!({ "shapes": [{ "side": 1.0 }] })).unwrap_err();
        assert!(error.to_string().contains("`kind`"), "{error}");
    }

    #[test]
    fn mapping_targets_outside_the_alternatives_are_variants() {
        use fixture_discriminator::models::{Bike, Car, Vehicle};
        let vehicle: Vehicle = round_trip(json!({ "type": "bike", "gears": 21 }));
        assert!(matches!(
            vehicle,
            Vehicle::Bike(Bike {
                gears: Some(21),
                ..
            })
        ));
        // `boat` maps to a schema the spec lacks (a warning): such objects are kept as sent.
        let vehicle: Vehicle = round_trip(json!({ "type": "boat", "sails": 2 }));
        assert!(matches!(vehicle, Vehicle::Other(_)));
        let car = Vehicle::Car(Car { seats: Some(4) });
        assert_eq!(
            serde_json::to_value(car).unwrap(),
            json!({ "type": "car", "seats": 4 })
        );
    }
}

mod schemas_misc {
    //! Schema shapes from real specs (`tests/fixtures/schemas-misc.yaml`).

    use super::round_trip;
    use fixture_schemas_misc::models::{
        Account, Closed, Counted, Crate, CrateLabel, FreeForm, Grid, Mixed, NullableEnum, Open,
        Shelf, ShelfLabel, ShelfLink, ShelfState, Tags, Team, Untyped,
    };
    use serde_json::json;

    #[test]
    fn mixed_enum_and_empty_schema_keep_any_value() {
        for value in [
            json!("auto"),
            json!(1),
            json!(2.5),
            json!(true),
            json!(null),
            json!("new"),
        ] {
            let decoded: Mixed = round_trip(value.clone());
            assert_eq!(decoded, value);
        }
        let untyped: Untyped = round_trip(json!({ "id": "x", "anything": [1, { "a": null }] }));
        assert_eq!(untyped.anything, Some(json!([1, { "a": null }])));
    }

    #[test]
    fn nullable_enum_keeps_unknown_values() {
        let value: NullableEnum = round_trip(json!("standby"));
        assert_eq!(value, NullableEnum::Other("standby".to_string()));
        let value: Option<NullableEnum> = round_trip(json!(null));
        assert_eq!(value, None);
    }

    #[test]
    fn arrays_of_arrays_and_maps_of_arrays() {
        let grid: Grid =
            round_trip(json!({ "cells": [[1, 2], [], [3]], "untypedItems": [1, "a"] }));
        assert_eq!(grid.cells, vec![vec![1, 2], vec![], vec![3]]);
        let tags: Tags = round_trip(json!({ "a": ["x", "y"], "b": [] }));
        assert_eq!(tags["a"], ["x", "y"]);
        assert!(serde_json::from_value::<Tags>(json!({ "a": "x" })).is_err());
    }

    #[test]
    fn additional_properties_true_false_and_typed() {
        let open: Open = round_trip(json!({ "name": "n", "extra": { "deep": true } }));
        assert_eq!(open.additional_properties["extra"], json!({ "deep": true }));
        let closed: Closed = round_trip(json!({ "name": "n" }));
        assert_eq!(closed.name.as_deref(), Some("n"));
        // Refused in a request only (`tests/vendor_requests.rs`).
        let read = serde_json::from_value::<Closed>(json!({ "name": "n", "extra": 1 }));
        assert_eq!(read.unwrap(), closed);
        // Named properties stay out of the typed map, the rest must fit its value type.
        let counted: Counted = round_trip(json!({ "total": 3, "apples": 1, "pears": 2 }));
        assert_eq!(counted.total, Some(3));
        assert_eq!(counted.additional_properties.len(), 2);
        assert!(serde_json::from_value::<Counted>(json!({ "apples": "one" })).is_err());
        let free: FreeForm = round_trip(json!({ "anything": [1, 2], "goes": null }));
        assert_eq!(free.len(), 2);
    }

    #[test]
    fn read_only_and_write_only_properties_are_optional() {
        // A request omits the read-only `id`; a response omits the write-only `password`.
        let request: Account = round_trip(json!({ "login": "al", "password": "secret" }));
        assert_eq!(request.id, None);
        let response: Account = round_trip(json!({
            "id": "1", "login": "al", "created": "yesterday, roughly"
        }));
        assert_eq!(response.password, None);
        // An unknown format is a plain string.
        assert_eq!(response.created.as_deref(), Some("yesterday, roughly"));
    }

    #[test]
    fn mutually_recursive_types() {
        let team: Team = round_trip(json!({
            "lead": { "name": "Ann", "team": { "lead": { "name": "Bob" } } },
            "members": [{ "name": "Cy" }]
        }));
        let inner = team.lead.team.as_ref().expect("nested team");
        assert_eq!(inner.lead.name, "Bob");
        assert_eq!(team.members.as_ref().map(Vec::len), Some(1));
    }

    #[test]
    fn identical_inline_schemas_share_one_type() {
        // `Crate.link` and `Crate.state` repeat `Shelf`'s inline schemas: the same types, named
        // where they first appear. The labels differ in their description, so they do not.
        let link = ShelfLink {
            href: "/shelves/1".into(),
            rel: None,
        };
        let shelf = Shelf {
            link: Some(link.clone()),
            state: Some(ShelfState::Open),
            label: Some(ShelfLabel { text: None }),
        };
        let boxed: Crate = round_trip(json!({ "link": { "href": "/shelves/1" }, "state": "open" }));
        assert_eq!(boxed.link, shelf.link);
        assert_eq!(boxed.state, shelf.state);
        let _distinct: Option<CrateLabel> = boxed.label;
    }
}
