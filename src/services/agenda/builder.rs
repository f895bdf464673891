//! The builder's moves: place, move and unschedule sessions with a version
//! check, set expected audiences, and the automatic scheduler's preview and
//! application.

use crate::domain::agenda::conflicts::{Severity, find_conflicts};
use crate::domain::agenda::scheduler::schedule;
use crate::domain::agenda::{Placement, Span};
use crate::error::ConflictCode;
use crate::error::{AppError, AppResult};
use crate::services::AgendaData;
use crate::services::Audit;
use crate::services::sessions::CurrentUser;
use crate::services::{Portal, RequestMeta};
use serde_json::json;
use time::Date;

/// Writes placement `$p` seen at `$version` inside transaction `$tx`; the
/// number of rows written (0: someone else moved it first). Version 0 means
/// "never placed": the row is created, unless another organizer just did.
macro_rules! write_placement {
    ($tx:expr, $p:expr, $edition:expr, $actor:expr, $now:expr, $version:expr) => {{
        let p: Placement = $p;
        if $version == 0 {
            sqlx::query(
                "INSERT INTO placements (proposal_id, edition_id, room_id, day, start_minute, \
                 end_minute, placed_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, \
                 $7, $8, $8) ON CONFLICT (proposal_id) DO NOTHING",
            )
            .bind(p.session)
            .bind($edition)
            .bind(p.room)
            .bind(p.span.day)
            .bind(p.span.start as i64)
            .bind(p.span.end as i64)
            .bind($actor)
            .bind($now)
            .execute($tx)
            .await
            .map(|r| r.rows_affected())
        } else {
            sqlx::query(
                "UPDATE placements SET room_id = $3, day = $4, start_minute = $5, end_minute = \
                 $6, placed_by = $7, updated_at = $8, version = version + 1 WHERE proposal_id = \
                 $1 AND edition_id = $2 AND version = $9",
            )
            .bind(p.session)
            .bind($edition)
            .bind(p.room)
            .bind(p.span.day)
            .bind(p.span.start as i64)
            .bind(p.span.end as i64)
            .bind($actor)
            .bind($now)
            .bind($version)
            .execute($tx)
            .await
            .map(|r| r.rows_affected())
        }
    }};
}

/// Put a session at a place on the grid (or move it there).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlaceRequest {
    /// Proposal id of the session.
    pub session: i64,
    /// Room id.
    pub room: i64,
    /// Day.
    pub day: Date,
    /// Start minute.
    pub start: u16,
    /// Placement version the organizer saw (0: never placed).
    pub version: i64,
}

/// One placement the scheduler proposes, with the version it was planned on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlannedMove {
    /// Where.
    pub placement: Placement,
    /// Placement version when planned (0: never placed).
    pub version: i64,
}

impl PlannedMove {
    /// Form value: `session:room:day:start:version`.
    pub fn encode(&self) -> String {
        let p = &self.placement;
        format!(
            "{}:{}:{}:{}:{}",
            p.session, p.room, p.span.day, p.span.start, self.version
        )
    }

    /// Reads a form value written by [`PlannedMove::encode`]; the end is
    /// filled in from the session's length later.
    pub fn decode(v: &str) -> Option<PlannedMove> {
        let mut it = v.split(':');
        let session = it.next()?.parse().ok()?;
        let room = it.next()?.parse().ok()?;
        let format = time::macros::format_description!("[year]-[month]-[day]");
        let day = Date::parse(it.next()?, format).ok()?;
        let start = it.next()?.parse().ok()?;
        let version = it.next()?.parse().ok()?;
        it.next().is_none().then_some(PlannedMove {
            placement: Placement {
                session,
                room,
                span: Span {
                    day,
                    start,
                    end: start,
                },
            },
            version,
        })
    }
}

/// What the scheduler would do, for the organizer to review.
#[derive(Debug, Clone)]
pub struct SchedulePreview {
    /// Proposed placements.
    pub moves: Vec<PlannedMove>,
    /// Sessions it could not place without breaking a hard rule.
    pub unplaced: Vec<i64>,
    /// Same-line pairs at once in the result.
    pub same_line_pairs: u32,
    /// Milliseconds the computation took.
    pub millis: u128,
}

