//! The `portal` command line.

use crate::config::Config;
use crate::startup;
use clap::{Parser, Subcommand};
use std::io::{BufRead, IsTerminal};
use std::process::ExitCode;

/// WSIS Forum Consultation Portal.
#[derive(Debug, Parser)]
#[command(name = "portal", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run the web site (the default).
    Serve,
    /// Apply database migrations and exit.
    Migrate,
    /// Create an administrator (or give an existing account admin rights).
    /// The password is read from PORTAL_ADMIN_PASSWORD or standard input.
    CreateAdmin {
        /// E-mail address of the administrator.
        #[arg(long)]
        email: String,
        /// Display name.
        #[arg(long)]
        name: String,
    },
    /// Fill the database with a deterministic demo edition and print the
    /// demo accounts.
    SeedDemo {
        /// Number of stakeholder organizations (each with one account).
        #[arg(long, default_value_t = 40)]
        organizations: u32,
        /// Number of session proposals spread over those organizations.
        #[arg(long, default_value_t = 60)]
        proposals: u32,
        /// Sessions to schedule in the released agenda (default: every
        /// accepted proposal). More proposals are made and accepted if needed.
        #[arg(long)]
        sessions: Option<u32>,
        /// Rooms of the venue.
        #[arg(long, default_value_t = 8)]
        rooms: u32,
        /// Forum days (default: the edition's five).
        #[arg(long)]
        days: Option<u32>,
        /// Random seed; the same seed gives the same data.
        #[arg(long, default_value_t = 2026)]
        seed: u64,
    },
    /// Write a consistent copy of the SQLite database to FILE while the
    /// portal runs. (For PostgreSQL use pg_dump; see README.)
    Backup {
        /// Destination file (must not exist).
        file: std::path::PathBuf,
    },
    /// Write one edition (the current one unless --edition is given), with
    /// the people and organizations it refers to, to FILE as JSON.
    ExportEdition {
        /// The edition's code (e.g. WF27).
        #[arg(long)]
        edition: Option<String>,
        /// Destination file (must not exist).
        file: std::path::PathBuf,
    },
    /// Read an edition written by export-edition into this database (SQLite
    /// or PostgreSQL), in one transaction.
    ImportEdition {
        /// The file written by export-edition.
        file: std::path::PathBuf,
    },
    /// Show the newest e-mails in the outbox (useful without SMTP).
    Outbox {
        /// Only e-mails to this address.
        #[arg(long)]
        to: Option<String>,
        /// How many.
        #[arg(long, default_value_t = 10)]
        limit: i64,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
}

/// Parses the arguments and runs the command.
pub async fn run() -> ExitCode {
    let cli = Cli::parse();
    let config = match Config::from_env() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("configuration error: {e}");
            return ExitCode::from(2);
        }
    };
    startup::init_logging(config.log_format);
    match execute(cli.command.unwrap_or(Command::Serve), config).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("error: {msg}");
            ExitCode::FAILURE
        }
    }
}

fn describe(e: portal::AppError) -> String {
    match e {
        portal::AppError::Validation(errs) => errs
            .0
            .iter()
            .map(|f| {
                format!(
                    "{}: {}",
                    f.field,
                    portal::i18n::tr_field_error(portal::domain::Locale::En, f)
                )
            })
            .collect::<Vec<_>>()
            .join("; "),
        portal::AppError::Internal(inner) => format!("internal error: {inner}"),
        other => other.to_string(),
    }
}

async fn execute(command: Command, config: Config) -> Result<(), String> {
    match command {
        Command::Serve => {
            let started = std::time::Instant::now();
            let addr = config.addr;
            let state = startup::state(config).await.map_err(describe)?;
            let listener = tokio::net::TcpListener::bind(addr)
                .await
                .map_err(|e| format!("cannot listen on {addr}: {e}"))?;
            tracing::info!(
                "portal listening on http://{} (ready in {} ms)",
                listener.local_addr().map_err(|e| e.to_string())?,
                started.elapsed().as_millis()
            );
            startup::serve(listener, state, startup::shutdown_signal())
                .await
                .map_err(|e| e.to_string())
        }
        Command::Migrate => {
            let db = startup::connect(&config).await.map_err(describe)?;
            let v = portal::db::schema::migration_version(&db)
                .await
                .map_err(describe)?;
            println!("database migrated (version {v})");
            Ok(())
        }
        Command::CreateAdmin { email, name } => {
            let password = match std::env::var("PORTAL_ADMIN_PASSWORD") {
                Ok(p) if !p.is_empty() => p,
                _ => {
                    if std::io::stdin().is_terminal() {
                        eprintln!(
                            "Password for {email} (input is visible; or set \
                             PORTAL_ADMIN_PASSWORD):"
                        );
                    }
                    let mut line = String::new();
                    std::io::stdin()
                        .lock()
                        .read_line(&mut line)
                        .map_err(|e| e.to_string())?;
                    line.trim_end_matches(['\r', '\n']).to_owned()
                }
            };
            let state = startup::state(config).await.map_err(describe)?;
            let (id, created) = state
                .portal
                .create_admin(&email, &name, &password)
                .await
                .map_err(describe)?;
            if created {
                println!("created administrator {email} (id {id})");
            } else {
                println!("{email} already had an account (id {id}); it now has admin rights");
            }
            Ok(())
        }
        Command::SeedDemo {
            organizations,
            proposals,
            sessions,
            rooms,
            days,
            seed,
        } => {
            let state = startup::state(config).await.map_err(describe)?;
            // About two proposals in five are accepted: make enough of them.
            let proposals = proposals.max(sessions.unwrap_or(0) * 5 / 2);
            let size = crate::seed_agenda::AgendaSize {
                sessions,
                rooms,
                days,
            };
            crate::seed::seed_demo(&state.portal, organizations, proposals, size, seed)
                .await
                .map_err(describe)
        }
        Command::Backup { file } => {
            let db = startup::connect(&config).await.map_err(describe)?;
            crate::seed::backup(&db, &file).await
        }
        Command::ExportEdition { edition, file } => {
            let db = startup::connect(&config).await.map_err(describe)?;
            crate::transfer::export(&db, edition.as_deref(), &file).await
        }
        Command::ImportEdition { file } => {
            let db = startup::connect(&config).await.map_err(describe)?;
            crate::transfer::import(&db, &file).await
        }
        Command::Outbox { to, limit, json } => {
            let state = startup::state(config).await.map_err(describe)?;
            let emails = state
                .portal
                .outbox(to.as_deref(), limit)
                .await
                .map_err(describe)?;
            if json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&emails).map_err(|e| e.to_string())?
                );
            } else if emails.is_empty() {
                println!("the outbox is empty");
            } else {
                for e in emails {
                    println!(
                        "#{} {} to {} <{}> [{}]\nSubject: {}\n\n{}\n",
                        e.id,
                        e.created_at,
                        e.to_name,
                        e.to_address,
                        e.status,
                        e.subject,
                        e.body_text
                    );
                }
            }
            Ok(())
        }
    }
}
