//! Configuration: one typed struct, built once from `PORTAL_*` environment
//! variables and passed down. Every key is documented in README.md and
//! `.env.example`.

use portal::mail::{SmtpSecurity, SmtpSettings};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

/// Log line format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    /// Human-readable lines.
    Text,
    /// One JSON object per line.
    Json,
}

/// Everything the server can be configured with.
#[derive(Debug, Clone)]
pub struct Config {
    /// `PORTAL_DATABASE_URL`: `sqlite://data/portal.db` (default) or `postgres://…`.
    pub database_url: String,
    /// `PORTAL_ADDR`: where to listen (default `127.0.0.1:3000`).
    pub addr: SocketAddr,
    /// `PORTAL_BASE_URL`: the public URL, used in e-mailed links and to
    /// decide whether cookies are `Secure` (default `http://<addr>`).
    pub base_url: String,
    /// `PORTAL_SITE_ROOT`: compiled assets from cargo-leptos (default `target/site`).
    pub site_root: PathBuf,
    /// `PORTAL_SMTP_*`: outgoing mail; without a host, e-mails stay in the outbox.
    pub smtp: Option<SmtpSettings>,
    /// `PORTAL_TRUST_PROXY`: take the client address from `X-Forwarded-For`
    /// (only behind a proxy that sets it).
    pub trust_proxy: bool,
    /// `PORTAL_LOG_FORMAT`: `text` (default) or `json`.
    pub log_format: LogFormat,
    /// `PORTAL_MAX_BODY_BYTES`: largest request body accepted (default 1 MiB).
    pub max_body_bytes: usize,
    /// `PORTAL_DB_MAX_CONNECTIONS`: pool size (default 8 on SQLite, 16 on
    /// PostgreSQL).
    pub db_max_connections: u32,
    /// `PORTAL_OUTBOX_INTERVAL_SECS`: how often the outbox is delivered (default 5).
    pub outbox_interval: Duration,
    /// `PORTAL_METRICS_TOKEN`: bearer token for `/metrics` (unset: no
    /// metrics endpoint at all).
    pub metrics_token: Option<String>,
    /// `PORTAL_DRAFT_RETENTION_DAYS`: drafts of past editions are deleted
    /// this many days after the edition ended (default 365; 0 keeps them).
    pub draft_retention_days: u32,
    /// `PORTAL_HASH_THREADS`: passwords checked at once (default half the
    /// cores, at least 1); each check holds 19 MiB while it runs.
    pub hash_threads: usize,
    /// `PORTAL_EMBED_ORIGINS`: the sites that may frame `/embed/agenda`,
    /// as origins separated by spaces or commas (`https://www.itu.int`).
    /// Empty by default: no other site may frame any page.
    pub embed_origins: Vec<String>,
    /// `PORTAL_RELEASE_CHECK_MS`: for this long after the database last
    /// confirmed which release is the latest, visitors without an account
    /// get the release's kept pages and exports without asking it again
    /// (default 100; 0 asks on every request). A release published through
    /// another instance shows here within this time; one published here, at
    /// once.
    pub release_check: Duration,
}

/// The origins in `PORTAL_EMBED_ORIGINS`. Each goes into a
/// Content-Security-Policy header as it is, so only `http(s)://host[:port]`
/// passes: no path, no wildcard, nothing that could end the directive.
fn embed_origins(list: &str) -> Result<Vec<String>, ConfigError> {
    list.split(|c: char| c == ',' || c.is_whitespace())
        .filter(|o| !o.is_empty())
        .map(|o| {
            let o = o.trim_end_matches('/');
            let host = o
                .strip_prefix("https://")
                .or_else(|| o.strip_prefix("http://"))
                .unwrap_or("");
            let (name, port) = host.split_once(':').unwrap_or((host, "1"));
            let name_ok = !name.is_empty()
                && !name.starts_with(['.', '-'])
                && name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-');
            if name_ok && port.parse::<u16>().is_ok_and(|p| p > 0) {
                Ok(o.to_ascii_lowercase())
            } else {
                Err(ConfigError(format!(
                    "PORTAL_EMBED_ORIGINS: {o:?} is not an origin such as https://www.itu.int"
                )))
            }
        })
        .collect()
}

/// A configuration key that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError(pub String);

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ConfigError {}

