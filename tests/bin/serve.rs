//! Serves one API's generated router over its in-memory reference implementation.
//!
//! ```text
//! cargo run -p api-tests --bin serve -- <alfresco-core|docspace|pieces-os> [--listen 127.0.0.1:8080] [--no-docs]
//! ```
//!
//! Under the API's base path it also serves the OpenAPI document (`openapi.json`, `openapi.yaml`)
//! and its documentation page (`docs`), unless `--no-docs` is given.
//!
//! Prints `listening on http://ADDR` once the socket accepts connections (ADDR is the bound
//! address, so `--listen 127.0.0.1:0` picks a free port) and shuts down gracefully on Ctrl-C or
//! SIGTERM. Demo credentials: Alfresco basic `admin:admin`, DocSpace cookie
//! `asc_auth_key=demo-key`, Pieces bearer `demo-token`.

use std::io::Write as _;
use std::process::ExitCode;

use api_tests::reference;

const USAGE: &str =
    "usage: serve <alfresco-core|docspace|pieces-os> [--listen HOST:PORT] [--no-docs]";

/// The command line: which spec, where to listen, whether to serve the documents.
struct Args {
    spec: String,
    listen: String,
    documentation: bool,
}

fn parse(mut args: impl Iterator<Item = String>) -> Result<Args, String> {
    let mut spec = None;
    let mut listen = "127.0.0.1:8080".to_string();
    let mut documentation = true;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--listen" => listen = args.next().ok_or("--listen needs an address")?,
            "--no-docs" => documentation = false,
            "-h" | "--help" => return Err(String::new()),
            other if other.starts_with("--listen=") => {
                listen = other["--listen=".len()..].to_string()
            }
            other if other.starts_with('-') => return Err(format!("unknown option {other}")),
            other if spec.is_none() => spec = Some(other.to_string()),
            other => return Err(format!("unexpected argument {other}")),
        }
    }
    Ok(Args {
        spec: spec.ok_or("which spec?")?,
        listen,
        documentation,
    })
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {}
        () = terminate => {}
    }
}

/// Pieces' models recurse through 77 schemas; decoding and encoding a deeply nested (but allowed)
/// body takes far more stack per level in a debug build than tokio's 2 MiB default gives a worker.
const WORKER_STACK: usize = 64 * 1024 * 1024;

fn main() -> ExitCode {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .thread_stack_size(WORKER_STACK)
        .build();
    match runtime {
        Ok(runtime) => runtime.block_on(serve()),
        Err(error) => {
            eprintln!("serve: cannot start the runtime: {error}");
            ExitCode::FAILURE
        }
    }
}

async fn serve() -> ExitCode {
    let Args {
        spec,
        listen,
        documentation,
    } = match parse(std::env::args().skip(1)) {
        Ok(parsed) => parsed,
        Err(message) => {
            if !message.is_empty() {
                eprintln!("serve: {message}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(if message.is_empty() { 0 } else { 2 });
        }
    };
    let Some((app, close)) = reference::app(&spec, documentation) else {
        eprintln!(
            "serve: unknown spec {spec:?} (one of {})",
            reference::SPECS.join(", ")
        );
        return ExitCode::from(2);
    };
    let listener = match tokio::net::TcpListener::bind(&listen).await {
        Ok(listener) => listener,
        Err(error) => {
            eprintln!("serve: cannot listen on {listen}: {error}");
            return ExitCode::FAILURE;
        }
    };
    let addr = match listener.local_addr() {
        Ok(addr) => addr,
        Err(error) => {
            eprintln!("serve: {error}");
            return ExitCode::FAILURE;
        }
    };
    println!("listening on http://{addr}");
    let _ = std::io::stdout().flush();
    let shutdown = async move {
        shutdown_signal().await;
        eprintln!("serve: shutting down");
        // WebSocket streams never end by themselves: close them so the shutdown can finish.
        close();
    };
    match axum::serve(listener, app)
        .with_graceful_shutdown(shutdown)
        .await
    {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("serve: {error}");
            ExitCode::FAILURE
        }
    }
}
