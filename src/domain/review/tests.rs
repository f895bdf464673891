use super::*;

#[test]
fn others_reviews_show_to_staff_always_and_to_reviewers_after_their_own() {
    assert!(sees_others_reviews(true, false, false));
    assert!(sees_others_reviews(false, true, true));
    assert!(
        !sees_others_reviews(false, true, false),
        "not before one's own"
    );
    assert!(
        !sees_others_reviews(false, false, true),
        "not in a phase that hides them"
    );
}

fn w() -> Vec<Weight> {
    vec![
        Weight {
            criterion: 1,
            weight: 3,
            scale_max: 5,
        },
        Weight {
            criterion: 2,
            weight: 1,
            scale_max: 5,
        },
    ]
}

#[test]
fn weighted_score_places_each_scale_on_0_to_100() {
    assert_eq!(weighted_score(&w(), &[(1, 5), (2, 5)]), Some(100.0));
    assert_eq!(weighted_score(&w(), &[(1, 1), (2, 1)]), Some(0.0));
    // 3 on 1..5 is 50; 5 is 100; weights 3:1 → 62.5
    assert_eq!(weighted_score(&w(), &[(1, 3), (2, 5)]), Some(62.5));
    // Unscored criteria do not count; unknown criteria are ignored.
    assert_eq!(weighted_score(&w(), &[(2, 5), (9, 1)]), Some(100.0));
    assert_eq!(weighted_score(&w(), &[]), None);
}

#[test]
fn aggregate_median_and_spread() {
    use Recommendation::*;
    let a = Aggregate::of(&[(Some(40.0), WeakAccept), (Some(60.0), WeakAccept)], 20.0);
    assert_eq!(a.count, 2);
    assert_eq!(a.mean, Some(50.0));
    assert_eq!(a.median, Some(50.0));
    assert_eq!(a.std_dev, Some(10.0));
    assert!(!a.disagreement);
    let b = Aggregate::of(
        &[
            (Some(10.0), Reject),
            (Some(90.0), Accept),
            (Some(50.0), WeakAccept),
        ],
        20.0,
    );
    assert_eq!(b.median, Some(50.0));
    assert!(b.disagreement);
    let none = Aggregate::of(&[], 20.0);
    assert_eq!(none.mean, None);
    assert!(!none.disagreement);
}

#[test]
fn opposite_strong_recommendations_disagree_even_with_close_scores() {
    use Recommendation::*;
    let a = Aggregate::of(&[(Some(50.0), Accept), (Some(55.0), Reject)], 20.0);
    assert!(a.disagreement);
}

#[test]
fn sub_lines_are_within_their_line_only() {
    assert!(line_within("C7-EHEALTH", "C7"));
    assert!(line_within("C7", "C7"));
    assert!(!line_within("C10", "C1"));
    assert!(!line_within("C7", "C7-EHEALTH"));
    let s = Scope::parse("C7, C3", "");
    assert!(s.covers(&["C7-EGOV".into()], "workshop"));
    assert!(!s.covers(&["C1".into()], "workshop"));
    let f = Scope::parse("", "workshop");
    assert!(f.covers(&["C1".into()], "workshop"));
    assert!(!f.covers(&["C1".into()], "high-level-dialogue"));
}

/// A tiny deterministic generator for the property tests.
struct Gen(u64);
impl Gen {
    fn next(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n.max(1)
    }
}

const LINES: [&str; 5] = ["C1", "C2", "C3-LIB", "C7-EHEALTH", "C10"];
const FORMATS: [&str; 3] = ["workshop", "high-level-dialogue", "knowledge-cafe"];

fn random_case(g: &mut Gen) -> (Vec<AssignProposal>, Vec<AssignReviewer>, usize) {
    let n_rev = 1 + g.next(15) as i64;
    let reviewers: Vec<AssignReviewer> = (0..n_rev)
        .map(|id| AssignReviewer {
            id,
            scopes: (0..g.next(3))
                .map(|_| Scope {
                    action_lines: (0..g.next(3))
                        .map(|_| {
                            let l = LINES[g.next(5) as usize];
                            l.split('-').next().unwrap_or(l).to_owned()
                        })
                        .collect(),
                    formats: (0..g.next(2))
                        .map(|_| FORMATS[g.next(3) as usize].to_owned())
                        .collect(),
                })
                .collect(),
            load: g.next(4) as usize,
        })
        .collect();
    let proposals = (0..g.next(40))
        .map(|id| {
            let mut conflicts = HashSet::new();
            for _ in 0..g.next(4) {
                conflicts.insert(g.next(n_rev as u64) as i64);
            }
            let assigned: Vec<i64> = (0..n_rev)
                .filter(|r| !conflicts.contains(r) && g.next(10) == 0)
                .collect();
            AssignProposal {
                id: 1000 + id as i64,
                action_lines: vec![LINES[g.next(5) as usize].to_owned()],
                format: FORMATS[g.next(3) as usize].to_owned(),
                assigned,
                conflicts,
            }
        })
        .collect();
    (proposals, reviewers, 1 + g.next(4) as usize)
}

#[test]
fn property_assignment_never_breaks_conflicts_scopes_or_counts() {
    let mut g = Gen(0x5eed_1234_abcd_0001);
    for _case in 0..500 {
        let (proposals, reviewers, n) = random_case(&mut g);
        let plan = plan_assignments(&proposals, &reviewers, n);
        let mut seen = HashSet::new();
        for (pid, rid) in &plan.pairs {
            let p = proposals.iter().find(|p| p.id == *pid).unwrap();
            let r = reviewers.iter().find(|r| r.id == *rid).unwrap();
            assert!(!p.conflicts.contains(rid), "conflict assigned");
            assert!(!p.assigned.contains(rid), "assigned twice");
            assert!(r.covers(p), "outside team scope");
            assert!(seen.insert((*pid, *rid)), "duplicate pair");
        }
        for p in &proposals {
            let got = p.assigned.len() + plan.pairs.iter().filter(|(x, _)| *x == p.id).count();
            let eligible = reviewers
                .iter()
                .filter(|r| {
                    !p.conflicts.contains(&r.id) && !p.assigned.contains(&r.id) && r.covers(p)
                })
                .count();
            // Every proposal gets n, or every eligible reviewer it can.
            assert!(got >= n.min(p.assigned.len() + eligible), "under-assigned");
            assert!(got <= n.max(p.assigned.len()), "over-assigned");
            let listed_short = plan.short.iter().any(|(x, _)| *x == p.id);
            assert_eq!(listed_short, got < n);
        }
    }
}

#[test]
fn load_is_balanced_when_everyone_is_eligible() {
    let reviewers: Vec<AssignReviewer> = (0..60)
        .map(|id| AssignReviewer {
            id,
            ..Default::default()
        })
        .collect();
    let proposals: Vec<AssignProposal> = (0..1000)
        .map(|id| AssignProposal {
            id,
            format: "workshop".into(),
            ..Default::default()
        })
        .collect();
    let plan = plan_assignments(&proposals, &reviewers, 3);
    assert_eq!(plan.pairs.len(), 3000);
    assert!(plan.short.is_empty());
    let mut load = vec![0; 60];
    for (_, r) in &plan.pairs {
        load[*r as usize] += 1;
    }
    let (min, max) = (load.iter().min().unwrap(), load.iter().max().unwrap());
    assert!(max - min <= 1, "loads {min}..{max}");
}
