//! Prints, after a criterion run, each benchmark group's two contenders side by side (median
//! time per iteration and iterations per second) with their ratio, read back from criterion's
//! `estimates.json` files. Only results written by this run are shown.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

fn criterion_dir() -> PathBuf {
    if let Some(home) = std::env::var_os("CRITERION_HOME") {
        return PathBuf::from(home);
    }
    if let Some(target) = std::env::var_os("CARGO_TARGET_DIR") {
        return PathBuf::from(target).join("criterion");
    }
    // `<target>/tmp` at build time.
    Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .unwrap_or(Path::new("target"))
        .join("criterion")
}

/// `(group, function or parameter) -> median nanoseconds`, for results newer than `since`.
fn medians(dir: &Path, since: SystemTime, found: &mut BTreeMap<(String, String), f64>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if !path.is_dir() {
            continue;
        }
        let (benchmark, estimates) = (
            path.join("new/benchmark.json"),
            path.join("new/estimates.json"),
        );
        let fresh = std::fs::metadata(&estimates)
            .and_then(|meta| meta.modified())
            .is_ok_and(|time| time >= since);
        if fresh {
            let read = |file: &Path| -> Option<serde_json::Value> {
                serde_json::from_slice(&std::fs::read(file).ok()?).ok()
            };
            if let (Some(benchmark), Some(estimates)) = (read(&benchmark), read(&estimates)) {
                let group = benchmark["group_id"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string();
                let id = benchmark["value_str"]
                    .as_str()
                    .or(benchmark["function_id"].as_str())
                    .unwrap_or_default()
                    .to_string();
                if let Some(median) = estimates["median"]["point_estimate"].as_f64() {
                    found.insert((group, id), median);
                }
            }
        }
        medians(&path, since, found);
    }
}

fn human(nanos: f64) -> String {
    match nanos {
        n if n >= 1e6 => format!("{:.2} ms", n / 1e6),
        n if n >= 1e3 => format!("{:.2} µs", n / 1e3),
        n => format!("{n:.0} ns"),
    }
}

/// Prints the groups that have both `subject` and `baseline` results from this run.
pub fn print(subject: &str, baseline: &str) {
    let started = process_start();
    let mut found = BTreeMap::new();
    medians(&criterion_dir(), started, &mut found);
    let groups: Vec<&String> = found
        .keys()
        .map(|(group, _)| group)
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    let mut rows = Vec::new();
    for group in groups {
        let time = |id: &str| found.get(&(group.clone(), id.to_string())).copied();
        if let (Some(ours), Some(theirs)) = (time(subject), time(baseline)) {
            rows.push(format!(
                "| {group} | {} ({:.0}/s) | {} ({:.0}/s) | {:.3} |",
                human(ours),
                1e9 / ours,
                human(theirs),
                1e9 / theirs,
                ours / theirs
            ));
        }
    }
    if rows.is_empty() {
        return;
    }
    println!("\nMedian time per request (requests per second), ratio {subject}/{baseline}:\n");
    println!("| benchmark | {subject} | {baseline} | ratio |");
    println!("| --- | --- | --- | --- |");
    for row in rows {
        println!("{row}");
    }
}

/// When this process started (so older criterion results are left out).
fn process_start() -> SystemTime {
    static START: std::sync::OnceLock<SystemTime> = std::sync::OnceLock::new();
    *START.get_or_init(SystemTime::now)
}

/// Records the start time; call first thing in `main`.
pub fn start() {
    process_start();
}
