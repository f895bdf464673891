//! Speakers' profiles on SQLite and PostgreSQL: who may edit which profile,
//! what the released programme shows of it, photos, and the availability a
//! speaker declares feeding the conflicts like organizers' entries.

use crate::agenda::{DAY1, at, forum};
use crate::support::databases;
use crate::support::fixtures::*;
use portal::AppError;
use portal::domain::agenda::conflicts::{Conflict, find_conflicts};
use portal::domain::speaker_profile::{AvailabilityForm, SpeakerProfileForm};
use portal::error::ConflictCode;
use portal::services::{PhotoChange, ProfileEditor};

fn profile(name: &str) -> SpeakerProfileForm {
    SpeakerProfileForm {
        print_name: name.into(),
        honorific: "Dr.".into(),
        job_title: "Chief Scientist".into(),
        organization: "Panel Org".into(),
        bio: "Works on **community networks**.".into(),
        links: "https://example.org/mo".into(),
        pronouns: "she/her".into(),
        public_details: Some("yes".into()),
        public_bio: Some("yes".into()),
        public_photo: Some("yes".into()),
        ..SpeakerProfileForm::default()
    }
}

/// A small valid PNG.
fn png() -> Vec<u8> {
    let img = image::RgbImage::from_fn(240, 180, |x, y| image::Rgb([x as u8, y as u8, 90]));
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Png).unwrap();
    out.into_inner()
}

#[tokio::test]
async fn a_speaker_edits_their_own_profile_and_organizers_may_too_nobody_else() {
    for db in databases().await {
        let f = forum(&db).await;
        let (p, o) = (&db.portal, &f.organizer);
        let mine = invitation_token(p, "third-m@panel.test").await;
        let theirs = invitation_token(p, "third-a@panel.test").await;

        // Before any save, the page offers what the panel says.
        let page = p
            .speaker_profile_page(ProfileEditor::Speaker(&mine))
            .await
            .unwrap();
        assert!(!page.saved);
        assert_eq!(page.profile.print_name, "Mo Derator", "{}", db.kind);
        assert_eq!(page.sessions.len(), 1);

        p.save_speaker_profile(
            ProfileEditor::Speaker(&mine),
            &profile("Mo Derator-Khan"),
            PhotoChange::Keep,
            &meta(),
        )
        .await
        .unwrap();
        // Another panelist's link opens their own profile, never this one.
        let other = p
            .speaker_profile_page(ProfileEditor::Speaker(&theirs))
            .await
            .unwrap();
        assert_ne!(other.person_id, page.person_id);
        assert_eq!(other.profile.print_name, "Sam Speaker");
        // A forged link is refused.
        assert!(matches!(
            p.speaker_profile_page(ProfileEditor::Speaker("forged"))
                .await,
            Err(AppError::Conflict(ConflictCode::TokenInvalid))
        ));
        // Organizers and admins edit on the speaker's behalf.
        for staff in [o, &f.admin] {
            p.save_speaker_profile(
                ProfileEditor::Staff(staff, "Third-M@panel.test"),
                &profile("Mo Derator"),
                PhotoChange::Keep,
                &meta(),
            )
            .await
            .unwrap();
        }
        let audit = p.recent_audit(Some(o.id), 20).await.unwrap();
        assert!(
            audit.iter().any(|e| e.action == "speaker.profile.update"),
            "{}: the organizer's edit is audited",
            db.kind
        );
        // A stakeholder (the session's own owner) may not, nor for an
        // address on no panel.
        assert!(matches!(
            p.speaker_profile_page(ProfileEditor::Staff(&f.owner, "third-m@panel.test"))
                .await,
            Err(AppError::Forbidden)
        ));
        assert!(matches!(
            p.save_speaker_profile(
                ProfileEditor::Staff(&f.owner, "third-m@panel.test"),
                &profile("Hijacked"),
                PhotoChange::Keep,
                &meta()
            )
            .await,
            Err(AppError::Forbidden)
        ));
        // An address on no panel, or none at all (panel rows without an
        // address share no identity), names nobody.
        for nobody in ["nobody@else.test", "", "  "] {
            assert!(matches!(
                p.speaker_profile_page(ProfileEditor::Staff(o, nobody))
                    .await,
                Err(AppError::NotFound)
            ));
        }
        // A panelist with an account of the same address edits from it;
        // an account on no panel has no profile, and an organizer declares
        // no time as the speaker.
        let kim = stakeholder(p, "Kim Speaker", "third-c@panel.test", "Panel Org").await;
        let page = p
            .speaker_profile_page(ProfileEditor::Account(&kim))
            .await
            .unwrap();
        assert_eq!(page.profile.print_name, "Kim Speaker", "{}", db.kind);
        p.save_speaker_profile(
            ProfileEditor::Account(&kim),
            &profile("Kim Speaker"),
            PhotoChange::Keep,
            &meta(),
        )
        .await
        .unwrap();
        assert!(matches!(
            p.speaker_profile_page(ProfileEditor::Account(&f.owner))
                .await,
            Err(AppError::NotFound)
        ));
        let afternoon = AvailabilityForm {
            day: crate::agenda::DAY1.to_string(),
            whole_day: Some("yes".into()),
            ..AvailabilityForm::default()
        };
        assert!(matches!(
            p.declare_unavailable(
                ProfileEditor::Staff(o, "third-c@panel.test"),
                &afternoon,
                &meta()
            )
            .await,
            Err(AppError::Forbidden)
        ));
        p.declare_unavailable(ProfileEditor::Account(&kim), &afternoon, &meta())
            .await
            .unwrap();

        // Bad input: every message at once, the photo's among them.
        let bad = SpeakerProfileForm {
            print_name: String::new(),
            ..profile("x")
        };
        let r = p
            .save_speaker_profile(
                ProfileEditor::Speaker(&mine),
                &bad,
                PhotoChange::Upload {
                    bytes: b"not a picture".to_vec(),
                    file_name: "me.jpg".into(),
                },
                &meta(),
            )
            .await;
        let Err(AppError::Validation(e)) = r else {
            panic!("{r:?}")
        };
        assert_eq!(e.get("print_name").unwrap().code, "required");
        assert_eq!(e.get("photo").unwrap().code, "photo-wrong-type");
    }
}

