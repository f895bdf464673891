//! `portal seed-demo` and `portal backup`.

use portal::db::Db;
use portal::domain::{Locale, RegistrationForm, Role, countries};
use portal::services::{Portal, RequestMeta};
use portal::{AppError, AppResult};
use std::path::Path;

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

/// Seeds staff accounts (one per role) and `organizations` stakeholder
/// organizations, each with a verified account; prints the accounts.
pub async fn seed_demo(portal: &Portal, organizations: u32, seed: u64) -> AppResult<()> {
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
    for i in 0..organizations {
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
    println!(
        "Demo data ready ({created} new stakeholder accounts). Every demo account's password: {DEMO_PASSWORD}"
    );
    for (email, _, role) in &staff {
        println!("  {:<12} {email}", role.code());
    }
    println!(
        "  stakeholder  stakeholder001@demo.wsis.test … stakeholder{organizations:03}@demo.wsis.test"
    );
    Ok(())
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
            sqlx::query("VACUUM INTO $1").bind(&target).execute(pool).await.map_err(|e| format!("backup failed: {e}"))?;
            let size = std::fs::metadata(file).map(|m| m.len()).unwrap_or(0);
            println!("backup written to {} ({} KiB)", file.display(), size / 1024);
            Ok(())
        }
        Db::Postgres(_) => Err(
            "PostgreSQL backups are taken with pg_dump: pg_dump --format=custom --file=FILE \"$PORTAL_DATABASE_URL\" (see README, Backup and restore)".into(),
        ),
    }
}
