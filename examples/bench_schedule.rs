//! Benchmark: the automatic scheduler on a forum-scale problem, 300
//! sessions on 12 rooms over 5 days (a 15-minute grid from 09:00 to 18:00,
//! lunch in every room, an opening plenary, shared speakers, remote panels,
//! unavailable people, at most 9 sessions at once), and the conflict check
//! of the result. Pure computation: no database.
//!
//! Run: `cargo run --release --no-default-features --example bench_schedule`
//! Options: `-- SESSIONS ROOMS DAYS RUNS` (defaults 300 12 5 20).

use portal::domain::agenda::conflicts::{Severity, find_conflicts};
use portal::domain::agenda::scheduler::{schedule, synthetic_board};
use std::time::Instant;

fn main() {
    let args: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let arg = |i: usize, default: usize| args.get(i).copied().unwrap_or(default);
    let (sessions, rooms, days, runs) = (arg(0, 300), arg(1, 12), arg(2, 5), arg(3, 20).max(1));
    let first = time::macros::date!(2027 - 05 - 03);
    let mut times = Vec::with_capacity(runs);
    let mut check = Vec::with_capacity(runs);
    let mut last = None;
    for run in 0..runs {
        let board = synthetic_board(1000 + run as u64, sessions, rooms, days, first);
        let started = Instant::now();
        let plan = schedule(&board);
        times.push(started.elapsed().as_secs_f64() * 1000.0);
        let mut all = board.clone();
        all.placements.extend(plan.placements.iter().copied());
        let started = Instant::now();
        let conflicts = find_conflicts(&all);
        check.push(started.elapsed().as_secs_f64() * 1000.0);
        let errors = conflicts
            .iter()
            .filter(|c| c.severity() == Severity::Error)
            .count();
        assert_eq!(errors, 0, "the scheduler never breaks a hard rule");
        last = Some((
            plan.placements.len(),
            plan.unplaced.len(),
            plan.same_line_pairs,
        ));
    }
    times.sort_by(f64::total_cmp);
    check.sort_by(f64::total_cmp);
    let (placed, unplaced, pairs) = last.unwrap_or_default();
    println!(
        "scheduler: {sessions} sessions, {rooms} rooms, {days} days, {runs} boards (different seeds)"
    );
    println!(
        "  schedule:        median {:.1} ms, min {:.1} ms, max {:.1} ms",
        times[runs / 2],
        times[0],
        times[runs - 1]
    );
    println!("  conflict check:  median {:.1} ms", check[runs / 2]);
    println!(
        "  last board:      {placed} placed, {unplaced} left over, {pairs} same-line pairs at once, 0 hard conflicts"
    );
}
