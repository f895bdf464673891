//! Submissions beyond session proposals, on both databases: every kind
//! checked field by field and sent with a receipt; limits, deadlines and
//! closed kinds; who may read, change, withdraw, list, tag and use them;
//! inputs recorded at consultation meetings; and the outcomes report, which
//! counts every sent submission but lists only those whose authors agreed.

use crate::support;
use portal::error::ConflictCode;

use portal::AppError;
use portal::domain::Role;
use portal::domain::submission::{SubmissionForm, SubmissionKind};
use portal::services::{
    CurrentUser, KindSettingsForm, MeetingForm, OnBehalf, OutcomesForm, Portal, SaveIntent,
    SubmissionFilter, UseForm, outcomes_counts_csv, outcomes_list_csv,
};
use support::TestDb;
use support::fixtures::{admin, meta, open_call, panel, proposal, staff, stakeholder, submit};
use time::Duration;

fn field(e: AppError, name: &str) -> String {
    match e {
        AppError::Validation(errs) => errs
            .get(name)
            .map(|f| f.code.clone())
            .unwrap_or_else(|| format!("no error on {name}: {errs:?}")),
        other => format!("{other:?}"),
    }
}

/// The organizers' form turning a submission into `use_kind` on `target`.
fn use_as(use_kind: &str, target: impl Into<String>, note: impl Into<String>) -> UseForm {
    UseForm {
        use_kind: use_kind.into(),
        target: target.into(),
        note: note.into(),
    }
}

fn conflict(r: Result<impl std::fmt::Debug, AppError>) -> &'static str {
    match r {
        Err(AppError::Conflict(code)) => code.code(),
        other => panic!("expected a conflict, got {other:?}"),
    }
}

/// A complete form of `kind`; `consent` to publication.
fn complete(kind: SubmissionKind, title: &str, consent: bool) -> SubmissionForm {
    let mut f = SubmissionForm {
        title: title.into(),
        body: "A view with enough substance to be worth reading by the organizers.".into(),
        consent,
        ..Default::default()
    };
    if kind.has_themes() {
        f.action_lines = vec!["C5".into()];
        f.sdgs = vec!["5".into()];
    }
    if kind.names_a_person() {
        f.person_name = "Grace Ndlovu".into();
        f.person_organization = "Secure Futures".into();
        f.person_country = "ZA".into();
        f.person_stakeholder = "academia".into();
        f.person_gender = "woman".into();
        f.person_email = "grace@example.org".into();
    }
    if kind == SubmissionKind::ExhibitionRequest {
        f.space_size = "9".into();
    }
    f
}

async fn send(
    p: &Portal,
    who: &CurrentUser,
    kind: SubmissionKind,
    title: &str,
    consent: bool,
) -> String {
    p.create_submission(
        who,
        kind,
        complete(kind, title, consent),
        SaveIntent::Submit,
        &meta(),
    )
    .await
    .unwrap()
}

struct Cast {
    root: CurrentUser,
    organizer: CurrentUser,
    reviewer: CurrentUser,
    amina: CurrentUser,
    bruno: CurrentUser,
}

async fn cast(db: &TestDb) -> Cast {
    let p = &db.portal;
    open_call(db).await;
    let root = admin(p).await;
    let organizer = staff(
        p,
        &root,
        "org@wsis.test",
        "Olu Organizer",
        Some(Role::Organizer),
    )
    .await;
    let reviewer = staff(
        p,
        &root,
        "rev@wsis.test",
        "Rita Reviewer",
        Some(Role::Reviewer),
    )
    .await;
    let amina = stakeholder(p, "Amina", "amina@example.org", "Net Kenya").await;
    let bruno = stakeholder(p, "Bruno", "bruno@example.org", "Other Org").await;
    Cast {
        root,
        organizer,
        reviewer,
        amina,
        bruno,
    }
}