impl Config {
    /// Reads the process environment.
    pub fn from_env() -> Result<Config, ConfigError> {
        Self::from_lookup(|k| std::env::var(k).ok().filter(|v| !v.trim().is_empty()))
    }

    /// Builds from any key lookup (tests pass a map).
    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Result<Config, ConfigError> {
        fn parse<T: std::str::FromStr>(
            key: &str,
            v: Option<String>,
            default: T,
        ) -> Result<T, ConfigError> {
            match v {
                None => Ok(default),
                Some(s) => s
                    .trim()
                    .parse()
                    .map_err(|_| ConfigError(format!("{key}: cannot read {s:?}"))),
            }
        }
        let addr: SocketAddr = parse(
            "PORTAL_ADDR",
            get("PORTAL_ADDR"),
            SocketAddr::from(([127, 0, 0, 1], 3000)),
        )?;
        let base_url = get("PORTAL_BASE_URL")
            .unwrap_or_else(|| format!("http://{addr}"))
            .trim_end_matches('/')
            .to_owned();
        if !(base_url.starts_with("http://") || base_url.starts_with("https://")) {
            return Err(ConfigError(format!(
                "PORTAL_BASE_URL must start with http:// or https://, not {base_url:?}"
            )));
        }
        let smtp = match get("PORTAL_SMTP_HOST") {
            None => None,
            Some(host) => {
                let security = match get("PORTAL_SMTP_SECURITY").as_deref().unwrap_or("starttls") {
                    "starttls" => SmtpSecurity::StartTls,
                    "tls" => SmtpSecurity::Tls,
                    "none" => SmtpSecurity::None,
                    other => {
                        return Err(ConfigError(format!(
                            "PORTAL_SMTP_SECURITY: expected starttls, tls or none, not {other:?}"
                        )));
                    }
                };
                let default_port = match security {
                    SmtpSecurity::StartTls => 587,
                    SmtpSecurity::Tls => 465,
                    SmtpSecurity::None => 25,
                };
                Some(SmtpSettings {
                    host,
                    port: parse("PORTAL_SMTP_PORT", get("PORTAL_SMTP_PORT"), default_port)?,
                    security,
                    username: get("PORTAL_SMTP_USERNAME"),
                    password: get("PORTAL_SMTP_PASSWORD"),
                    from: get("PORTAL_SMTP_FROM")
                        .unwrap_or_else(|| "WSIS Forum <noreply@localhost>".into()),
                })
            }
        };
        let log_format = match get("PORTAL_LOG_FORMAT").as_deref().unwrap_or("text") {
            "text" => LogFormat::Text,
            "json" => LogFormat::Json,
            other => {
                return Err(ConfigError(format!(
                    "PORTAL_LOG_FORMAT: expected text or json, not {other:?}"
                )));
            }
        };
        let database_url =
            get("PORTAL_DATABASE_URL").unwrap_or_else(|| "sqlite://data/portal.db".into());
        // SQLite has one writer and each connection is a thread of its own:
        // eight serve two cores with less memory than sixteen.
        let default_pool = if database_url.starts_with("sqlite") {
            8
        } else {
            16
        };
        Ok(Config {
            database_url,
            addr,
            base_url,
            site_root: get("PORTAL_SITE_ROOT")
                .unwrap_or_else(|| "target/site".into())
                .into(),
            smtp,
            trust_proxy: parse("PORTAL_TRUST_PROXY", get("PORTAL_TRUST_PROXY"), false)?,
            log_format,
            max_body_bytes: parse(
                "PORTAL_MAX_BODY_BYTES",
                get("PORTAL_MAX_BODY_BYTES"),
                1024 * 1024,
            )?,
            db_max_connections: parse(
                "PORTAL_DB_MAX_CONNECTIONS",
                get("PORTAL_DB_MAX_CONNECTIONS"),
                default_pool,
            )?,
            outbox_interval: Duration::from_secs(parse(
                "PORTAL_OUTBOX_INTERVAL_SECS",
                get("PORTAL_OUTBOX_INTERVAL_SECS"),
                5,
            )?),
            draft_retention_days: parse(
                "PORTAL_DRAFT_RETENTION_DAYS",
                get("PORTAL_DRAFT_RETENTION_DAYS"),
                365,
            )?,
            hash_threads: match parse(
                "PORTAL_HASH_THREADS",
                get("PORTAL_HASH_THREADS"),
                portal::auth::default_hash_threads(),
            )? {
                0 => {
                    return Err(ConfigError("PORTAL_HASH_THREADS: use at least 1".into()));
                }
                n => n,
            },
            embed_origins: embed_origins(get("PORTAL_EMBED_ORIGINS").as_deref().unwrap_or(""))?,
            release_check: match parse(
                "PORTAL_RELEASE_CHECK_MS",
                get("PORTAL_RELEASE_CHECK_MS"),
                100u64,
            )? {
                ms if ms > 60_000 => {
                    return Err(ConfigError(
                        "PORTAL_RELEASE_CHECK_MS: use at most 60000 (one minute)".into(),
                    ));
                }
                ms => Duration::from_millis(ms),
            },
            metrics_token: match get("PORTAL_METRICS_TOKEN") {
                Some(t) if t.trim().len() < 16 => {
                    return Err(ConfigError(
                        "PORTAL_METRICS_TOKEN: use at least 16 characters".into(),
                    ));
                }
                other => other.map(|t| t.trim().to_owned()),
            },
        })
    }