impl SchedulePreview {
    /// What the scheduler would do with the unscheduled sessions of a board
    /// already loaded (by a caller that checked the actor). Nothing is written.
    pub fn of(data: &AgendaData) -> SchedulePreview {
        let started = std::time::Instant::now();
        let plan = schedule(&data.board);
        let millis = started.elapsed().as_millis();
        let moves = plan
            .placements
            .iter()
            .map(|p| PlannedMove {
                placement: *p,
                version: data.session(p.session).map(|s| s.version).unwrap_or(0),
            })
            .collect();
        SchedulePreview {
            moves,
            unplaced: plan.unplaced,
            same_line_pairs: plan.same_line_pairs,
            millis,
        }
    }
}

impl Portal {
    /// The planning board, for organizers and admins.
    pub async fn agenda_board(
        &self,
        actor: &CurrentUser,
    ) -> AppResult<crate::services::AgendaData> {
        actor.require_staff()?;
        self.load_agenda().await
    }

    /// Places, moves or (with `to: None`) unschedules a session. Refused
    /// with `agenda-stale` when the session moved since the organizer saw it.
    pub async fn place_session(
        &self,
        actor: &CurrentUser,
        req: PlaceRequest,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        actor.require_staff()?;
        let data = self.load_agenda().await?;
        let session = data.session(req.session).ok_or(AppError::NotFound)?;
        if data.board.room(req.room).is_none() {
            return Err(AppError::field("cell", "choose-from-list"));
        }
        if !data.board.days.contains(&req.day) {
            return Err(AppError::field("cell", "not-a-forum-day"));
        }
        let end = req.start.saturating_add(session.minutes);
        // Running past the day's end is a conflict shown on the grid; starting
        // outside the grid is not a place at all.
        if req.start < data.board.day_start || req.start >= data.board.day_end || end > 24 * 60 {
            return Err(AppError::field("cell", "outside-grid"));
        }
        let now = self.clock.now();
        let (edition, id) = (data.edition.id, req.session);
        let after =
            json!({"room": req.room, "day": req.day.to_string(), "start": req.start, "end": end});
        let n: u64 = crate::dispatch!(&self.db, |pool| async {
            let mut tx = pool.begin().await?;
            let placement = Placement {
                session: id,
                room: req.room,
                span: Span {
                    day: req.day,
                    start: req.start,
                    end,
                },
            };
            let n = write_placement!(&mut *tx, placement, edition, actor.id.0, now, req.version)?;
            if n == 1 {
                crate::audit!(
                    &mut *tx,
                    Audit {
                        at: now,
                        actor: Some(actor.id),
                        action: "agenda.place",
                        target_kind: "proposal",
                        target: id.to_string(),
                        before: None,
                        after: Some(after.clone()),
                        client_addr: &meta.client_addr
                    }
                )?;
            }
            tx.commit().await?;
            Ok::<_, sqlx::Error>(n)
        }
        .await)?;
        if n == 1 {
            Ok(())
        } else {
            Err(AppError::Conflict(ConflictCode::AgendaStale))
        }
    }