#[tokio::test]
async fn every_kind_is_checked_field_by_field_then_sent_with_a_receipt() {
    for db in support::databases().await {
        let p = &db.portal;
        let c = cast(&db).await;
        for kind in SubmissionKind::ALL {
            // Sending an empty form names what is missing, and writes nothing.
            let empty = p
                .create_submission(
                    &c.amina,
                    kind,
                    SubmissionForm::default(),
                    SaveIntent::Submit,
                    &meta(),
                )
                .await
                .unwrap_err();
            assert_eq!(
                field(empty, "title"),
                "required",
                "{} {}",
                db.kind,
                kind.code()
            );
            if kind.names_a_person() {
                let e = p
                    .create_submission(
                        &c.amina,
                        kind,
                        SubmissionForm::default(),
                        SaveIntent::Submit,
                        &meta(),
                    )
                    .await
                    .unwrap_err();
                assert_eq!(field(e, "person_country"), "required");
            }
            let code = send(p, &c.amina, kind, "Cybersecurity for schools", false).await;
            assert!(
                code.starts_with(&format!("WF27-{}-", kind.prefix())),
                "{code}"
            );
            let v = p.submission(&c.amina, &code).await.unwrap();
            assert_eq!(v.status, "submitted");
            assert_eq!(v.stakeholder_type, "civil-society", "the organization's");
            assert_eq!(v.country_code, "KE");
        }
        assert!(p.my_submissions(&c.amina).await.unwrap().len() == SubmissionKind::ALL.len());
        let receipts: Vec<_> = p
            .outbox(Some("amina@example.org"), 50)
            .await
            .unwrap()
            .into_iter()
            .filter(|m| m.template == "submission-received")
            .collect();
        assert_eq!(receipts.len(), SubmissionKind::ALL.len(), "{}", db.kind);
        assert!(
            receipts
                .iter()
                .any(|m| m.body_text.contains("WF27-EX-0001"))
        );

        // A draft may be incomplete but not malformed; it gets no receipt.
        let bad = SubmissionForm {
            person_email: "nobody".into(),
            ..Default::default()
        };
        let e = p
            .create_submission(
                &c.bruno,
                SubmissionKind::HltNomination,
                bad,
                SaveIntent::Save,
                &meta(),
            )
            .await
            .unwrap_err();
        assert_eq!(field(e, "person_email"), "email-invalid");
        let draft = p
            .create_submission(
                &c.bruno,
                SubmissionKind::ThematicView,
                SubmissionForm::default(),
                SaveIntent::Save,
                &meta(),
            )
            .await
            .unwrap();
        assert_eq!(
            p.submission(&c.bruno, &draft).await.unwrap().status,
            "draft"
        );
        assert!(
            p.outbox(Some("bruno@example.org"), 10)
                .await
                .unwrap()
                .iter()
                .all(|m| m.template != "submission-received")
        );
        // Staff without an organization cannot submit.
        let refused = p
            .create_submission(
                &c.organizer,
                SubmissionKind::FormatView,
                complete(SubmissionKind::FormatView, "A format idea", true),
                SaveIntent::Submit,
                &meta(),
            )
            .await;
        assert!(
            matches!(
                refused,
                Err(AppError::Conflict(ConflictCode::NoOrganization))
            ),
            "{refused:?}"
        );
    }
}

