//! The agenda services on SQLite and PostgreSQL: venue validation, moves
//! with optimistic versions (two organizers at once never overwrite each
//! other), conflicts on the board, the scheduler's preview and all-or-nothing
//! application, releases (snapshot, changelog, sequences, statuses, e-mails)
//! and who may do what.

use crate::support;
use portal::error::ConflictCode;

use portal::AppError;
use portal::domain::Role;
use portal::domain::agenda::conflicts::{Conflict, find_conflicts};
use portal::services::{
    BlockForm, CurrentUser, GridForm, PlaceRequest, Portal, RoomForm, UnavailableForm,
};
use support::fixtures::*;
use support::{TestDb, databases};
use time::Date;
use time::macros::date;

pub(crate) const DAY1: Date = date!(2027 - 05 - 10);
pub(crate) const DAY2: Date = date!(2027 - 05 - 11);

pub(crate) struct Forum {
    pub(crate) admin: CurrentUser,
    pub(crate) organizer: CurrentUser,
    pub(crate) owner: CurrentUser,
    /// Proposal ids of three accepted sessions; the first two share a panelist.
    pub(crate) sessions: Vec<i64>,
    pub(crate) codes: Vec<String>,
    pub(crate) rooms: Vec<i64>,
}

fn room(name: &str, building: &str, capacity: &str, hybrid: bool) -> RoomForm {
    RoomForm {
        name: name.into(),
        building: building.into(),
        capacity: capacity.into(),
        hybrid: hybrid.then(|| "on".into()),
        interpretation: "en fr".into(),
        parallel: "1".into(),
        remote_url: String::new(),
        version: 0,
    }
}

/// An edition with three accepted sessions and two rooms (also the stars'
/// tests' forum).
pub(crate) async fn forum(db: &TestDb) -> Forum {
    let p = &db.portal;
    open_call(db).await;
    let admin = admin(p).await;
    let organizer = staff(p, &admin, "org@wsis.test", "Org One", Some(Role::Organizer)).await;
    let owner = stakeholder(p, "Ana Owner", "ana@example.org", "Connect Org").await;
    let shared = panel("shared");
    let mut codes = Vec::new();
    for (i, title) in [
        "Community networks",
        "Rural clinics online",
        "Open data for cities",
    ]
    .iter()
    .enumerate()
    {
        let speakers = if i < 2 {
            shared.clone()
        } else {
            panel("third")
        };
        codes.push(submit(p, &owner, proposal(title, "C2", speakers)).await);
    }
    p.decide(&organizer, &codes, "accept", "", &meta())
        .await
        .unwrap();
    p.release_decisions(&organizer, &meta()).await.unwrap();
    let rooms = vec![
        p.save_room(&organizer, 0, &room("Room A", "CICG", "100", true), &meta())
            .await
            .unwrap(),
        p.save_room(
            &organizer,
            0,
            &room("Room B", "ITU Tower", "40", false),
            &meta(),
        )
        .await
        .unwrap(),
    ];
    let board = p.agenda_board(&organizer).await.unwrap();
    let sessions = codes
        .iter()
        .map(|c| board.sessions.iter().find(|s| &s.code == c).unwrap().id)
        .collect();
    Forum {
        admin,
        organizer,
        owner,
        sessions,
        codes,
        rooms,
    }
}

pub(crate) fn at(session: i64, room: i64, day: Date, start: u16, version: i64) -> PlaceRequest {
    PlaceRequest {
        session,
        room,
        day,
        start,
        version,
    }
}

async fn version(p: &Portal, actor: &CurrentUser, session: i64) -> i64 {
    p.agenda_board(actor)
        .await
        .unwrap()
        .session(session)
        .unwrap()
        .version
}

fn stale(r: Result<(), AppError>) {
    assert!(
        matches!(r, Err(AppError::Conflict(ConflictCode::AgendaStale))),
        "{r:?}"
    );
}

#[tokio::test]
async fn a_move_made_on_an_old_version_is_refused_and_changes_nothing() {
    for db in databases().await {
        let f = forum(&db).await;
        let (p, o) = (&db.portal, &f.organizer);
        let s = f.sessions[0];
        assert_eq!(version(p, o, s).await, 0, "{}", db.kind);
        p.place_session(o, at(s, f.rooms[0], DAY1, 600, 0), &meta())
            .await
            .unwrap();
        // A second organizer who still saw it unscheduled loses.
        stale(
            p.place_session(o, at(s, f.rooms[1], DAY2, 660, 0), &meta())
                .await,
        );
        p.place_session(o, at(s, f.rooms[1], DAY1, 660, 1), &meta())
            .await
            .unwrap();
        stale(
            p.place_session(o, at(s, f.rooms[0], DAY2, 540, 1), &meta())
                .await,
        );
        let board = p.agenda_board(o).await.unwrap();
        let placed = board.session(s).unwrap().placed.unwrap();
        assert_eq!(
            (
                placed.room,
                placed.span.day,
                placed.span.start,
                placed.span.end
            ),
            (f.rooms[1], DAY1, 660, 705)
        );
        // Unscheduling keeps counting versions: an old "unscheduled" view
        // cannot place it again by accident.
        p.unschedule_session(o, s, 2, &meta()).await.unwrap();
        stale(
            p.place_session(o, at(s, f.rooms[0], DAY1, 540, 0), &meta())
                .await,
        );
        stale(p.unschedule_session(o, s, 2, &meta()).await);
        p.place_session(o, at(s, f.rooms[0], DAY1, 540, 3), &meta())
            .await
            .unwrap();
    }
}

