//! Decodes the same JSON objects into two structs that differ only in a flattened
//! `additional_properties` map (what generated models carried for every schema before they
//! kept it only where the schema declares `additionalProperties`), alternating rounds, and
//! prints the best time of each and their ratio.

use std::time::{Duration, Instant};

use serde::Deserialize;

#[allow(dead_code)]
#[derive(Deserialize)]
struct Plain {
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
struct Inner {
    value: String,
    readable: Option<String>,
}

#[allow(dead_code)]
#[derive(Deserialize)]
struct Flattened {
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
struct InnerFlattened {
    value: String,
    readable: Option<String>,
    #[serde(flatten)]
    additional_properties: serde_json::Map<String, serde_json::Value>,
}

fn main() {
    const OBJECTS: usize = 20_000;
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
    let mut best = [Duration::MAX; 2];
    for _ in 0..15 {
        let start = Instant::now();
        let plain: Vec<Plain> = serde_json::from_str(&body).expect("decodes");
        best[0] = best[0].min(start.elapsed());
        assert_eq!(plain.len(), OBJECTS);
        let start = Instant::now();
        let flattened: Vec<Flattened> = serde_json::from_str(&body).expect("decodes");
        best[1] = best[1].min(start.elapsed());
        assert_eq!(flattened.len(), OBJECTS);
    }
    println!(
        "decoding {OBJECTS} objects ({} KB), best of 15 alternating rounds:",
        body.len() / 1024
    );
    println!("  without flatten: {:.2} ms", best[0].as_secs_f64() * 1e3);
    println!("  with flatten:    {:.2} ms", best[1].as_secs_f64() * 1e3);
    println!(
        "  ratio with/without: {:.2}",
        best[1].as_secs_f64() / best[0].as_secs_f64()
    );
}