#[tokio::test]
async fn limits_deadlines_and_closed_kinds_are_enforced() {
    for db in support::databases().await {
        let p = &db.portal;
        let c = cast(&db).await;
        // One exhibition request per organization by default.
        send(
            p,
            &c.amina,
            SubmissionKind::ExhibitionRequest,
            "Open maps stand",
            false,
        )
        .await;
        let again = p
            .create_submission(
                &c.amina,
                SubmissionKind::ExhibitionRequest,
                complete(SubmissionKind::ExhibitionRequest, "Second stand", false),
                SaveIntent::Submit,
                &meta(),
            )
            .await;
        assert_eq!(conflict(again), "submission-limit", "{}", db.kind);
        // ... but a draft of it may be saved, and is refused when sent.
        let draft = p
            .create_submission(
                &c.amina,
                SubmissionKind::ExhibitionRequest,
                complete(SubmissionKind::ExhibitionRequest, "Second stand", false),
                SaveIntent::Save,
                &meta(),
            )
            .await
            .unwrap();
        let v = p.submission(&c.amina, &draft).await.unwrap();
        let sent = p
            .save_submission(
                &c.amina,
                &draft,
                v.form.clone(),
                v.version,
                SaveIntent::Submit,
                &meta(),
            )
            .await;
        assert_eq!(conflict(sent), "submission-limit");

        // Organizers close a kind and set an earlier deadline; bad input is
        // answered beside the field.
        let edition = p.current_edition().await.unwrap();
        let settings = p.kind_settings(&edition).await.unwrap();
        let fv = settings
            .iter()
            .find(|s| s.kind == SubmissionKind::FormatView)
            .unwrap();
        let mut form = KindSettingsForm::of(fv);
        form.open = None;
        form.max_chars = "50".into();
        let e = p
            .update_kind_settings(&c.organizer, SubmissionKind::FormatView, &form, &meta())
            .await
            .unwrap_err();
        assert_eq!(field(e, "max_chars"), "number-too-small");
        form.max_chars = "3000".into();
        let refused = p
            .update_kind_settings(&c.amina, SubmissionKind::FormatView, &form, &meta())
            .await;
        assert!(matches!(refused, Err(AppError::Forbidden)));
        p.update_kind_settings(&c.organizer, SubmissionKind::FormatView, &form, &meta())
            .await
            .unwrap();
        let closed = p
            .create_submission(
                &c.amina,
                SubmissionKind::FormatView,
                complete(SubmissionKind::FormatView, "An idea", false),
                SaveIntent::Submit,
                &meta(),
            )
            .await;
        assert_eq!(conflict(closed), "kind-closed");
        // A stale form changes nothing.
        let stale = p
            .update_kind_settings(&c.organizer, SubmissionKind::FormatView, &form, &meta())
            .await;
        assert_eq!(conflict(stale), "stale-version");

        // A thematic view sent now can be changed until its deadline, not after.
        let code = send(
            p,
            &c.amina,
            SubmissionKind::ThematicView,
            "Online safety",
            true,
        )
        .await;
        let v = p.submission(&c.amina, &code).await.unwrap();
        assert!(v.editable);
        let mut changed = v.form.clone();
        changed.title = "Online safety for children".into();
        p.save_submission(
            &c.amina,
            &code,
            changed.clone(),
            v.version,
            SaveIntent::Save,
            &meta(),
        )
        .await
        .unwrap();
        // The old version is stale now.
        let stale = p
            .save_submission(
                &c.amina,
                &code,
                changed.clone(),
                v.version,
                SaveIntent::Save,
                &meta(),
            )
            .await;
        assert_eq!(conflict(stale), "stale-version");
        // A sent submission keeps the full check.
        let mut emptied = changed.clone();
        emptied.action_lines.clear();
        let v2 = p.submission(&c.amina, &code).await.unwrap();
        let e = p
            .save_submission(
                &c.amina,
                &code,
                emptied,
                v2.version,
                SaveIntent::Save,
                &meta(),
            )
            .await
            .unwrap_err();
        assert_eq!(field(e, "action_lines"), "choose-at-least-one");
        db.clock.advance(Duration::days(31));
        let v3 = p.submission(&c.amina, &code).await.unwrap();
        assert!(!v3.editable, "{}", db.kind);
        let late = p
            .save_submission(
                &c.amina,
                &code,
                changed,
                v3.version,
                SaveIntent::Save,
                &meta(),
            )
            .await;
        assert_eq!(conflict(late), "deadline-passed");
        assert_eq!(
            conflict(p.withdraw_submission(&c.amina, &code, &meta()).await),
            "deadline-passed"
        );
        let new = p
            .create_submission(
                &c.amina,
                SubmissionKind::ThematicView,
                complete(SubmissionKind::ThematicView, "Too late", false),
                SaveIntent::Submit,
                &meta(),
            )
            .await;
        assert_eq!(conflict(new), "call-closed");
    }
}

