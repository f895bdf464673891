//! Demo reviews: reviewers with assignments, scores that sometimes
//! disagree, and decisions, some released and some pending.

use super::*;

/// Extra demo reviewers besides `reviewer@demo.wsis.test`.
pub(super) const REVIEWERS: u32 = 8;

/// Reviewers whose queue is left whole, to try reviewing (and for the
/// browser tests).
pub(super) const UNTOUCHED: [&str; 2] = ["reviewer@demo.wsis.test", "reviewer01@demo.wsis.test"];

/// Reviewers, automatic assignment, reviews with realistic disagreement and
/// decisions on proposals with two reviews or more: the top of the ranking accepted, the next waitlisted, the rest
/// not selected; all released except the last few, which stay pending so the
/// release step can be tried. Runs once: a database with reviews is left alone.
pub(super) async fn seed_reviews(
    portal: &Portal,
    rng: &mut Rng,
    admin: &portal::services::CurrentUser,
    meta: &RequestMeta,
) -> AppResult<u32> {
    use portal::services::{OrganizerFilter, OrganizerSort, ReviewForm};
    let (rows, total) = portal
        .organizer_proposals(admin, &OrganizerFilter::default())
        .await?;
    if total == 0 || rows.iter().any(|r| r.aggregate.count > 0) {
        return Ok(0);
    }
    portal
        .add_reviewer(admin, "facilitator@demo.wsis.test", "C3", meta)
        .await?;
    portal
        .add_reviewer(admin, "facilitator@demo.wsis.test", "C7", meta)
        .await?;
    for i in 1..=REVIEWERS {
        let email = format!("reviewer{i:02}@demo.wsis.test");
        let name = format!("{} {}", rng.pick(GIVEN), rng.pick(FAMILY));
        if portal.account_by_email(&email).await?.is_none() {
            let (id, _) = portal.create_admin(&email, &name, DEMO_PASSWORD).await?;
            portal.revoke_role(admin, id, Role::Admin, meta).await?;
        }
        portal.add_reviewer(admin, &email, "", meta).await?;
    }
    portal.auto_assign(admin, meta).await?;
    let criteria = portal.criteria().await?;
    let mut written = 0;
    let emails: Vec<String> = std::iter::once("reviewer@demo.wsis.test".to_owned())
        .chain((1..=REVIEWERS).map(|i| format!("reviewer{i:02}@demo.wsis.test")))
        .collect();
    // Each proposal has a hidden "quality"; each review is that plus noise,
    // and one proposal in five splits its reviewers.
    let mut quality = std::collections::HashMap::new();
    let bar = crate::progress::bar("reviews", emails.len() as u64);
    for email in &emails {
        bar.inc(1);
        let out = portal.login(email, DEMO_PASSWORD, meta).await?;
        let user = out.user;
        portal.end_session(&out.session.token, meta).await?;
        // The demo reviewer and the first extra one keep their whole queue
        // to try the review flow; the others have written most reviews.
        let untouched = UNTOUCHED.contains(&email.as_str());
        for item in portal.review_queue(&user).await? {
            if untouched || rng.next().is_multiple_of(6) {
                continue;
            }
            let q = *quality
                .entry(item.code.clone())
                .or_insert_with(|| 1 + (rng.next() % 5) as i64);
            let contested = item
                .code
                .bytes()
                .map(u64::from)
                .sum::<u64>()
                .is_multiple_of(5);
            let base = if contested && rng.next().is_multiple_of(2) {
                6 - q
            } else {
                q
            };
            let scores = criteria
                .iter()
                .map(|c| {
                    let noise = (rng.next() % 3) as i64 - 1;
                    (c.id, (base + noise).clamp(1, c.scale_max).to_string())
                })
                .collect::<Vec<_>>();
            let mean = scores
                .iter()
                .filter_map(|(_, s)| s.parse::<i64>().ok())
                .sum::<i64>() as f64
                / scores.len().max(1) as f64;
            let recommendation = match mean {
                m if m >= 4.0 => "accept",
                m if m >= 3.0 => "weak-accept",
                m if m >= 2.0 => "weak-reject",
                _ => "reject",
            };
            let form = ReviewForm {
                scores,
                notes: Vec::new(),
                confidence: (1 + rng.next() % 3).to_string(),
                recommendation: recommendation.into(),
                comment: [
                    "Clear objectives and a balanced panel.",
                    "The panel needs more regional diversity.",
                    "Strong topic; the format could be more interactive.",
                    "Overlaps with other proposals on the same Action Line.",
                ][(rng.next() % 4) as usize]
                    .into(),
                version: 0,
            };
            portal.save_review(&user, &item.code, &form, meta).await?;
            written += 1;
        }
    }
    let ranked = portal
        .organizer_proposals(
            admin,
            &OrganizerFilter {
                sort: OrganizerSort::Mean,
                dir: "desc".into(),
                status: "submitted".into(),
                page: Some(1),
                ..Default::default()
            },
        )
        .await?
        .1;
    let mut untouched_ids = Vec::new();
    for email in UNTOUCHED {
        if let Some(a) = portal.account_by_email(email).await? {
            untouched_ids.push(a.id.0);
        }
    }
    let mut all = Vec::new();
    for page in 1..=ranked.div_ceil(50) {
        let filter = OrganizerFilter {
            sort: OrganizerSort::Mean,
            dir: "desc".into(),
            status: "submitted".into(),
            page: Some(page),
            ..Default::default()
        };
        for r in portal.organizer_proposals(admin, &filter).await?.0 {
            // Decided: proposals with two reviews or more, except those in
            // the untouched reviewers' queues, which stay in review.
            let waiting = portal
                .review_page(admin, &r.code)
                .await?
                .assignees
                .iter()
                .any(|(id, _)| untouched_ids.contains(id));
            if r.aggregate.count >= 2 && !waiting {
                all.push(r.code);
            }
        }
    }
    bar.finish_and_clear();
    let n = all.len();
    let (accept, wait) = (n * 2 / 5, n * 3 / 5);
    for (i, code) in all.iter().enumerate() {
        let outcome = if i < accept {
            "accept"
        } else if i < wait {
            "waitlist"
        } else {
            "reject"
        };
        portal
            .decide(admin, std::slice::from_ref(code), outcome, "", meta)
            .await?;
        // The last few stay pending, to try releasing.
        if i + 3 == n {
            portal.release_decisions(admin, meta).await?;
        }
    }
    Ok(written)
}