#[tokio::test]
async fn two_organizers_moving_one_session_at_once_never_both_win() {
    for db in databases().await {
        let f = forum(&db).await;
        let (p, o) = (&db.portal, &f.organizer);
        let s = f.sessions[2];
        let m = meta();
        let (a, b) = tokio::join!(
            p.place_session(o, at(s, f.rooms[0], DAY1, 600, 0), &m),
            p.place_session(o, at(s, f.rooms[1], DAY2, 900, 0), &m),
        );
        assert_eq!(
            [a.is_ok(), b.is_ok()].iter().filter(|ok| **ok).count(),
            1,
            "{}: {a:?} {b:?}",
            db.kind
        );
        assert_eq!(version(p, o, s).await, 1);
    }
}

#[tokio::test]
async fn the_board_shows_a_shared_panelist_a_small_room_and_a_remote_panel() {
    for db in databases().await {
        let f = forum(&db).await;
        let (p, o) = (&db.portal, &f.organizer);
        p.place_session(o, at(f.sessions[0], f.rooms[0], DAY1, 600, 0), &meta())
            .await
            .unwrap();
        p.place_session(o, at(f.sessions[1], f.rooms[1], DAY1, 615, 0), &meta())
            .await
            .unwrap();
        p.set_audience(o, f.sessions[1], "80", &meta())
            .await
            .unwrap();
        let board = p.agenda_board(o).await.unwrap();
        let found = find_conflicts(&board.board);
        assert!(
            found
                .iter()
                .any(|c| matches!(c, Conflict::PersonOverlap { .. })),
            "{found:?}"
        );
        assert!(found.iter().any(|c| matches!(
            c,
            Conflict::Capacity {
                audience: 80,
                capacity: 40,
                ..
            }
        )));
        // Bad input gets a message on the field.
        let r = p.set_audience(o, f.sessions[1], "lots", &meta()).await;
        assert!(
            matches!(r, Err(AppError::Validation(e)) if e.get("audience").unwrap().code == "number-invalid")
        );
    }
}

#[tokio::test]
async fn venue_input_is_checked_field_by_field() {
    for db in databases().await {
        let f = forum(&db).await;
        let (p, o) = (&db.portal, &f.organizer);
        let code = |r: Result<i64, AppError>, field: &str| match r {
            Err(AppError::Validation(e)) => {
                e.get(field).map(|x| x.code.clone()).unwrap_or_default()
            }
            other => format!("{other:?}"),
        };
        let mut bad = room("", "CICG", "many", false);
        bad.interpretation = "en klingon".into();
        bad.remote_url = "zoom me".into();
        let r = p.save_room(o, 0, &bad, &meta()).await;
        let Err(AppError::Validation(e)) = r else {
            panic!("{r:?}")
        };
        assert_eq!(e.get("name").unwrap().code, "required");
        assert_eq!(e.get("capacity").unwrap().code, "number-invalid");
        assert_eq!(e.get("interpretation").unwrap().code, "unknown-language");
        assert_eq!(e.get("remote_url").unwrap().code, "url-invalid");
        assert_eq!(
            code(
                p.save_room(o, 0, &room("room a", "CICG", "10", false), &meta())
                    .await,
                "name"
            ),
            "room-name-taken"
        );
        let block = BlockForm {
            kind: "break".into(),
            title: "Lunch".into(),
            day: "2027-06-01".into(),
            start: "13:00".into(),
            end: "12:00".into(),
            rooms: vec![],
        };
        let r = p.add_block(o, &block, &meta()).await;
        let Err(AppError::Validation(e)) = r else {
            panic!("{r:?}")
        };
        assert_eq!(e.get("day").unwrap().code, "not-a-forum-day");
        assert_eq!(e.get("end").unwrap().code, "ends-before-start");
        let grid = GridForm {
            day_start: "9h".into(),
            day_end: "18:00".into(),
            step: "15".into(),
            travel_minutes: "15".into(),
            max_parallel: "9".into(),
            version: 1,
        };
        let r = p.save_grid(o, &grid, &meta()).await;
        assert!(
            matches!(r, Err(AppError::Validation(e)) if e.get("day_start").unwrap().code == "time-invalid")
        );
        // A room with a session in it stays.
        p.place_session(o, at(f.sessions[0], f.rooms[0], DAY1, 600, 0), &meta())
            .await
            .unwrap();
        assert!(matches!(
            p.remove_room(o, f.rooms[0], &meta()).await,
            Err(AppError::Conflict(ConflictCode::RoomInUse))
        ));
        p.remove_room(o, f.rooms[1], &meta()).await.unwrap();
        // A break over a placed session shows as a conflict.
        let lunch = BlockForm {
            day: "2027-05-10".into(),
            start: "10:30".into(),
            end: "11:30".into(),
            ..block
        };
        p.add_block(o, &lunch, &meta()).await.unwrap();
        let board = p.agenda_board(o).await.unwrap();
        assert!(
            find_conflicts(&board.board)
                .iter()
                .any(|c| matches!(c, Conflict::Overrun { .. }))
        );
    }
}