    /// Takes a session off the grid (it goes back to the unscheduled list).
    pub async fn unschedule_session(
        &self,
        actor: &CurrentUser,
        session: i64,
        version: i64,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        actor.require_staff()?;
        let edition = self.current_edition().await?;
        let now = self.clock.now();
        let n: u64 = crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                let n = sqlx::query(
                    "UPDATE placements SET room_id = NULL, day = NULL, start_minute = NULL, \
                     end_minute = NULL, placed_by = $3, updated_at = $4, version = version + 1 \
                     WHERE proposal_id = $1 AND edition_id = $2 AND version = $5 AND room_id IS \
                     NOT NULL",
                )
                .bind(session)
                .bind(edition.id)
                .bind(actor.id.0)
                .bind(now)
                .bind(version)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if n == 1 {
                    crate::audit!(
                        &mut *tx,
                        Audit {
                            at: now,
                            actor: Some(actor.id),
                            action: "agenda.unschedule",
                            target_kind: "proposal",
                            target: session.to_string(),
                            before: None,
                            after: None,
                            client_addr: &meta.client_addr
                        }
                    )?;
                }
                tx.commit().await?;
                Ok::<_, sqlx::Error>(n)
            }
            .await
        })?;
        if n == 1 {
            Ok(())
        } else {
            Err(AppError::Conflict(ConflictCode::AgendaStale))
        }
    }

    /// Sets the expected audience of a session (matched against room seats).
    pub async fn set_audience(
        &self,
        actor: &CurrentUser,
        session: i64,
        audience: &str,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        actor.require_staff()?;
        let data = self.load_agenda().await?;
        data.session(session).ok_or(AppError::NotFound)?;
        let mut e = crate::validation::FieldErrors::default();
        let n = crate::services::editions::parse_number(&mut e, "audience", audience, 0, 100_000);
        e.into_result()?;
        let n = n.unwrap_or(0);
        let now = self.clock.now();
        crate::dispatch!(&self.db, |pool| async {
            let mut tx = pool.begin().await?;
            sqlx::query(
                "UPDATE proposals SET expected_audience = $2, updated_at = $3 WHERE id = $1",
            )
            .bind(session)
            .bind(n)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            crate::audit!(
                &mut *tx,
                Audit {
                    at: now,
                    actor: Some(actor.id),
                    action: "agenda.audience",
                    target_kind: "proposal",
                    target: session.to_string(),
                    before: None,
                    after: Some(json!({"audience": n})),
                    client_addr: &meta.client_addr
                }
            )?;
            tx.commit().await
        }
        .await)?;
        Ok(())
    }

    /// What the automatic scheduler would do with the unscheduled sessions.
    /// Nothing is written.
    pub async fn schedule_preview(&self, actor: &CurrentUser) -> AppResult<SchedulePreview> {
        actor.require_staff()?;
        let data = self.load_agenda().await?;
        Ok(SchedulePreview::of(&data))
    }

    /// Applies a reviewed plan, all or nothing: refused with `agenda-stale`
    /// when any planned session moved meanwhile, or when the board changed so
    /// that the plan would now break a hard rule.
    pub async fn apply_schedule(
        &self,
        actor: &CurrentUser,
        moves: &[PlannedMove],
        meta: &RequestMeta,
    ) -> AppResult<usize> {
        actor.require_staff()?;
        if moves.is_empty() {
            return Err(AppError::Conflict(ConflictCode::PlanEmpty));
        }
        let data = self.load_agenda().await?;
        let mut board = data.board.clone();
        let mut placements = Vec::with_capacity(moves.len());
        for m in moves {
            let s = data
                .session(m.placement.session)
                .ok_or(AppError::Conflict(ConflictCode::AgendaStale))?;
            if s.version != m.version || s.placed.is_some() {
                return Err(AppError::Conflict(ConflictCode::AgendaStale));
            }
            let mut p = m.placement;
            p.span.end = p.span.start.saturating_add(s.minutes);
            placements.push((p, m.version));
            board.placements.push(p);
        }
        let planned: Vec<i64> = placements.iter().map(|(p, _)| p.session).collect();
        let before = find_conflicts(&data.board)
            .iter()
            .filter(|c| c.severity() == Severity::Error)
            .count();
        let broken = find_conflicts(&board)
            .into_iter()
            .filter(|c| {
                c.severity() == Severity::Error && c.sessions().iter().any(|s| planned.contains(s))
            })
            .count();
        if broken > 0 {
            tracing::info!(broken, before, "plan no longer fits the board");
            return Err(AppError::Conflict(ConflictCode::AgendaStale));
        }
        let now = self.clock.now();
        let edition = data.edition.id;
        let ok: bool = crate::dispatch!(&self.db, |pool| async {
            let mut tx = pool.begin().await?;
            for (p, version) in &placements {
                let n = write_placement!(&mut *tx, *p, edition, actor.id.0, now, *version)?;
                if n != 1 {
                    tx.rollback().await?;
                    return Ok(false);
                }
            }
            crate::audit!(
                &mut *tx,
                Audit {
                    at: now,
                    actor: Some(actor.id),
                    action: "agenda.autoschedule",
                    target_kind: "edition",
                    target: edition.to_string(),
                    before: None,
                    after: Some(json!({"placed": placements.len()})),
                    client_addr: &meta.client_addr
                }
            )?;
            tx.commit().await?;
            Ok::<_, sqlx::Error>(true)
        }
        .await)?;
        if ok {
            Ok(placements.len())
        } else {
            Err(AppError::Conflict(ConflictCode::AgendaStale))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn planned_moves_survive_the_round_trip_through_a_form() {
        let m = PlannedMove {
            placement: Placement {
                session: 7,
                room: 3,
                span: Span {
                    day: time::macros::date!(2027 - 05 - 04),
                    start: 600,
                    end: 600,
                },
            },
            version: 2,
        };
        assert_eq!(PlannedMove::decode(&m.encode()), Some(m));
        assert_eq!(PlannedMove::decode("7:3:2027-05-04:600"), None);
        assert_eq!(PlannedMove::decode("7:3:yesterday:600:0"), None);
    }
}
