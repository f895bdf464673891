//! Several instances on one database share the outbox: each e-mail is
//! claimed, and so sent, exactly once however the workers interleave. Two
//! `Portal`s with their own connection pools stand for two `portal`
//! processes; on PostgreSQL the claim's row locking decides, on a shared
//! SQLite file its single writer does.

use crate::support;

use portal::auth::PasswordHasher;
use portal::db::{Db, PoolSettings};
use portal::domain::RegistrationForm;
use portal::services::{Portal, ServiceSettings};
use std::collections::BTreeSet;
use std::sync::Arc;
use support::fixtures::meta;
use support::{TestDb, databases, open};
use time::Duration;

/// A second instance over the same database as `db`.
async fn second_instance(db: &TestDb) -> Portal {
    let pool = Db::connect(&db.url, &PoolSettings::default())
        .await
        .expect("second pool");
    Portal::new(
        pool,
        Arc::new(db.clock.clone()),
        PasswordHasher::fast_for_tests(),
        ServiceSettings::default(),
    )
}

/// Claims and "sends" until nothing is due; the ids it sent.
async fn drain(p: Portal) -> Vec<i64> {
    let mut sent = Vec::new();
    while let Some(e) = p.claim_due_email(Duration::minutes(2)).await.unwrap() {
        sent.push(e.id);
        tokio::task::yield_now().await;
        p.mark_email_sent(e.id).await.unwrap();
    }
    sent
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_instances_send_each_email_exactly_once() {
    // An in-memory SQLite database cannot be shared: a file stands in.
    let file = std::env::temp_dir().join(format!("portal-outbox-{}.db", std::process::id()));
    let mut dbs: Vec<TestDb> = databases().await;
    dbs.retain(|d| !d.url.contains(":memory:"));
    dbs.push(open("sqlite", format!("sqlite://{}", file.display())).await);
    for db in dbs {
        for i in 0..40 {
            let form = RegistrationForm {
                name: format!("Person {i}"),
                email: format!("person{i}@example.org"),
                password: "correct horse battery".into(),
                organization: "Org".into(),
                stakeholder_type: "academia".into(),
                country: "KE".into(),
                consent: Some("yes".into()),
            };
            // Registration writes a verification e-mail to the outbox.
            db.portal
                .register(form.parse().unwrap(), &meta())
                .await
                .unwrap();
        }
        let due = db.portal.outbox_backlog().await.unwrap();
        assert!(due >= 40, "{}: {due} e-mails waiting", db.kind);
        let other = second_instance(&db).await;
        // The second instance sends one on its own first, so it is known to
        // claim from the shared outbox; then all three race for the rest.
        let first = other
            .claim_due_email(Duration::minutes(2))
            .await
            .unwrap()
            .expect("an e-mail is due");
        other.mark_email_sent(first.id).await.unwrap();
        let (a, b, c) = tokio::join!(
            tokio::spawn(drain(db.portal.clone())),
            tokio::spawn(drain(other.clone())),
            tokio::spawn(drain(db.portal.clone())),
        );
        let (a, b, c) = (a.unwrap(), b.unwrap(), c.unwrap());
        let all: Vec<i64> = std::iter::once(&first.id)
            .chain(&a)
            .chain(&b)
            .chain(&c)
            .copied()
            .collect();
        let unique: BTreeSet<i64> = all.iter().copied().collect();
        assert_eq!(
            all.len(),
            unique.len(),
            "{}: an e-mail was claimed twice",
            db.kind
        );
        assert_eq!(all.len() as i64, due, "{}: every e-mail was sent", db.kind);
        assert_eq!(other.outbox_backlog().await.unwrap(), 0);
    }
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", file.display()));
    }
}