    /// True when the public URL is https, so cookies must be `Secure`.
    pub fn secure_cookies(&self) -> bool {
        self.base_url.starts_with("https://")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn cfg(pairs: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Config::from_lookup(|k| map.get(k).cloned())
    }

    #[test]
    fn defaults_give_a_local_sqlite_portal() {
        let c = cfg(&[]).unwrap();
        assert_eq!(c.database_url, "sqlite://data/portal.db");
        assert_eq!(c.addr.to_string(), "127.0.0.1:3000");
        assert_eq!(c.base_url, "http://127.0.0.1:3000");
        assert!(c.smtp.is_none());
        assert!(!c.secure_cookies());
    }

    #[test]
    fn embed_origins_are_origins_and_nothing_else() {
        assert!(cfg(&[]).unwrap().embed_origins.is_empty());
        let c = cfg(&[(
            "PORTAL_EMBED_ORIGINS",
            "https://www.ITU.int/, http://localhost:8080  https://en.unesco.org",
        )])
        .unwrap();
        assert_eq!(
            c.embed_origins,
            [
                "https://www.itu.int",
                "http://localhost:8080",
                "https://en.unesco.org"
            ]
        );
        for bad in [
            "*",
            "www.itu.int",
            "https://www.itu.int/path",
            "https://a.org;script-src *",
            "https://:80",
            "https://a.org:0",
            "ftp://a.org",
        ] {
            let e = cfg(&[("PORTAL_EMBED_ORIGINS", bad)]).unwrap_err().0;
            assert!(e.contains("PORTAL_EMBED_ORIGINS"), "{bad}: {e}");
        }
    }

    #[test]
    fn an_https_base_url_makes_cookies_secure() {
        assert!(
            cfg(&[("PORTAL_BASE_URL", "https://forum.example.org/")])
                .unwrap()
                .secure_cookies()
        );
    }

    #[test]
    fn bad_values_name_their_key() {
        assert!(
            cfg(&[("PORTAL_ADDR", "nowhere")])
                .unwrap_err()
                .0
                .contains("PORTAL_ADDR")
        );
        assert!(
            cfg(&[
                ("PORTAL_SMTP_HOST", "mx"),
                ("PORTAL_SMTP_SECURITY", "maybe")
            ])
            .unwrap_err()
            .0
            .contains("PORTAL_SMTP_SECURITY")
        );
        assert!(
            cfg(&[("PORTAL_BASE_URL", "forum.org")])
                .unwrap_err()
                .0
                .contains("PORTAL_BASE_URL")
        );
        assert!(
            cfg(&[("PORTAL_HASH_THREADS", "0")])
                .unwrap_err()
                .0
                .contains("PORTAL_HASH_THREADS")
        );
    }

    #[test]
    fn password_checks_take_half_the_cores_unless_told() {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        assert_eq!(cfg(&[]).unwrap().hash_threads, (cores / 2).max(1));
        assert_eq!(
            cfg(&[("PORTAL_HASH_THREADS", "3")]).unwrap().hash_threads,
            3
        );
    }

    #[test]
    fn smtp_port_follows_the_security_mode() {
        let c = cfg(&[
            ("PORTAL_SMTP_HOST", "mx.example.org"),
            ("PORTAL_SMTP_SECURITY", "tls"),
        ])
        .unwrap();
        assert_eq!(c.smtp.unwrap().port, 465);
    }
}