#[tokio::test]
async fn the_scheduler_previews_without_writing_and_applies_all_or_nothing() {
    for db in databases().await {
        let f = forum(&db).await;
        let (p, o) = (&db.portal, &f.organizer);
        let unavailable = UnavailableForm {
            email: "third-m@panel.test".into(),
            day: "2027-05-10".into(),
            start: "08:00".into(),
            end: "18:00".into(),
            note: "Arrives on Tuesday".into(),
        };
        p.add_unavailable(o, &unavailable, &meta()).await.unwrap();
        let preview = p.schedule_preview(o).await.unwrap();
        assert_eq!(preview.moves.len(), 3, "{}", db.kind);
        assert!(
            p.agenda_board(o)
                .await
                .unwrap()
                .sessions
                .iter()
                .all(|s| s.placed.is_none())
        );
        let third = preview
            .moves
            .iter()
            .find(|m| m.placement.session == f.sessions[2])
            .unwrap();
        assert_ne!(
            third.placement.span.day, DAY1,
            "the moderator cannot come on Monday"
        );
        // Someone places a session meanwhile: the plan is refused whole.
        p.place_session(o, at(f.sessions[0], f.rooms[0], DAY2, 540, 0), &meta())
            .await
            .unwrap();
        let r = p.apply_schedule(o, &preview.moves, &meta()).await;
        assert!(
            matches!(r, Err(AppError::Conflict(ConflictCode::AgendaStale))),
            "{r:?}"
        );
        assert_eq!(
            p.agenda_board(o)
                .await
                .unwrap()
                .sessions
                .iter()
                .filter(|s| s.placed.is_some())
                .count(),
            1
        );
        let fresh = p.schedule_preview(o).await.unwrap();
        assert_eq!(p.apply_schedule(o, &fresh.moves, &meta()).await.unwrap(), 2);
        let board = p.agenda_board(o).await.unwrap();
        assert!(
            find_conflicts(&board.board)
                .iter()
                .all(|c| c.severity() != portal::domain::agenda::conflicts::Severity::Error)
        );
    }
}

