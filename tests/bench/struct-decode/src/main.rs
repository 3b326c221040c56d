//! Decodes the same JSON objects into four equivalent struct types, alternating rounds, and
//! prints the best time of each as a ratio to serde's derive: serde's derive, with and without a
//! flattened `additional_properties` map (what models carried for every schema before they kept
//! it only where the schema declares `additionalProperties`), and the runtime's `object!`, which
//! generated models use, with and without its `#[rest]` map.

use std::time::{Duration, Instant};

use serde::Deserialize;

/// What `object!` names `crate::support` in a generated crate.
mod support {
    pub use openapi_gen_runtime::*;
}

mod derived {
    use serde::Deserialize;

    #[allow(dead_code)]
    #[derive(Deserialize)]
    pub struct Plain {
        id: String,
        name: Option<String>,
        email: Option<String>,
        enabled: bool,
        count: i64,
        tags: Option<Vec<String>>,
        nested: Option<Inner>,
    }

    #[allow(dead_code)]
    #[derive(Deserialize)]
    pub struct Inner {
        value: String,
        readable: Option<String>,
    }

    #[allow(dead_code)]
    #[derive(Deserialize)]
    pub struct Flattened {
        id: String,
        name: Option<String>,
        email: Option<String>,
        enabled: bool,
        count: i64,
        tags: Option<Vec<String>>,
        nested: Option<InnerFlattened>,
        #[serde(flatten)]
        additional_properties: serde_json::Map<String, serde_json::Value>,
    }

    #[allow(dead_code)]
    #[derive(Deserialize)]
    pub struct InnerFlattened {
        value: String,
        readable: Option<String>,
        #[serde(flatten)]
        additional_properties: serde_json::Map<String, serde_json::Value>,
    }
}

mod generated {
    crate::support::object! {
        #[derive(Debug)]
        pub struct Plain {
            pub id: String = "id" required,
            pub name: Option<String> = "name" optional,
            pub email: Option<String> = "email" optional,
            pub enabled: bool = "enabled" required,
            pub count: i64 = "count" required,
            pub tags: Option<Vec<String>> = "tags" optional,
            pub nested: Option<Inner> = "nested" optional,
        }
    }

    crate::support::object! {
        #[derive(Debug)]
        pub struct Inner {
            pub value: String = "value" required,
            pub readable: Option<String> = "readable" optional,
        }
    }

    crate::support::object! {
        #[derive(Debug)]
        pub struct Rest {
            pub id: String = "id" required,
            pub name: Option<String> = "name" optional,
            pub email: Option<String> = "email" optional,
            pub enabled: bool = "enabled" required,
            pub count: i64 = "count" required,
            pub tags: Option<Vec<String>> = "tags" optional,
            pub nested: Option<InnerRest> = "nested" optional,
            #[rest]
            pub additional_properties: serde_json::Map<String, serde_json::Value>,
        }
    }

    crate::support::object! {
        #[derive(Debug)]
        pub struct InnerRest {
            pub value: String = "value" required,
            pub readable: Option<String> = "readable" optional,
            #[rest]
            pub additional_properties: serde_json::Map<String, serde_json::Value>,
        }
    }
}

/// The time of one decode of `body` as a `Vec<T>` of `count` items.
fn decode<'a, T: Deserialize<'a>>(body: &'a str, count: usize) -> Duration {
    let start = Instant::now();
    let items: Vec<T> = serde_json::from_str(body).expect("decodes");
    let elapsed = start.elapsed();
    assert_eq!(items.len(), count);
    elapsed
}

fn main() {
    const OBJECTS: usize = 20_000;
    const ROUNDS: usize = 5;
    let objects: Vec<String> = (0..OBJECTS)
        .map(|i| {
            serde_json::json!({
                "id": format!("id-{i}"),
                "name": "Alice Beecher",
                "email": "alice@example.com",
                "enabled": i % 2 == 0,
                "count": i,
                "tags": ["a", "b", "c"],
                "nested": { "value": "2024-01-01T00:00:00Z", "readable": "yesterday" },
            })
            .to_string()
        })
        .collect();
    let body = format!("[{}]", objects.join(","));
    let kinds = [
        "serde derive",
        "serde derive, flattened map",
        "object!",
        "object!, #[rest] map",
    ];
    let decoders: [fn(&str, usize) -> Duration; 4] = [
        |body, count| decode::<derived::Plain>(body, count),
        |body, count| decode::<derived::Flattened>(body, count),
        |body, count| decode::<generated::Plain>(body, count),
        |body, count| decode::<generated::Rest>(body, count),
    ];
    let mut best = [Duration::MAX; 4];
    // Each round starts with the next kind: where a decode stands in a round (what the
    // allocator was left with) moves its time by more than the kind does.
    for round in 0..ROUNDS * 4 {
        for step in 0..4 {
            let kind = (round + step) % 4;
            best[kind] = best[kind].min(decoders[kind](&body, OBJECTS));
        }
    }
    println!(
        "decoding {OBJECTS} objects ({} KB), best of {} rounds, each kind first in turn:\n",
        body.len() / 1024,
        ROUNDS * 4
    );
    println!("| struct | time | ratio to serde derive |\n| --- | ---: | ---: |");
    for (kind, time) in kinds.iter().zip(best) {
        println!(
            "| {kind} | {:.2} ms | {:.2} |",
            time.as_secs_f64() * 1e3,
            time.as_secs_f64() / best[0].as_secs_f64()
        );
    }
}
