//! Benchmark: automatic assignment of 1,000 proposals to 60 reviewers with
//! team scopes and conflicts, as the organizers' "assign automatically"
//! button runs it (the database reads and writes are measured separately by
//! the server benchmarks).
//!
//! Run: `cargo run --release --no-default-features --example bench_assign`
//! Options: `-- PROPOSALS REVIEWERS PER_PROPOSAL RUNS`

use portal::domain::review::{AssignProposal, AssignReviewer, Scope, plan_assignments};
use std::collections::HashSet;
use std::time::Instant;

const LINES: [&str; 11] = [
    "C1",
    "C2",
    "C3",
    "C4",
    "C5",
    "C6",
    "C7-EGOV",
    "C7-EHEALTH",
    "C8",
    "C9",
    "C10",
];
const FORMATS: [&str; 4] = [
    "workshop",
    "high-level-dialogue",
    "knowledge-cafe",
    "open-space",
];

fn main() {
    let args: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let proposals_n = args.first().copied().unwrap_or(1000);
    let reviewers_n = args.get(1).copied().unwrap_or(60);
    let per = args.get(2).copied().unwrap_or(3);
    let runs = args.get(3).copied().unwrap_or(20);
    let mut seed: u64 = 0x2027_0510;
    let mut next = |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    };
    // Half the reviewers sit in one or two line teams, a sixth in a format
    // team, the rest in none (they may review anything).
    let reviewers: Vec<AssignReviewer> = (0..reviewers_n)
        .map(|i| {
            let scopes = match i % 6 {
                0..=2 => (0..1 + i % 2)
                    .map(|_| Scope {
                        action_lines: vec![
                            LINES[next(LINES.len())]
                                .split('-')
                                .next()
                                .unwrap_or("C1")
                                .to_owned(),
                        ],
                        formats: vec![],
                    })
                    .collect(),
                3 => vec![Scope {
                    action_lines: vec![],
                    formats: vec![FORMATS[next(FORMATS.len())].to_owned()],
                }],
                _ => vec![],
            };
            AssignReviewer {
                id: i as i64,
                scopes,
                load: 0,
            }
        })
        .collect();
    let proposals: Vec<AssignProposal> = (0..proposals_n)
        .map(|i| {
            let conflicts: HashSet<i64> = (0..next(3)).map(|_| next(reviewers_n) as i64).collect();
            AssignProposal {
                id: i as i64,
                action_lines: (0..1 + next(2))
                    .map(|_| LINES[next(LINES.len())].to_owned())
                    .collect(),
                format: FORMATS[next(FORMATS.len())].to_owned(),
                assigned: vec![],
                conflicts,
            }
        })
        .collect();
    let mut times = Vec::with_capacity(runs);
    let mut plan = None;
    for _ in 0..runs {
        let t = Instant::now();
        plan = Some(plan_assignments(&proposals, &reviewers, per));
        times.push(t.elapsed());
    }
    times.sort();
    let plan = plan.unwrap_or_default();
    let mut load = vec![0usize; reviewers_n];
    for (_, r) in &plan.pairs {
        load[*r as usize] += 1;
    }
    println!(
        "assign {proposals_n} proposals x {per} reviewers over {reviewers_n} reviewers: \
         median {:.2} ms, max {:.2} ms ({runs} runs); {} pairs, {} proposals short; load {}..{}",
        times[times.len() / 2].as_secs_f64() * 1000.0,
        times[times.len() - 1].as_secs_f64() * 1000.0,
        plan.pairs.len(),
        plan.short.len(),
        load.iter().min().unwrap_or(&0),
        load.iter().max().unwrap_or(&0),
    );
}