#[tokio::test]
async fn only_authors_and_organizers_see_a_submission_and_only_authors_change_it() {
    for db in support::databases().await {
        let p = &db.portal;
        let c = cast(&db).await;
        let code = send(
            p,
            &c.amina,
            SubmissionKind::SpeakerRecommendation,
            "Grace on cyber hygiene",
            false,
        )
        .await;
        for outsider in [&c.bruno, &c.reviewer] {
            assert!(
                matches!(p.submission(outsider, &code).await, Err(AppError::NotFound)),
                "{}",
                db.kind
            );
            let v = complete(SubmissionKind::SpeakerRecommendation, "Taken over", false);
            assert!(matches!(
                p.save_submission(outsider, &code, v, 1, SaveIntent::Save, &meta())
                    .await,
                Err(AppError::NotFound)
            ));
            assert!(matches!(
                p.withdraw_submission(outsider, &code, &meta()).await,
                Err(AppError::NotFound)
            ));
        }
        // A guessed neighbouring code is no way in either.
        assert!(matches!(
            p.submission(&c.bruno, "WF27-SR-0002").await,
            Err(AppError::NotFound)
        ));
        // Organizers read it (with the person's e-mail) but do not edit it.
        let seen = p.submission(&c.organizer, &code).await.unwrap();
        assert_eq!(seen.form.person_email, "grace@example.org");
        assert!(!seen.editable);
        let edit = p
            .save_submission(
                &c.organizer,
                &code,
                seen.form.clone(),
                seen.version,
                SaveIntent::Save,
                &meta(),
            )
            .await;
        assert!(matches!(edit, Err(AppError::Forbidden)), "{edit:?}");
        // Stakeholders and reviewers cannot list, tag or use submissions.
        for who in [&c.amina, &c.reviewer] {
            assert!(matches!(
                p.organizer_submissions(who, &SubmissionFilter::default())
                    .await,
                Err(AppError::Forbidden)
            ));
            assert!(matches!(
                p.tag_submission(who, &code, "youth", &meta()).await,
                Err(AppError::Forbidden)
            ));
            assert!(matches!(
                p.outcomes_draft(who).await,
                Err(AppError::Forbidden)
            ));
            assert!(matches!(p.meetings(who).await, Err(AppError::Forbidden)));
        }
        // The author withdraws it; it is then out of the counts.
        p.withdraw_submission(&c.amina, &code, &meta())
            .await
            .unwrap();
        assert_eq!(
            p.submission(&c.amina, &code).await.unwrap().status,
            "withdrawn"
        );
        let (rows, _) = p
            .organizer_submissions(&c.organizer, &SubmissionFilter::default())
            .await
            .unwrap();
        assert!(rows.is_empty());
        let withdrawn = SubmissionFilter {
            status: "withdrawn".into(),
            ..Default::default()
        };
        assert_eq!(
            p.organizer_submissions(&c.root, &withdrawn)
                .await
                .unwrap()
                .0
                .len(),
            1
        );
    }
}

