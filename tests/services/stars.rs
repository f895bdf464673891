//! Stars and the private calendar feed on SQLite and PostgreSQL: stars are
//! per account and only for sessions of the release; the browser's stars
//! merge on sign-in; the feed's secret is checked, renewed and revoked.

use crate::agenda::{DAY1, at, forum};
use crate::support::databases;
use crate::support::fixtures::meta;
use portal::AppError;

#[tokio::test]
async fn stars_are_per_account_and_only_for_released_sessions() {
    for db in databases().await {
        let f = forum(&db).await;
        let (p, o) = (&db.portal, &f.organizer);
        p.place_session(o, at(f.sessions[0], f.rooms[0], DAY1, 600, 0), &meta())
            .await
            .unwrap();
        p.place_session(o, at(f.sessions[1], f.rooms[1], DAY1, 630, 0), &meta())
            .await
            .unwrap();
        // The two share a panelist: released over that conflict.
        p.release_agenda(o, "", true, &meta()).await.unwrap();
        let prog = p.programme(None).await.unwrap().unwrap();
        let (a, b, unreleased) = (&f.codes[0], &f.codes[1], &f.codes[2]);

        // Codes are read case-insensitively; starring twice keeps one star.
        for code in [a.to_lowercase(), b.clone(), a.clone()] {
            p.set_star(&f.owner, &prog, &code, true).await.unwrap();
        }
        assert!(matches!(
            p.set_star(&f.owner, &prog, unreleased, true).await,
            Err(AppError::NotFound)
        ));
        assert_eq!(p.stars(&f.owner).await.unwrap(), [a.clone(), b.clone()]);
        assert!(p.stars(o).await.unwrap().is_empty(), "{}", db.kind);

        // The browser's stars merge: unknown and repeated codes are dropped.
        let merged = p
            .merge_stars(
                &f.admin,
                &prog,
                &[
                    b.to_lowercase(),
                    "WF99-0001".into(),
                    b.clone(),
                    unreleased.clone(),
                ],
            )
            .await
            .unwrap();
        assert_eq!(merged, std::slice::from_ref(b));
        assert_eq!(p.stars(&f.owner).await.unwrap().len(), 2);

        // Unstarring takes one account's star only, and works for any code.
        p.set_star(&f.admin, &prog, b, false).await.unwrap();
        p.set_star(&f.admin, &prog, "WF99-0001", false)
            .await
            .unwrap();
        assert!(p.stars(&f.admin).await.unwrap().is_empty());
        assert_eq!(p.stars(&f.owner).await.unwrap().len(), 2);
    }
}

#[tokio::test]
async fn the_feed_secret_is_checked_renewed_and_revoked() {
    for db in databases().await {
        let f = forum(&db).await;
        let (p, o) = (&db.portal, &f.organizer);
        p.place_session(o, at(f.sessions[0], f.rooms[0], DAY1, 600, 0), &meta())
            .await
            .unwrap();
        p.release_agenda(o, "", false, &meta()).await.unwrap();
        let prog = p.programme(None).await.unwrap().unwrap();
        p.set_star(&f.owner, &prog, &f.codes[0], true)
            .await
            .unwrap();

        assert_eq!(p.calendar_feed(&f.owner).await.unwrap(), None);
        let first = p.renew_calendar_feed(&f.owner).await.unwrap();
        assert_eq!(
            p.calendar_feed(&f.owner).await.unwrap().as_ref(),
            Some(&first)
        );
        assert_eq!(p.feed_stars(&first).await.unwrap(), [f.codes[0].clone()]);
        let mut tampered = first.clone().into_bytes();
        tampered[0] = if tampered[0] == b'A' { b'B' } else { b'A' };
        let tampered = String::from_utf8(tampered).unwrap();
        for wrong in ["", "x", "' OR 1=1 --", tampered.as_str()] {
            assert!(
                matches!(p.feed_stars(wrong).await, Err(AppError::NotFound)),
                "{wrong:?}"
            );
        }
        // Another account's feed shows its own stars only.
        let theirs = p.renew_calendar_feed(o).await.unwrap();
        assert!(p.feed_stars(&theirs).await.unwrap().is_empty());

        // A new address stops the old one; revoking stops the new one.
        let second = p.renew_calendar_feed(&f.owner).await.unwrap();
        assert_ne!(first, second);
        assert!(matches!(
            p.feed_stars(&first).await,
            Err(AppError::NotFound)
        ));
        assert_eq!(p.feed_stars(&second).await.unwrap().len(), 1);
        p.revoke_calendar_feed(&f.owner).await.unwrap();
        assert!(matches!(
            p.feed_stars(&second).await,
            Err(AppError::NotFound)
        ));
        assert_eq!(p.calendar_feed(&f.owner).await.unwrap(), None);
        assert!(p.feed_stars(&theirs).await.is_ok(), "{}", db.kind);
    }
}
