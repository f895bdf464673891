//! The edition's Action Lines and SDGs, on both databases: seeded from the
//! shipped lists on first use, changed by organizers only, a retired theme
//! refused on new proposals but kept by one that had it, an added sub-theme
//! offered and accepted, and stale or bad input answered field by field.

use crate::support;
use portal::error::ConflictCode;

use portal::AppError;
use portal::domain::Role;
use portal::domain::taxonomy::{KIND_ACTION_LINE, KIND_SDG, Themes};
use portal::services::{NewThemeForm, SaveIntent, ThemeForm};
use support::fixtures::{admin, meta, open_call, panel, proposal, staff, stakeholder, submit};

fn field(e: AppError, name: &str) -> String {
    match e {
        AppError::Validation(errs) => errs
            .get(name)
            .map(|f| f.code.clone())
            .unwrap_or_else(|| format!("no error on {name}: {errs:?}")),
        other => format!("{other:?}"),
    }
}

#[tokio::test]
async fn organizers_retire_rename_and_add_themes_and_proposals_follow() {
    for db in support::databases().await {
        let p = &db.portal;
        open_call(&db).await;
        let edition = p.current_edition().await.unwrap();
        let entries = p.taxonomy(edition.id).await.unwrap();
        assert_eq!(Themes::of(&entries), Themes::standard(), "{}", db.kind);
        // A second read does not seed twice.
        assert_eq!(p.taxonomy(edition.id).await.unwrap().len(), entries.len());

        let root = admin(p).await;
        let organizer = staff(
            p,
            &root,
            "org@wsis.test",
            "Olu Organizer",
            Some(Role::Organizer),
        )
        .await;
        let amina = stakeholder(p, "Amina", "amina@example.org", "Net Kenya").await;
        let kept = submit(
            p,
            &amina,
            proposal("Rural networks today", "C2", panel("a")),
        )
        .await;

        // Stakeholders cannot change the lists.
        let c2 = entries.iter().find(|e| e.code == "C2").unwrap().clone();
        let retire = ThemeForm {
            name: String::new(),
            moderator: String::new(),
            active: None,
            version: c2.version,
        };
        let refused = p
            .update_theme(&amina, KIND_ACTION_LINE, "C2", &retire, &meta())
            .await;
        assert!(matches!(refused, Err(AppError::Forbidden)), "{}", db.kind);
        let refused = p
            .add_sub_theme(
                &amina,
                &NewThemeForm {
                    parent: "C3".into(),
                    code: "C3-OPENDATA".into(),
                    name: "Open data".into(),
                    moderator: String::new(),
                },
                &meta(),
            )
            .await;
        assert!(matches!(refused, Err(AppError::Forbidden)));

        // The organizer retires C2; a stale second save overwrites nothing.
        p.update_theme(&organizer, KIND_ACTION_LINE, "C2", &retire, &meta())
            .await
            .unwrap();
        let stale = p
            .update_theme(&organizer, KIND_ACTION_LINE, "C2", &retire, &meta())
            .await;
        assert!(
            matches!(stale, Err(AppError::Conflict(ConflictCode::StaleVersion))),
            "{}",
            db.kind
        );
        assert!(!p.themes().await.unwrap().has_action_line("C2"));

        // A new proposal may not choose it; the one that had it keeps it.
        let new = p
            .create_proposal(
                &amina,
                proposal("Rural networks tomorrow", "C2", panel("b")),
                None,
                &meta(),
            )
            .await;
        assert_eq!(field(new.unwrap_err(), "action_lines"), "choose-from-list");
        let view = p.proposal(&amina, &kept).await.unwrap();
        p.save_proposal(
            &amina,
            &kept,
            proposal("Rural networks, revised", "C2", panel("a")),
            view.version,
            SaveIntent::Save,
            &meta(),
        )
        .await
        .unwrap();

        // A sub-theme with a bad code, a taken code, then a good one.
        let mut add = NewThemeForm {
            parent: "C3".into(),
            code: "OPENDATA".into(),
            name: "Open data for all".into(),
            moderator: "Open Knowledge".into(),
        };
        assert_eq!(
            field(
                p.add_sub_theme(&organizer, &add, &meta())
                    .await
                    .unwrap_err(),
                "code"
            ),
            "theme-code-format"
        );
        add.code = "c3-lib".into();
        assert_eq!(
            field(
                p.add_sub_theme(&organizer, &add, &meta())
                    .await
                    .unwrap_err(),
                "code"
            ),
            "theme-code-taken"
        );
        add.code = "c3-opendata".into();
        assert_eq!(
            p.add_sub_theme(&organizer, &add, &meta()).await.unwrap(),
            "C3-OPENDATA"
        );
        let entries = p.taxonomy(edition.id).await.unwrap();
        let added = entries.iter().find(|e| e.code == "C3-OPENDATA").unwrap();
        assert!(
            added.custom
                && added.active
                && added.parent == "C3"
                && added.name == "Open data for all"
        );
        submit(
            p,
            &amina,
            proposal("Open data in practice", "C3-OPENDATA", panel("c")),
        )
        .await;

        // Renaming SDG 9; an added sub-theme cannot lose its name; the last
        // offered SDG cannot be retired.
        let sdg9 = entries
            .iter()
            .find(|e| e.kind == KIND_SDG && e.code == "9")
            .unwrap();
        let rename = ThemeForm {
            name: "Industry, innovation and infrastructure (ICT focus)".into(),
            moderator: String::new(),
            active: Some("yes".into()),
            version: sdg9.version,
        };
        p.update_theme(&organizer, KIND_SDG, "9", &rename, &meta())
            .await
            .unwrap();
        let nameless = ThemeForm {
            name: " ".into(),
            moderator: String::new(),
            active: Some("yes".into()),
            version: added.version,
        };
        assert_eq!(
            field(
                p.update_theme(
                    &organizer,
                    KIND_ACTION_LINE,
                    "C3-OPENDATA",
                    &nameless,
                    &meta()
                )
                .await
                .unwrap_err(),
                "name"
            ),
            "required"
        );
        for g in entries
            .iter()
            .filter(|e| e.kind == KIND_SDG && e.code != "9" && e.code != "1")
        {
            let off = ThemeForm {
                version: g.version,
                ..ThemeForm::default()
            };
            p.update_theme(&organizer, KIND_SDG, &g.code, &off, &meta())
                .await
                .unwrap();
        }
        let one = entries
            .iter()
            .find(|e| e.kind == KIND_SDG && e.code == "1")
            .unwrap();
        p.update_theme(
            &organizer,
            KIND_SDG,
            "1",
            &ThemeForm {
                version: one.version,
                ..ThemeForm::default()
            },
            &meta(),
        )
        .await
        .unwrap();
        let nine = p
            .taxonomy(edition.id)
            .await
            .unwrap()
            .into_iter()
            .find(|e| e.kind == KIND_SDG && e.code == "9")
            .unwrap();
        assert_eq!(
            nine.name,
            "Industry, innovation and infrastructure (ICT focus)"
        );
        let last = p
            .update_theme(
                &organizer,
                KIND_SDG,
                "9",
                &ThemeForm {
                    version: nine.version,
                    ..ThemeForm::default()
                },
                &meta(),
            )
            .await;
        assert_eq!(
            field(last.unwrap_err(), "active"),
            "keep-one-active",
            "{}",
            db.kind
        );
        assert_eq!(p.themes().await.unwrap().sdgs, vec!["9".to_owned()]);

        // An unknown entry is not found; every change is in the audit log.
        let missing = p
            .update_theme(&organizer, KIND_ACTION_LINE, "C99", &retire, &meta())
            .await;
        assert!(matches!(missing, Err(AppError::NotFound)));
        let (added_log, _) = p.audit_log(&root, "taxonomy.add", "", 1).await.unwrap();
        assert_eq!(added_log.len(), 1, "{}", db.kind);
        let (updates, _) = p.audit_log(&root, "taxonomy.update", "", 1).await.unwrap();
        assert!(updates.len() >= 3);
    }
}