#[tokio::test]
async fn organizers_filter_tag_and_turn_submissions_into_programme_material() {
    for db in support::databases().await {
        let p = &db.portal;
        let c = cast(&db).await;
        let rec = send(
            p,
            &c.amina,
            SubmissionKind::SpeakerRecommendation,
            "Grace on cyber hygiene",
            true,
        )
        .await;
        let view = send(
            p,
            &c.bruno,
            SubmissionKind::ThematicView,
            "Safer schools online",
            true,
        )
        .await;
        let stand = send(
            p,
            &c.bruno,
            SubmissionKind::ExhibitionRequest,
            "Robotics stand",
            false,
        )
        .await;
        // A session to add the speaker to.
        let session = submit(
            p,
            &c.amina,
            proposal("Cyber hygiene for all", "C5", panel("s")),
        )
        .await;
        let other = submit(p, &c.bruno, proposal("Not yet decided", "C5", panel("o"))).await;
        p.decide(
            &c.organizer,
            std::slice::from_ref(&session),
            "accept",
            "",
            &meta(),
        )
        .await
        .unwrap();
        p.release_decisions(&c.organizer, &meta()).await.unwrap();

        // Filters.
        let organizer = c.organizer.clone();
        let by = |f: SubmissionFilter| {
            let organizer = organizer.clone();
            async move {
                p.organizer_submissions(&organizer, &f)
                    .await
                    .unwrap()
                    .0
                    .into_iter()
                    .map(|s| s.code)
                    .collect::<Vec<_>>()
            }
        };
        assert_eq!(
            by(SubmissionFilter {
                kind: "thematic-view".into(),
                ..Default::default()
            })
            .await,
            vec![view.clone()]
        );
        assert_eq!(
            by(SubmissionFilter {
                line: "C5".into(),
                ..Default::default()
            })
            .await
            .len(),
            2
        );
        assert_eq!(
            by(SubmissionFilter {
                region: "D".into(),
                ..Default::default()
            })
            .await
            .len(),
            3,
            "Kenya is in region D"
        );
        assert_eq!(
            by(SubmissionFilter {
                q: "robotics".into(),
                ..Default::default()
            })
            .await,
            vec![stand.clone()]
        );

        // Tags: folded, checked, filterable, removable.
        let e = p
            .tag_submission(&c.organizer, &view, "<b>", &meta())
            .await
            .unwrap_err();
        assert_eq!(field(e, "tag"), "tag-format");
        p.tag_submission(&c.organizer, &view, "  Child   Safety ", &meta())
            .await
            .unwrap();
        p.tag_submission(&c.organizer, &view, "child safety", &meta())
            .await
            .unwrap();
        assert_eq!(
            p.submission(&c.organizer, &view).await.unwrap().tags,
            vec!["child safety"]
        );
        assert_eq!(
            by(SubmissionFilter {
                tag: "child safety".into(),
                ..Default::default()
            })
            .await,
            vec![view.clone()]
        );
        p.untag_submission(&c.organizer, &view, "child safety", &meta())
            .await
            .unwrap();
        assert!(
            p.submission(&c.organizer, &view)
                .await
                .unwrap()
                .tags
                .is_empty()
        );

        // A recommended person becomes a speaker on an accepted session only.
        let not_accepted = use_as("speaker", other.clone(), "");
        let e = p
            .use_submission(&c.organizer, &rec, &not_accepted, &meta())
            .await
            .unwrap_err();
        assert_eq!(field(e, "target"), "session-not-accepted");
        let unknown = use_as("speaker", "WF27-9999", "");
        let e = p
            .use_submission(&c.organizer, &rec, &unknown, &meta())
            .await
            .unwrap_err();
        assert_eq!(field(e, "target"), "session-not-found");
        let speaker = use_as("speaker", session.to_lowercase(), "");
        p.use_submission(&c.organizer, &rec, &speaker, &meta())
            .await
            .unwrap();
        let panel_now = p
            .proposal(&c.organizer, &session)
            .await
            .unwrap()
            .form
            .speakers;
        assert!(
            panel_now
                .iter()
                .any(|s| s.name == "Grace Ndlovu" && s.country == "ZA"),
            "{}",
            db.kind
        );
        // A view cannot be a speaker; an exhibition request is no note.
        let e = p
            .use_submission(&c.organizer, &view, &speaker, &meta())
            .await
            .unwrap_err();
        assert_eq!(field(e, "use_kind"), "choose-from-list");
        let note = use_as("line", "c5", "");
        let e = p
            .use_submission(&c.organizer, &stand, &note, &meta())
            .await
            .unwrap_err();
        assert_eq!(field(e, "use_kind"), "choose-from-list");
        // A view becomes a note on the C5 track, titled after it.
        p.use_submission(&c.organizer, &view, &note, &meta())
            .await
            .unwrap();
        let notes = p.programme_notes(&c.organizer, "line", "C5").await.unwrap();
        assert_eq!(notes.len(), 1);
        assert_eq!(notes[0].note, "Safer schools online");
        // The service decides who reads notes: not the stakeholders.
        for who in [&c.amina, &c.bruno] {
            let seen = p.programme_notes(who, "line", "C5").await.unwrap();
            assert!(seen.is_empty(), "{} read organizers' notes", who.email);
        }
        let used = p.submission(&c.organizer, &view).await.unwrap().uses;
        assert_eq!(
            (used[0].use_kind.as_str(), used[0].target_code.as_str()),
            ("line", "C5")
        );
        // A stakeholder cannot do any of it.
        assert!(matches!(
            p.use_submission(&c.amina, &view, &note, &meta()).await,
            Err(AppError::Forbidden)
        ));
    }
}

