//! `portal seed-demo` and `portal backup`.

use portal::db::Db;
use portal::domain::{Locale, RegistrationForm, Role, countries};
use portal::services::{Portal, RequestMeta};
use portal::{AppError, AppResult};
use std::path::Path;

pub(crate) mod profiles;
mod reviews;
use reviews::*;

/// Password of every demo account (printed by the command).
pub const DEMO_PASSWORD: &str = "wsis-demo-2026";

/// A small deterministic generator (SplitMix64): the same seed gives the same
/// demo data on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[(self.next() % items.len() as u64) as usize]
    }
}

const GIVEN: &[&str] = &[
    "Amina", "Carlos", "Mei", "Olga", "Kwame", "Priya", "Jean", "Fatima", "Tomás", "Aiko", "Samir",
    "Ingrid", "Nia", "Dmitri", "Lucía", "Tariq", "Sofia", "Wei", "Chidi", "Leila",
];
const FAMILY: &[&str] = &[
    "Diallo",
    "Silva",
    "Zhang",
    "Ivanova",
    "Mensah",
    "Sharma",
    "Dupont",
    "Haddad",
    "García",
    "Tanaka",
    "Nasser",
    "Larsen",
    "Okafor",
    "Petrov",
    "Fernández",
    "Rahman",
    "Rossi",
    "Chen",
    "Eze",
    "Karimi",
];
const ORG_KINDS: &[(&str, &str)] = &[
    ("government", "Ministry of Digital Affairs"),
    ("government", "National ICT Regulatory Authority"),
    ("private-sector", "Telecom Operators Association"),
    ("private-sector", "Open Data Startups Alliance"),
    ("civil-society", "Digital Rights Foundation"),
    ("civil-society", "Community Networks Initiative"),
    ("academia", "Institute for Information Society Studies"),
    ("academia", "University Centre for AI and Development"),
    ("technical-community", "Internet Engineering Chapter"),
    (
        "international-organization",
        "Regional Development Bank ICT Unit",
    ),
];

/// Seeds staff accounts (one per role), `organizations` stakeholder
/// organizations each with a verified account, and `proposals` proposals
/// spread over them (drafts, submitted, withdrawn); prints the accounts.
pub async fn seed_demo(
    portal: &Portal,
    organizations: u32,
    proposals: u32,
    size: crate::seed_agenda::AgendaSize,
    seed: u64,
) -> AppResult<()> {
    let mut rng = Rng(seed);
    let meta = RequestMeta {
        client_addr: "seed-demo".into(),
        user_agent: "portal seed-demo".into(),
        locale: Locale::En,
    };
    let staff = [
        ("admin@demo.wsis.test", "Demo Administrator", Role::Admin),
        (
            "organizer@demo.wsis.test",
            "Demo Organizer",
            Role::Organizer,
        ),
        ("reviewer@demo.wsis.test", "Demo Reviewer", Role::Reviewer),
        (
            "facilitator@demo.wsis.test",
            "Demo Facilitator",
            Role::Facilitator,
        ),
        ("speaker@demo.wsis.test", "Demo Speaker", Role::Speaker),
    ];
    let (admin_id, _) = portal
        .create_admin(staff[0].0, staff[0].1, DEMO_PASSWORD)
        .await?;
    let admin = portal::services::CurrentUser {
        id: admin_id,
        name: staff[0].1.into(),
        email: staff[0].0.into(),
        locale: Locale::En,
        organization_id: None,
        roles: vec![Role::Admin],
    };
    for (email, name, role) in &staff[1..] {
        let (id, _) = portal.create_admin(email, name, DEMO_PASSWORD).await?;
        portal.revoke_role(&admin, id, Role::Admin, &meta).await?;
        portal.grant_role(&admin, id, *role, &meta).await?;
    }
    let all = countries();
    let mut created = 0;
    let bar = crate::progress::bar("accounts", organizations.into());
    for i in 0..organizations {
        bar.inc(1);
        let country = rng.pick(all);
        let (kind, org) = *rng.pick(ORG_KINDS);
        let given = *rng.pick(GIVEN);
        let family = *rng.pick(FAMILY);
        let email = format!("stakeholder{:03}@demo.wsis.test", i + 1);
        let form = RegistrationForm {
            name: format!("{given} {family}"),
            email: email.clone(),
            password: DEMO_PASSWORD.into(),
            organization: format!("{org} ({})", country.name("en")),
            stakeholder_type: kind.into(),
            country: country.code.clone(),
            consent: Some("yes".into()),
        };
        let acc = form.parse().map_err(AppError::Validation)?;
        if portal.account_by_email(&email).await?.is_none() {
            portal.register_verified(acc, &meta).await?;
            created += 1;
        }
    }
    bar.finish_and_clear();
    portal.ensure_edition().await?;
    let made = seed_proposals(portal, &mut rng, organizations, proposals, &meta).await?;
    let reviewed = seed_reviews(portal, &mut rng, &admin, &meta).await?;
    let spinner = crate::progress::spinner("agenda");
    let (placed, release) =
        crate::seed_agenda::seed_agenda(portal, &admin, size, seed, &meta).await?;
    spinner.finish_and_clear();
    let submissions = crate::seed_submissions::seed_submissions(
        portal,
        &admin,
        organizations,
        proposals / 2 + 10,
        &meta,
    )
    .await?;
    println!(
        "Demo data ready ({created} new stakeholder accounts, {made} new proposals, {reviewed} \
         new reviews, {placed} sessions scheduled, agenda release {release}, {submissions} other \
         submissions). Every demo account's password: {DEMO_PASSWORD}"
    );
    for (email, _, role) in &staff {
        println!("  {:<12} {email}", role.code());
    }
    println!(
        "  stakeholder  stakeholder001@demo.wsis.test … \
         stakeholder{organizations:03}@demo.wsis.test"
    );
    println!("  reviewer     reviewer01@demo.wsis.test … reviewer{REVIEWERS:02}@demo.wsis.test");
    Ok(())
}

