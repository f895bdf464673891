//! The `portal` binary: see `portal --help`.

#[tokio::main]
async fn main() -> std::process::ExitCode {
    portal_server::cli::run().await
}