#[tokio::test]
async fn inputs_at_consultation_meetings_are_recorded_for_the_speaker() {
    for db in support::databases().await {
        let p = &db.portal;
        let c = cast(&db).await;
        let bad = MeetingForm {
            title: "Virtual consultation".into(),
            mode: "virtual".into(),
            starts_at: "2027-01-20T14:00".into(),
            ends_at: "2027-01-20T13:00".into(),
            ..Default::default()
        };
        let e = p
            .save_meeting(&c.organizer, None, &bad, &meta())
            .await
            .unwrap_err();
        let AppError::Validation(errs) = e else {
            panic!("expected field errors, got {e:?}");
        };
        assert_eq!(
            errs.get("ends_at").map(|f| f.code.as_str()),
            Some("ends-before-start"),
            "{}",
            db.kind
        );
        assert_eq!(
            errs.get("remote_url").map(|f| f.code.as_str()),
            Some("required")
        );
        let good = MeetingForm {
            ends_at: "2027-01-20T16:00".into(),
            remote_url: "https://meet.example.org/ocp".into(),
            ..bad
        };
        assert!(matches!(
            p.save_meeting(&c.amina, None, &good, &meta()).await,
            Err(AppError::Forbidden)
        ));
        let id = p
            .save_meeting(&c.organizer, None, &good, &meta())
            .await
            .unwrap();
        let behalf = OnBehalf {
            name: "Lina Haddad, Arab ICT Network".into(),
            stakeholder: "civil-society".into(),
            country: "jo".into(),
        };
        let e = p
            .record_meeting_input(
                &c.organizer,
                id,
                SubmissionKind::FormatView,
                &OnBehalf::default(),
                complete(SubmissionKind::FormatView, "Shorter panels", true),
                &meta(),
            )
            .await
            .unwrap_err();
        assert_eq!(field(e, "on_behalf_name"), "required");
        assert!(matches!(
            p.record_meeting_input(
                &c.amina,
                id,
                SubmissionKind::FormatView,
                &behalf,
                complete(SubmissionKind::FormatView, "Shorter panels", true),
                &meta()
            )
            .await,
            Err(AppError::Forbidden)
        ));
        let code = p
            .record_meeting_input(
                &c.organizer,
                id,
                SubmissionKind::FormatView,
                &behalf,
                complete(SubmissionKind::FormatView, "Shorter panels", true),
                &meta(),
            )
            .await
            .unwrap();
        let v = p.submission(&c.organizer, &code).await.unwrap();
        assert_eq!(v.meeting.as_deref(), Some("Virtual consultation"));
        assert_eq!(
            (v.on_behalf_of.as_str(), v.country_code.as_str()),
            ("Lina Haddad, Arab ICT Network", "JO")
        );
        assert!(v.editable, "organizers correct what they recorded");
        let at_meeting = SubmissionFilter {
            received: format!("meeting-{id}"),
            ..Default::default()
        };
        let (rows, _) = p
            .organizer_submissions(&c.organizer, &at_meeting)
            .await
            .unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].from, "Lina Haddad, Arab ICT Network");
        assert_eq!(p.meeting(&c.organizer, id).await.unwrap().inputs, 1);
        // No stakeholder's list shows it, and no stakeholder can read it.
        assert!(p.my_submissions(&c.amina).await.unwrap().is_empty());
        assert!(matches!(
            p.submission(&c.amina, &code).await,
            Err(AppError::NotFound)
        ));
    }
}