#[tokio::test]
async fn releases_keep_snapshots_log_changes_bump_sequences_and_tell_people() {
    for db in databases().await {
        let f = forum(&db).await;
        let (p, o) = (&db.portal, &f.organizer);
        assert!(matches!(
            p.release_agenda(o, "", false, &meta()).await,
            Err(AppError::Conflict(ConflictCode::AgendaEmpty))
        ));
        p.place_session(o, at(f.sessions[0], f.rooms[0], DAY1, 600, 0), &meta())
            .await
            .unwrap();
        p.place_session(o, at(f.sessions[2], f.rooms[1], DAY1, 600, 0), &meta())
            .await
            .unwrap();
        assert_eq!(
            p.release_agenda(o, "First programme", false, &meta())
                .await
                .unwrap(),
            1
        );
        let first = p.programme(None).await.unwrap().unwrap();
        assert_eq!(first.sessions.len(), 2, "{}", db.kind);
        // A release is served under the public URL configured now, not
        // the one in force when it was made.
        assert_eq!(first.edition.base_url, "http://127.0.0.1:3000");
        let mut moved = p.clone();
        moved.settings.base_url = "https://forum.example.org/".into();
        let served = moved.programme(Some(1)).await.unwrap().unwrap();
        assert_eq!(served.edition.base_url, "https://forum.example.org");
        assert!(first.sessions.iter().all(|s| s.sequence == 0));
        assert!(
            first
                .sessions
                .iter()
                .flat_map(|s| &s.persons)
                .all(|x| !x.id.contains('@')),
            "no address is published"
        );
        let owner_view = p.proposal(&f.owner, &f.codes[0]).await.unwrap();
        assert_eq!(owner_view.status.code(), "scheduled");
        let mails = p.outbox(Some("shared-m@panel.test"), 5).await.unwrap();
        assert_eq!(mails[0].template, "agenda-added");
        assert!(mails[0].body_text.contains(&f.codes[0]));

        // Move one, take the other off, add the third.
        p.place_session(o, at(f.sessions[0], f.rooms[0], DAY2, 660, 1), &meta())
            .await
            .unwrap();
        p.unschedule_session(o, f.sessions[2], 1, &meta())
            .await
            .unwrap();
        p.place_session(o, at(f.sessions[1], f.rooms[1], DAY2, 540, 0), &meta())
            .await
            .unwrap();
        assert_eq!(p.release_agenda(o, "", false, &meta()).await.unwrap(), 2);
        let releases = p.releases().await.unwrap();
        let log = &releases[0].changelog;
        assert_eq!(
            (log.added.len(), log.moved.len(), log.cancelled.len()),
            (1, 1, 1)
        );
        assert_eq!(log.moved[0].code, f.codes[0]);
        assert_eq!(log.cancelled[0].code, f.codes[2]);
        let second = p.programme(None).await.unwrap().unwrap();
        assert_eq!(second.session(&f.codes[0]).unwrap().sequence, 1);
        assert_eq!(
            second.session(&f.codes[0]).unwrap().guid,
            first.session(&f.codes[0]).unwrap().guid
        );
        // The first release reads as it was published.
        let again = p.programme(Some(1)).await.unwrap().unwrap();
        assert_eq!(again.session(&f.codes[0]).unwrap().span.day, DAY1);
        assert_eq!(
            p.proposal(&f.owner, &f.codes[2])
                .await
                .unwrap()
                .status
                .code(),
            "accepted"
        );
        let moved = p.outbox(Some("ana@example.org"), 10).await.unwrap();
        for template in ["agenda-moved", "agenda-cancelled", "agenda-added"] {
            assert!(moved.iter().any(|m| m.template == template), "{template}");
        }
        // A conflict must be confirmed before releasing.
        p.place_session(o, at(f.sessions[2], f.rooms[0], DAY2, 660, 2), &meta())
            .await
            .unwrap();
        let r = p.release_agenda(o, "", false, &meta()).await;
        assert!(
            matches!(r, Err(AppError::Validation(e)) if e.get("confirm").unwrap().code == "agenda-has-conflicts")
        );
        assert_eq!(p.release_agenda(o, "", true, &meta()).await.unwrap(), 3);
    }
}

#[tokio::test]
async fn only_organizers_and_admins_touch_the_agenda() {
    for db in databases().await {
        let f = forum(&db).await;
        let p = &db.portal;
        let reviewer = staff(p, &f.admin, "rev@wsis.test", "Rev", Some(Role::Reviewer)).await;
        let facilitator =
            facilitator(p, &f.admin, &f.organizer, "fac@wsis.test", "Fac", "C2").await;
        let s = f.sessions[0];
        for who in [&f.owner, &reviewer, &facilitator] {
            let forbidden = |r: Result<(), AppError>| {
                assert!(
                    matches!(r, Err(AppError::Forbidden)),
                    "{}: {r:?}",
                    who.email
                )
            };
            forbidden(p.agenda_board(who).await.map(|_| ()));
            forbidden(
                p.place_session(who, at(s, f.rooms[0], DAY1, 600, 0), &meta())
                    .await,
            );
            forbidden(p.unschedule_session(who, s, 1, &meta()).await);
            forbidden(
                p.save_room(who, 0, &room("X", "CICG", "10", false), &meta())
                    .await
                    .map(|_| ()),
            );
            forbidden(p.remove_room(who, f.rooms[1], &meta()).await);
            forbidden(p.add_block(who, &BlockForm::default(), &meta()).await);
            forbidden(p.remove_block(who, 1, &meta()).await);
            forbidden(p.save_grid(who, &GridForm::default(), &meta()).await);
            forbidden(
                p.add_unavailable(who, &UnavailableForm::default(), &meta())
                    .await,
            );
            forbidden(p.remove_unavailable(who, 1, &meta()).await);
            forbidden(p.set_audience(who, s, "10", &meta()).await);
            forbidden(p.schedule_preview(who).await.map(|_| ()));
            forbidden(p.apply_schedule(who, &[], &meta()).await.map(|_| ()));
            forbidden(p.draft_programme(who).await.map(|_| ()));
            forbidden(p.release_agenda(who, "", true, &meta()).await.map(|_| ()));
        }
        // Nothing was written by the refusals.
        assert_eq!(version(p, &f.organizer, s).await, 0);
        assert_eq!(p.agenda_board(&f.admin).await.unwrap().rooms.len(), 2);
    }
}