#[tokio::test]
async fn the_programme_shows_what_is_public_and_the_photo_by_its_hash() {
    for db in databases().await {
        let f = forum(&db).await;
        let (p, o) = (&db.portal, &f.organizer);
        p.place_session(o, at(f.sessions[2], f.rooms[1], DAY1, 600, 0), &meta())
            .await
            .unwrap();
        p.release_agenda(o, "", true, &meta()).await.unwrap();
        let head = p.latest_release().await.unwrap().unwrap();
        let token = invitation_token(p, "third-m@panel.test").await;

        // After the release: the released programme follows the profile.
        p.save_speaker_profile(
            ProfileEditor::Speaker(&token),
            &profile("Mo Derator"),
            PhotoChange::Upload {
                bytes: png(),
                file_name: "mo.png".into(),
            },
            &meta(),
        )
        .await
        .unwrap();
        let after = p.latest_release().await.unwrap().unwrap();
        assert_eq!(after.revision, head.revision + 1, "{}", db.kind);
        let programme = p.programme(None).await.unwrap().unwrap();
        let mo = programme.sessions[0]
            .persons
            .iter()
            .find(|x| x.name == "Mo Derator")
            .unwrap()
            .clone();
        assert_eq!(mo.honorific, "Dr.");
        assert_eq!(mo.title, "Chief Scientist");
        assert!(mo.bio.contains("community networks"));
        assert!(mo.links.is_empty(), "links were not made public");
        assert!(mo.pronouns.is_empty(), "pronouns were not made public");
        assert_eq!(mo.photo.len(), 20);
        let large = p.speaker_photo(&mo.photo, false).await.unwrap().unwrap();
        let thumb = p.speaker_photo(&mo.photo, true).await.unwrap().unwrap();
        assert!(thumb.len() < large.len());
        assert_eq!(&thumb[..2], b"\xff\xd8", "a JPEG");

        // Nothing public but the name: the programme prints the name only,
        // and the photo is no longer served.
        let private = SpeakerProfileForm {
            public_details: None,
            public_bio: None,
            public_photo: None,
            ..profile("Mo D.")
        };
        p.save_speaker_profile(
            ProfileEditor::Speaker(&token),
            &private,
            PhotoChange::Keep,
            &meta(),
        )
        .await
        .unwrap();
        let programme = p.programme(None).await.unwrap().unwrap();
        let mo2 = programme.sessions[0]
            .persons
            .iter()
            .find(|x| x.id == mo.id)
            .unwrap();
        assert_eq!(
            (
                mo2.name.as_str(),
                mo2.title.as_str(),
                mo2.organization.as_str(),
                mo2.bio.as_str(),
                mo2.photo.as_str()
            ),
            ("Mo D.", "", "", "", "")
        );
        assert_eq!(p.speaker_photo(&mo.photo, true).await.unwrap(), None);

        // Removing the photo deletes it.
        p.save_speaker_profile(
            ProfileEditor::Speaker(&token),
            &profile("Mo Derator"),
            PhotoChange::Remove,
            &meta(),
        )
        .await
        .unwrap();
        let page = p
            .speaker_profile_page(ProfileEditor::Speaker(&token))
            .await
            .unwrap();
        assert_eq!(page.photo_hash, None);
        assert_eq!(page.photo_preview, None);
        assert_eq!(p.speaker_photo(&mo.photo, false).await.unwrap(), None);
    }
}

