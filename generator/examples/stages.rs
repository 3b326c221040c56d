//! Times each pipeline stage once on one spec file and prints the sizes involved: a quick look at
//! where a particular spec spends its time, beside the criterion benchmark.
//!
//! `cargo run --release -p openapi-gen --example stages -- <SPEC | synthetic:RESOURCES> [OUT_DIR]`
//!
//! `synthetic:140` is the benchmark's largest synthetic spec (700 operations).

use std::time::Instant;

#[path = "../benches/synthetic.rs"]
mod synthetic;

#[path = "../benches/counting.rs"]
mod counting;

#[global_allocator]
static ALLOCATOR: counting::Counting = counting::Counting;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: stages <SPEC | synthetic:RESOURCES> [OUT_DIR]");
        std::process::exit(2);
    };
    let text = if let Some(resources) = path.strip_prefix("synthetic:") {
        synthetic::spec(resources.parse().expect("synthetic:<resources>"), 100, 7)
    } else {
        match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(error) => {
                eprintln!("{path}: {error}");
                std::process::exit(2);
            }
        }
    };
    let settings = openapi_gen::Settings::new(path.clone(), "stages");
    let spec_bytes = text.len() as f64;
    let baseline = counting::live();
    let report = |stage: &str, start: Instant| {
        let live = counting::live().saturating_sub(baseline) as f64;
        let peak = counting::peak().saturating_sub(baseline) as f64;
        println!(
            "{stage:<8} {:>8.1} ms   live after {:>5.1}x spec   peak during {:>5.1}x spec",
            start.elapsed().as_secs_f64() * 1e3,
            live / spec_bytes,
            peak / spec_bytes
        );
        counting::reset_peak();
    };
    counting::reset_peak();
    let start = Instant::now();
    let loaded = match openapi_gen::load(&text, &settings) {
        Ok(loaded) => loaded,
        Err(error) => {
            eprintln!("{error}");
            std::process::exit(1);
        }
    };
    report("load", start);
    let start = Instant::now();
    let (api, _) = match openapi_gen::lower_loaded(&loaded, &settings) {
        Ok(lowered) => lowered,
        Err(error) => {
            eprintln!("{error}");
            std::process::exit(1);
        }
    };
    report("lower", start);
    drop(loaded);
    let start = Instant::now();
    let rendered = openapi_gen::render(&api, &settings).expect("renders");
    report("render", start);
    let start = Instant::now();
    let files = openapi_gen::format(&api, rendered).expect("formats");
    report("format", start);
    if let Some(out) = std::env::args().nth(2) {
        for file in &files {
            let path = std::path::Path::new(&out).join(&file.path);
            let written = path
                .parent()
                .map_or(Ok(()), std::fs::create_dir_all)
                .and_then(|()| std::fs::write(&path, &file.contents));
            if let Err(error) = written {
                eprintln!("{}: {error}", path.display());
                std::process::exit(1);
            }
        }
    }
    let output: usize = files.iter().map(|f| f.contents.len()).sum();
    println!(
        "spec {:.2} MB, output {:.2} MB",
        text.len() as f64 / 1e6,
        output as f64 / 1e6
    );
}
