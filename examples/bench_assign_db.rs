//! Benchmark: the organizers' "assign reviewers automatically" service end
//! to end (reading proposals, panels, co-organizers and conflicts, planning,
//! writing the assignments in one transaction) for 1,000 submitted proposals
//! and 60 reviewers, on SQLite or PostgreSQL; then the organizers' proposal
//! list and balance dashboard over the same proposals with 3,000 reviews.
//!
//! Run: `cargo run --release --example bench_assign_db`
//! PostgreSQL: `cargo run --release --example bench_assign_db -- postgres://postgres@127.0.0.1:5432/postgres`
//! (a database `portal_bench_assign` is created there and dropped afterwards).

use portal::auth::PasswordHasher;
use portal::clock::SystemClock;
use portal::db::{Db, PoolSettings};
use portal::domain::{Locale, OrganizationId, Role, UserId};
use portal::services::{CurrentUser, NewEdition, Portal, RequestMeta, ServiceSettings};
use std::sync::Arc;
use std::time::Instant;

const PROPOSALS: i64 = 1000;
const REVIEWERS: i64 = 60;
const LINES: [&str; 8] = ["C1", "C2", "C3", "C4", "C5", "C7-EGOV", "C7-EHEALTH", "C10"];

/// Fills the database with SQL directly (the services would hash 1,060
/// passwords first, which is not what is measured).
async fn fill(db: &Db, edition: i64, criteria: &[i64]) -> Result<(), sqlx::Error> {
    portal::dispatch!(db, |pool| {
        async {
        let now = time::OffsetDateTime::now_utc();
        let mut tx = pool.begin().await?;
        for i in 0..PROPOSALS + REVIEWERS {
            sqlx::query("INSERT INTO organizations (id, name, name_key, stakeholder_type, country_code, created_at, updated_at) VALUES ($1, $2, $2, 'academia', 'KE', $3, $3)")
                .bind(i + 1).bind(format!("Org {i}")).bind(now).execute(&mut *tx).await?;
            sqlx::query("INSERT INTO users (id, email, name, password_hash, organization_id, created_at, updated_at) VALUES ($1, $2, $3, 'x', $1, $4, $4)")
                .bind(i + 1).bind(format!("u{i}@bench.test")).bind(format!("User {i}")).bind(now).execute(&mut *tx).await?;
        }
        for r in 0..REVIEWERS {
            let id = PROPOSALS + r + 1;
            sqlx::query("INSERT INTO role_grants (user_id, role, scope, created_at) VALUES ($1, 'reviewer', '', $2)")
                .bind(id).bind(now).execute(&mut *tx).await?;
        }
        // A third of the reviewers sit in one team per Action Line.
        for (t, line) in LINES.iter().enumerate() {
            let team: i64 = sqlx::query_scalar("INSERT INTO review_teams (edition_id, name, action_lines, formats, created_at, updated_at) VALUES ($1, $2, $3, '', $4, $4) RETURNING id")
                .bind(edition).bind(format!("Team {line}")).bind(line.split('-').next().unwrap_or(line)).bind(now).fetch_one(&mut *tx).await?;
            for r in (t as i64..REVIEWERS / 3).step_by(LINES.len()) {
                sqlx::query("INSERT INTO review_team_members (team_id, user_id) VALUES ($1, $2)")
                    .bind(team).bind(PROPOSALS + r + 1).execute(&mut *tx).await?;
            }
        }
        for i in 0..PROPOSALS {
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO proposals (edition_id, seq, code, organization_id, created_by, status, title, format_code, abstract_text, description, \
                 objectives, outcomes, participation_mode, preferred_days, special_requirements, submitted_at, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $4, 'submitted', $5, 'thematic-workshop', '', '', '', '', 'hybrid', '', '', $6, $6, $6) RETURNING id",
            ).bind(edition).bind(i + 1).bind(format!("WB-{:04}", i + 1)).bind(i + 1).bind(format!("Proposal {i}")).bind(now)
            .fetch_one(&mut *tx).await?;
            sqlx::query("INSERT INTO proposal_action_lines (proposal_id, position, code, rationale) VALUES ($1, 0, $2, '')")
                .bind(id).bind(LINES[(i as usize) % LINES.len()]).execute(&mut *tx).await?;
            // Three reviews with a score per criterion (they need no assignment).
            for k in 0..3 {
                let review: i64 = sqlx::query_scalar(
                    "INSERT INTO reviews (proposal_id, reviewer_id, confidence, recommendation, comment, created_at, updated_at) \
                     VALUES ($1, $2, 2, 'weak-accept', '', $3, $3) RETURNING id",
                ).bind(id).bind(PROPOSALS + (i * 3 + k) % REVIEWERS + 1).bind(now).fetch_one(&mut *tx).await?;
                for (c, criterion) in criteria.iter().enumerate() {
                    sqlx::query("INSERT INTO review_scores (review_id, criterion_id, score, note) VALUES ($1, $2, $3, '')")
                        .bind(review).bind(*criterion).bind(1 + (i + k + c as i64) % 5).execute(&mut *tx).await?;
                }
            }
            for k in 0..4 {
                // Every 25th panel has a reviewer on it: a conflict to respect.
                let email = if k == 0 && i % 25 == 0 { format!("u{}@bench.test", PROPOSALS + i % REVIEWERS) } else { format!("p{i}-{k}@bench.test") };
                sqlx::query("INSERT INTO proposal_speakers (proposal_id, position, role, name, title, organization, email, country_code, stakeholder_type, gender, remote) \
                             VALUES ($1, $2, 'speaker', 'Panelist', '', 'Org', $3, 'KE', 'academia', 'woman', FALSE)")
                    .bind(id).bind(k).bind(email).execute(&mut *tx).await?;
            }
        }
        tx.commit().await
    }.await
    })
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let arg = std::env::args().nth(1);
    let (url, admin_url) = match &arg {
        Some(pg) => {
            let admin = sqlx::PgPool::connect(pg).await?;
            sqlx::query("DROP DATABASE IF EXISTS portal_bench_assign")
                .execute(&admin)
                .await?;
            sqlx::query("CREATE DATABASE portal_bench_assign")
                .execute(&admin)
                .await?;
            let (prefix, _) = pg.rsplit_once('/').ok_or("URL has no database part")?;
            (
                format!("{prefix}/portal_bench_assign"),
                Some((admin, pg.clone())),
            )
        }
        None => {
            let path = std::env::temp_dir().join("portal-bench-assign.db");
            for ext in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{ext}", path.display()));
            }
            (format!("sqlite://{}", path.display()), None)
        }
    };
    let db = Db::connect(&url, &PoolSettings::default()).await?;
    db.migrate().await?;
    let portal = Portal::new(
        db.clone(),
        Arc::new(SystemClock),
        PasswordHasher::fast_for_tests(),
        ServiceSettings::default(),
    );
    let today = time::OffsetDateTime::now_utc().date();
    let edition = portal.create_edition(&NewEdition::starting(today)).await?;
    let criteria: Vec<i64> = portal.criteria().await?.iter().map(|c| c.id).collect();
    fill(&db, edition, &criteria).await?;
    let organizer = CurrentUser {
        id: UserId(1),
        name: "Bench Organizer".into(),
        email: "u0@bench.test".into(),
        locale: Locale::En,
        organization_id: Some(OrganizationId(1)),
        roles: vec![Role::Organizer],
    };
    let meta = RequestMeta::default();
    let start = Instant::now();
    let out = portal.auto_assign(&organizer, &meta).await?;
    let took = start.elapsed();
    // A second run finds everyone assigned: the cost of reading alone.
    let again = Instant::now();
    let second = portal.auto_assign(&organizer, &meta).await?;
    let reread = again.elapsed();
    println!(
        "auto_assign on {}: {PROPOSALS} proposals, {REVIEWERS} reviewers: {:.0} ms ({} assignments, {} short); second run (nothing to add) {:.0} ms ({} added)",
        if arg.is_some() {
            "PostgreSQL"
        } else {
            "SQLite"
        },
        took.as_secs_f64() * 1000.0,
        out.added,
        out.short.len(),
        reread.as_secs_f64() * 1000.0,
        second.added,
    );
    // The organizers' list (aggregates over every proposal) and the balance
    // dashboard read the same data after assignment.
    let t = Instant::now();
    let (_, total) = portal
        .organizer_proposals(&organizer, &Default::default())
        .await?;
    let list = t.elapsed();
    let t = Instant::now();
    let report = portal.balance_report(&organizer).await?;
    let balance = t.elapsed();
    println!(
        "organizer list ({total} proposals, 3,000 reviews, first page): {:.0} ms; balance dashboard ({} submitted): {:.0} ms",
        list.as_secs_f64() * 1000.0,
        report.submitted,
        balance.as_secs_f64() * 1000.0,
    );
    drop(portal);
    match db {
        Db::Sqlite(p) => p.close().await,
        Db::Postgres(p) => p.close().await,
    }
    if let Some((admin, _)) = admin_url {
        sqlx::query("DROP DATABASE IF EXISTS portal_bench_assign")
            .execute(&admin)
            .await?;
    }
    Ok(())
}