#[tokio::test]
async fn a_declared_afternoon_is_a_conflict_like_an_organizers_entry() {
    for db in databases().await {
        let f = forum(&db).await;
        let (p, o) = (&db.portal, &f.organizer);
        let token = invitation_token(p, "third-b@panel.test").await;
        let afternoon = AvailabilityForm {
            day: DAY1.to_string(),
            whole_day: None,
            start: "14:00".into(),
            end: "18:00".into(),
        };
        p.declare_unavailable(ProfileEditor::Speaker(&token), &afternoon, &meta())
            .await
            .unwrap();
        // Placed that afternoon: the board shows the conflict.
        p.place_session(o, at(f.sessions[2], f.rooms[0], DAY1, 15 * 60, 0), &meta())
            .await
            .unwrap();
        let board = p.agenda_board(o).await.unwrap();
        let found = find_conflicts(&board.board);
        assert!(
            found.iter().any(|c| matches!(
                c,
                Conflict::Unavailable { session, .. } if *session == f.sessions[2]
            )),
            "{}: {found:?}",
            db.kind
        );
        let entry = board
            .unavailable
            .iter()
            .find(|u| u.email == "third-b@panel.test")
            .unwrap();
        assert!(entry.by_speaker);
        // Bad input is refused field by field.
        let bad = AvailabilityForm {
            day: "2031-01-01".into(),
            whole_day: None,
            start: "18:00".into(),
            end: "14:00".into(),
        };
        let Err(AppError::Validation(e)) = p
            .declare_unavailable(ProfileEditor::Speaker(&token), &bad, &meta())
            .await
        else {
            panic!("accepted")
        };
        assert_eq!(e.get("day").unwrap().code, "not-a-forum-day");
        assert_eq!(e.get("end").unwrap().code, "ends-before-start");
        // Another panelist cannot withdraw it; the speaker can.
        let other = invitation_token(p, "third-a@panel.test").await;
        assert!(matches!(
            p.withdraw_unavailable(ProfileEditor::Speaker(&other), entry.id, &meta())
                .await,
            Err(AppError::NotFound)
        ));
        p.withdraw_unavailable(ProfileEditor::Speaker(&token), entry.id, &meta())
            .await
            .unwrap();
        let board = p.agenda_board(o).await.unwrap();
        assert!(
            !find_conflicts(&board.board)
                .iter()
                .any(|c| matches!(c, Conflict::Unavailable { .. }))
        );
        // A whole day counts too.
        let whole = AvailabilityForm {
            whole_day: Some("yes".into()),
            start: String::new(),
            end: String::new(),
            ..afternoon
        };
        p.declare_unavailable(ProfileEditor::Speaker(&token), &whole, &meta())
            .await
            .unwrap();
        let board = p.agenda_board(o).await.unwrap();
        assert!(
            find_conflicts(&board.board)
                .iter()
                .any(|c| matches!(c, Conflict::Unavailable { .. }))
        );
    }
}

#[tokio::test]
async fn download_my_data_carries_the_profile_and_erasure_deletes_it() {
    for db in databases().await {
        let f = forum(&db).await;
        let (p, o) = (&db.portal, &f.organizer);
        p.place_session(o, at(f.sessions[2], f.rooms[1], DAY1, 600, 0), &meta())
            .await
            .unwrap();
        p.release_agenda(o, "", true, &meta()).await.unwrap();
        let kim = stakeholder(p, "Kim Speaker", "third-c@panel.test", "Panel Org").await;
        p.save_speaker_profile(
            ProfileEditor::Account(&kim),
            &profile("Kim Speaker"),
            PhotoChange::Upload {
                bytes: png(),
                file_name: "kim.png".into(),
            },
            &meta(),
        )
        .await
        .unwrap();
        let hash = p
            .speaker_profile_page(ProfileEditor::Account(&kim))
            .await
            .unwrap()
            .photo_hash
            .unwrap();

        let mine = p.my_data(&kim).await.unwrap();
        let profile = &mine["speaker_profile"];
        assert_eq!(
            profile["profile"]["print_name"], "Kim Speaker",
            "{}",
            db.kind
        );
        assert!(profile["photo_jpeg_base64"].as_str().unwrap().len() > 1000);

        p.erase_account(&f.admin, kim.id, None, &meta())
            .await
            .unwrap();
        assert_eq!(p.speaker_photo(&hash, true).await.unwrap(), None);
        let programme = p.programme(None).await.unwrap().unwrap();
        let persons: Vec<_> = programme.sessions.iter().flat_map(|s| &s.persons).collect();
        assert!(
            persons
                .iter()
                .all(|x| x.name != "Kim Speaker" && x.photo != hash)
        );
        assert!(
            persons
                .iter()
                .any(|x| x.name == portal::services::ERASED_NAME && x.bio.is_empty())
        );
    }
}