#[tokio::test]
async fn the_outcomes_report_counts_every_submission_but_lists_only_consented_ones() {
    for db in support::databases().await {
        let p = &db.portal;
        let c = cast(&db).await;
        send(
            p,
            &c.amina,
            SubmissionKind::ThematicView,
            "Listed view on AI",
            true,
        )
        .await;
        send(
            p,
            &c.amina,
            SubmissionKind::SpeakerRecommendation,
            "Listed recommendation",
            true,
        )
        .await;
        let secret = send(
            p,
            &c.bruno,
            SubmissionKind::ThematicView,
            "Unlisted private view",
            false,
        )
        .await;
        let draft = p
            .create_submission(
                &c.bruno,
                SubmissionKind::FormatView,
                complete(SubmissionKind::FormatView, "Draft idea", true),
                SaveIntent::Save,
                &meta(),
            )
            .await
            .unwrap();
        assert!(matches!(
            p.published_outcomes().await,
            Err(AppError::NotFound)
        ));
        // Publishing needs a summary.
        let mut form = OutcomesForm {
            action: "publish".into(),
            ..Default::default()
        };
        let e = p
            .save_outcomes(&c.organizer, &form, &meta())
            .await
            .unwrap_err();
        assert_eq!(field(e, "summary"), "required");
        form.summary = "What the consultation said.".into();
        assert!(matches!(
            p.save_outcomes(&c.amina, &form, &meta()).await,
            Err(AppError::Forbidden)
        ));
        assert!(p.save_outcomes(&c.organizer, &form, &meta()).await.unwrap());
        let r = p.published_outcomes().await.unwrap();
        assert_eq!(r.total, 3, "{}: drafts are not counted", db.kind);
        let kinds = &r.dimensions[0];
        assert_eq!(kinds.key, "kind");
        assert!(kinds.counts.contains(&("thematic-view".into(), 2)));
        assert!(kinds.counts.contains(&("exhibition-request".into(), 0)));
        assert!(r.lines.counts.contains(&("C5".into(), 3)));
        let listed: Vec<&str> = r.listed.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(listed, vec!["Listed view on AI", "Listed recommendation"]);
        // Neither the page's data nor the CSV carries the unconsented one,
        // the draft, or the recommended person.
        let list_csv = outcomes_list_csv(&r);
        for hidden in [
            "Unlisted private view",
            &secret,
            "Draft idea",
            &draft,
            "Grace Ndlovu",
            "grace@example.org",
        ] {
            assert!(!list_csv.contains(hidden), "{hidden} leaked into the CSV");
        }
        assert!(outcomes_counts_csv(&r).contains("kind,thematic-view,2,66.7,"));
        // Withdrawing it takes it off the public page again.
        form.action = "unpublish".into();
        form.version = r.version;
        assert!(!p.save_outcomes(&c.organizer, &form, &meta()).await.unwrap());
        assert!(matches!(
            p.published_outcomes().await,
            Err(AppError::NotFound)
        ));
        let _ = c.root;
    }
}