const TOPICS: &[(&str, &str)] = &[
    ("Community networks for the last billion", "C2"),
    ("AI governance that includes the Global South", "C10"),
    (
        "Digital public infrastructure for social protection",
        "C7-EGOV",
    ),
    (
        "Telemedicine in rural clinics: lessons from five countries",
        "C7-EHEALTH",
    ),
    ("Open educational resources in local languages", "C7-ELEARN"),
    ("Cyber hygiene for small businesses", "C5"),
    ("Libraries as digital inclusion hubs", "C3-LIB"),
    ("Precision agriculture for smallholder farmers", "C7-EAGRI"),
    ("Measuring the digital divide with better data", "C4"),
    ("Preserving endangered languages online", "C8"),
    ("Media literacy against disinformation", "C9"),
    ("Regional cooperation on submarine cables", "C11"),
];

/// Creates `n` proposals from the first `organizations` demo accounts: every
/// sixth stays a draft, every tenth is withdrawn, the rest are submitted.
async fn seed_proposals(
    portal: &Portal,
    rng: &mut Rng,
    organizations: u32,
    n: u32,
    meta: &RequestMeta,
) -> AppResult<u32> {
    use portal::domain::proposal::{ProposalForm, SpeakerInput, ThemeChoice};
    use portal::services::SaveIntent;
    if organizations == 0 || n == 0 {
        return Ok(0);
    }
    let edition = portal.current_edition().await?;
    // Seeding twice adds no second batch.
    if portal.proposal_count(edition.id).await? > 0 {
        return Ok(0);
    }
    let all = countries();
    let formats: Vec<_> = edition
        .formats
        .iter()
        .filter(|f| f.min_panel <= 4 && f.max_panel >= 4)
        .collect();
    let mut made = 0;
    // One sign-in per organization: a password check costs tens of
    // milliseconds by design, and thousands of proposals share few accounts.
    let mut accounts = std::collections::HashMap::new();
    let bar = crate::progress::bar("proposals", n.into());
    for i in 0..n {
        bar.inc(1);
        let org = (i % organizations) + 1;
        let user = match accounts.get(&org) {
            Some(u) => Clone::clone(u),
            None => {
                let email = format!("stakeholder{org:03}@demo.wsis.test");
                let out = portal.login(&email, DEMO_PASSWORD, meta).await?;
                portal.end_session(&out.session.token, meta).await?;
                accounts.insert(org, out.user.clone());
                out.user
            }
        };
        let (topic, line) = *rng.pick(TOPICS);
        let format = rng.pick(&formats);
        let speakers = (0..4)
            .map(|k| {
                let c = rng.pick(all);
                SpeakerInput {
                    role: if k == 0 {
                        "moderator".into()
                    } else {
                        "speaker".into()
                    },
                    name: format!("{} {}", rng.pick(GIVEN), rng.pick(FAMILY)),
                    title: "Director".into(),
                    organization: format!("{} ({})", rng.pick(ORG_KINDS).1, c.name("en")),
                    email: format!("panelist{i:04}{k}@demo.wsis.test"),
                    country: c.code.clone(),
                    stakeholder_type: rng.pick(ORG_KINDS).0.into(),
                    gender: ["woman", "man", "woman", "man", "non-binary"]
                        [(rng.next() % 5) as usize]
                        .into(),
                    remote: rng.next().is_multiple_of(4),
                }
            })
            .collect();
        let sdg = (rng.next() % 17 + 1).to_string();
        let form = ProposalForm {
            title: topic.into(),
            text_language: "en".into(),
            format: format.code.clone(),
            abstract_text: format!(
                "{topic}: practitioners from several regions share what worked, what failed, and \
                 what comes next."
            ),
            description: format!(
                "## Why this session\n\n{topic} matters for the WSIS Action Lines.\n\n## \
                 Format\n\n- short interventions\n- open discussion with the room and online"
            ),
            objectives: "Share evidence and practical lessons; build partnerships.".into(),
            outcomes: "A short report with recommendations for the WSIS Action Line \
                facilitators."
                .into(),
            action_lines: vec![ThemeChoice {
                code: line.into(),
                rationale: "The session is about this Action Line.".into(),
            }],
            sdgs: vec![ThemeChoice {
                code: sdg,
                rationale: "The session contributes to this goal.".into(),
            }],
            languages: vec!["en".into()],
            participation_mode: ["in-person", "hybrid", "remote"][(rng.next() % 3) as usize].into(),
            speakers,
            ..Default::default()
        };
        let code = portal
            .create_proposal(&user, form.clone(), None, meta)
            .await?;
        made += 1;
        if i % 6 == 5 {
            continue;
        }
        let version = portal.proposal(&user, &code).await?.version;
        portal
            .save_proposal(&user, &code, form, version, SaveIntent::Submit, meta)
            .await?;
        if i % 10 == 9 {
            portal.withdraw_proposal(&user, &code, meta).await?;
        }
    }
    bar.finish_and_clear();
    Ok(made)
}

/// Copies a live SQLite database to `file` with `VACUUM INTO`, which reads a
/// consistent snapshot while the portal keeps running.
pub async fn backup(db: &Db, file: &Path) -> Result<(), String> {
    if file.exists() {
        return Err(format!(
            "{} already exists; choose a new file",
            file.display()
        ));
    }
    match db {
        Db::Sqlite(pool) => {
            let target = file.to_string_lossy().to_string();
            let started = std::time::Instant::now();
            let spinner = crate::progress::spinner("backup");
            let done = sqlx::query("VACUUM INTO $1")
                .bind(&target)
                .execute(pool)
                .await;
            spinner.finish_and_clear();
            done.map_err(|e| format!("backup failed: {e}"))?;
            let size = std::fs::metadata(file).map(|m| m.len()).unwrap_or(0);
            println!(
                "backup written to {} ({} KiB in {:.1} s)",
                file.display(),
                size / 1024,
                started.elapsed().as_secs_f64()
            );
            Ok(())
        }
        Db::Postgres(_) => Err(
            "PostgreSQL backups are taken with pg_dump: pg_dump --format=custom --file=FILE \
             \"$PORTAL_DATABASE_URL\" (see README, Backup and restore)"
                .into(),
        ),
    }
}
