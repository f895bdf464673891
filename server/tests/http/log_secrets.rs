//! Nothing secret reaches the logs: the real binary, at `debug` level,
//! serves a sign-in (password), a session (cookie), a password reset (link
//! token), an e-mail confirmation link and an API token; none of those
//! values appears in anything it printed.

use crate::common;

use portal::auth::PasswordHasher;
use portal::clock::SystemClock;
use portal::domain::{Locale, RegistrationForm};
use portal::services::{ApiTokenForm, RequestMeta};
use portal_server::config::Config;
use portal_server::startup;
use reqwest::StatusCode;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::Duration;

const PASSWORD: &str = "Very-Secret-Passphrase-4711";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn passwords_tokens_and_session_ids_never_reach_the_log() {
    let dir = std::env::temp_dir().join(format!("portal-logs-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let url = format!("sqlite://{}/portal.db", dir.display());
    let config =
        Config::from_lookup(|k| (k == "PORTAL_DATABASE_URL").then(|| url.clone())).unwrap();
    let portal = startup::portal(
        &config,
        startup::connect(&config).await.unwrap(),
        Arc::new(SystemClock),
        PasswordHasher::fast_for_tests(),
    );
    portal.ensure_edition().await.unwrap();
    let meta = RequestMeta {
        client_addr: "127.0.0.1".into(),
        user_agent: "log test".into(),
        locale: Locale::En,
    };
    let form = RegistrationForm {
        name: "Lena Logs".into(),
        email: "lena@example.org".into(),
        password: PASSWORD.into(),
        organization: "Quiet Org".into(),
        stakeholder_type: "academia".into(),
        country: "DE".into(),
        consent: Some("yes".into()),
    };
    portal
        .register_verified(form.parse().unwrap(), &meta)
        .await
        .unwrap();
    let lena = portal
        .login("lena@example.org", PASSWORD, &meta)
        .await
        .unwrap()
        .user;
    let token_form = ApiTokenForm {
        name: "ci".into(),
        scopes: vec!["read".into()],
        days: String::new(),
    };
    let (_, api_secret) = portal
        .create_api_token(&lena, &token_form, &meta)
        .await
        .unwrap();

    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let log = dir.join("portal.log");
    let out = std::fs::File::create(&log).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_portal"))
        .arg("serve")
        .env("PORTAL_DATABASE_URL", &url)
        .env("PORTAL_ADDR", format!("127.0.0.1:{port}"))
        .env("PORTAL_BASE_URL", format!("http://127.0.0.1:{port}"))
        .env("PORTAL_LOG", "debug")
        .stdout(Stdio::from(out.try_clone().unwrap()))
        .stderr(Stdio::from(out))
        .spawn()
        .unwrap();
    let base = format!("http://127.0.0.1:{port}");
    let mut up = false;
    for _ in 0..300 {
        if reqwest::get(format!("{base}/healthz"))
            .await
            .is_ok_and(|r| r.status() == StatusCode::OK)
        {
            up = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    if !up {
        let _ = child.kill();
        let _ = child.wait();
        panic!("the portal did not start");
    }

    let c = common::client();
    let r = c
        .post(format!("{base}/login"))
        .form(&[("email", "lena@example.org"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let session: String = r
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|v| {
            v.strip_prefix("portal_session=")
                .map(|rest| rest.split(';').next().unwrap_or("").to_owned())
        })
        .expect("a session cookie");
    assert!(session.len() > 16);
    // A wrong password too: the attempt is logged, never what was typed.
    c.post(format!("{base}/login"))
        .form(&[
            ("email", "lena@example.org"),
            ("password", "Wrong-Secret-Guess-0815"),
        ])
        .send()
        .await
        .unwrap();
    c.get(format!("{base}/account")).send().await.unwrap();
    c.post(format!("{base}/forgot-password"))
        .form(&[("email", "lena@example.org")])
        .send()
        .await
        .unwrap();
    let mail = portal
        .outbox(Some("lena@example.org"), 1)
        .await
        .unwrap()
        .pop()
        .expect("a reset e-mail");
    let link = mail
        .body_text
        .split_whitespace()
        .find(|w| w.contains("token="))
        .unwrap()
        .to_owned();
    let reset_token = link.split("token=").nth(1).unwrap().to_owned();
    let r = c
        .get(format!("{base}/reset-password?token={reset_token}"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    c.get(format!("{base}/verify-email?token={reset_token}x"))
        .send()
        .await
        .unwrap();
    let r = common::client()
        .get(format!("{base}/api/v1/me"))
        .bearer_auth(&api_secret)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    // A bad bearer token is refused; what was presented is not logged.
    common::client()
        .get(format!("{base}/api/v1/me"))
        .bearer_auth("wsis_not-a-real-token-but-secret-looking")
        .send()
        .await
        .unwrap();

    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    child.wait().unwrap();
    let printed = std::fs::read_to_string(&log).unwrap();
    assert!(
        !printed.is_empty(),
        "the portal logged something at debug level"
    );
    for (what, secret) in [
        ("password", PASSWORD),
        ("wrong password", "Wrong-Secret-Guess-0815"),
        ("session id", session.as_str()),
        ("reset token", reset_token.as_str()),
        ("API token", api_secret.as_str()),
        (
            "presented bearer token",
            "wsis_not-a-real-token-but-secret-looking",
        ),
    ] {
        assert!(
            !printed.contains(secret),
            "the {what} is in the log:\n{printed}"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}
