use super::*;
use crate::domain::agenda::conflicts::{Severity, find_conflicts};
use time::macros::date;

const FIRST: time::Date = date!(2027 - 05 - 03);

fn hard_conflicts(board: &Board, plan: &Plan) -> Vec<super::super::conflicts::Conflict> {
    let mut all = board.clone();
    all.placements.extend(plan.placements.iter().copied());
    find_conflicts(&all)
        .into_iter()
        .filter(|c| c.severity() == Severity::Error)
        .collect()
}

#[test]
fn a_forum_scale_board_is_scheduled_without_breaking_a_hard_rule() {
    let board = synthetic_board(7, 300, 12, 5, FIRST);
    let plan = schedule(&board);
    assert!(hard_conflicts(&board, &plan).is_empty());
    assert_eq!(plan.placements.len() + plan.unplaced.len(), 300);
    assert!(
        plan.unplaced.len() < 15,
        "{} left unplaced",
        plan.unplaced.len()
    );
}

#[test]
fn property_no_plan_ever_breaks_a_hard_rule() {
    for seed in 1..40u64 {
        let sessions = 5 + (seed as usize * 7) % 120;
        let rooms = 1 + (seed as usize) % 8;
        let days = 1 + (seed as usize) % 3;
        let board = synthetic_board(seed * 7919, sessions, rooms, days, FIRST);
        let plan = schedule(&board);
        let broken = hard_conflicts(&board, &plan);
        assert!(broken.is_empty(), "seed {seed}: {broken:?}");
        let mut ids: Vec<i64> = plan
            .placements
            .iter()
            .map(|p| p.session)
            .chain(plan.unplaced.iter().copied())
            .collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(
            ids.len(),
            sessions,
            "seed {seed}: each session is placed or reported once"
        );
    }
}

#[test]
fn sessions_already_placed_stay_and_are_worked_around() {
    let mut board = synthetic_board(3, 40, 4, 2, FIRST);
    let first = board.sessions[0].clone();
    let fixed = Placement {
        session: first.id,
        room: 1,
        span: Span {
            day: FIRST,
            start: 660,
            end: 660 + first.minutes,
        },
    };
    board.placements.push(fixed);
    let plan = schedule(&board);
    assert!(plan.placements.iter().all(|p| p.session != first.id));
    assert!(hard_conflicts(&board, &plan).is_empty());
}

#[test]
fn a_session_with_no_legal_spot_is_reported_not_forced() {
    let mut board = synthetic_board(5, 1, 1, 1, FIRST);
    board.rooms[0].capacity = 10;
    board.sessions[0].audience = 500;
    let plan = schedule(&board);
    assert!(plan.placements.is_empty());
    assert_eq!(plan.unplaced, vec![1]);
}

#[test]
fn the_scheduler_keeps_sessions_of_one_line_apart_when_it_can() {
    let mut board = synthetic_board(11, 6, 3, 1, FIRST);
    for s in &mut board.sessions {
        s.lines = vec!["C7".into()];
        s.remote = false;
        s.audience = 0;
    }
    let plan = schedule(&board);
    assert_eq!(plan.same_line_pairs, 0);
}
