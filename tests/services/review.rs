//! Review, selection and moderation services on SQLite and PostgreSQL.
//!
//! - who may do what: one scenario, every role against every action, written
//!   as a table (`MATRIX`) so it reads as the permission matrix it checks;
//!   refusals must be exactly `Forbidden` or `NotFound` and leave no trace;
//! - blind review: nothing a reviewer or facilitator receives names the
//!   proposers, co-organizers or panelists, while organizers see them;
//! - conflicts of interest, declared and derived, in reading, manual and
//!   automatic assignment;
//! - the review flow: validation, versions, phases, aggregates, what to
//!   review next;
//! - decisions: pending until released, one e-mail per recipient, templates,
//!   waiting list, confirmation;
//! - moderation: hide, lock, edit, flag, each traced and audited.
//!
//! Anonymous visitors are not representable at this level (every service
//! takes a signed-in `CurrentUser`); the HTTP tests cover them.

use crate::support;
use portal::error::ConflictCode;

use portal::AppError;
use portal::clock::Clock;
use portal::domain::proposal::ProposalStatus;
use portal::domain::{Locale, Role};
use portal::services::{
    Criterion, CriterionForm, CurrentUser, ModerationForm, OrganizerFilter, OrganizerRow,
    PhaseForm, Portal, ReviewForm, ReviewSettingsForm, SaveIntent, TeamForm, local_input,
};
use support::fixtures::*;
use support::{TestDb, databases};
use time::{Duration, OffsetDateTime};

// ---------------------------------------------------------------------------
// Setup helpers
// ---------------------------------------------------------------------------

/// A phase form in Geneva time.
fn phase(
    name: &str,
    from: OffsetDateTime,
    to: OffsetDateTime,
    review: bool,
    see_others: bool,
) -> PhaseForm {
    PhaseForm {
        name: name.into(),
        starts_at: local_input(from),
        ends_at: local_input(to),
        reviewers_may_review: review.then(|| "on".into()),
        reviewers_see_others: see_others.then(|| "on".into()),
        proposers_may_edit: None,
    }
}

/// A criterion form weighing 10 on a 1–5 scale, with the given scale texts
/// (`low_fr`, `high_en`, …).
fn criterion_form(name: &str, scale: &[(&str, &str)]) -> CriterionForm {
    CriterionForm {
        name: name.into(),
        description: String::new(),
        weight: "10".into(),
        scale_max: "5".into(),
        scale: scale
            .iter()
            .map(|(k, v)| ((*k).into(), (*v).into()))
            .collect(),
    }
}

/// A review phase running from yesterday for 60 days, in which reviewers
/// write and see each other's reviews.
async fn open_review_phase(db: &TestDb, organizer: &CurrentUser) {
    let now = db.clock.now();
    db.portal
        .add_phase(
            organizer,
            &phase(
                "First round",
                now - Duration::days(1),
                now + Duration::days(60),
                true,
                true,
            ),
            &meta(),
        )
        .await
        .unwrap();
}

/// A review scoring each criterion with `score(criterion)`.
async fn scored(
    p: &Portal,
    score: impl Fn(&Criterion) -> i64,
    recommendation: &str,
    comment: &str,
    version: i64,
) -> ReviewForm {
    let criteria = p.criteria().await.unwrap();
    ReviewForm {
        scores: criteria
            .iter()
            .map(|c| (c.id, score(c).to_string()))
            .collect(),
        notes: Vec::new(),
        confidence: "2".into(),
        recommendation: recommendation.into(),
        comment: comment.into(),
        version,
    }
}

/// The version of `who`'s own review of `code` (0 when none or unreadable).
async fn my_version(p: &Portal, who: &CurrentUser, code: &str) -> i64 {
    p.review_page(who, code)
        .await
        .ok()
        .and_then(|page| page.mine)
        .map_or(0, |m| m.version)
}

/// Saves `who`'s review of `code` over their latest version.
async fn write_review(
    p: &Portal,
    who: &CurrentUser,
    code: &str,
    score: impl Fn(&Criterion) -> i64,
    recommendation: &str,
    comment: &str,
) {
    let version = my_version(p, who, code).await;
    let form = scored(p, score, recommendation, comment, version).await;
    p.save_review(who, code, &form, &meta()).await.unwrap();
}

/// The id of `who`'s review of `code`.
async fn review_id(p: &Portal, who: &CurrentUser, code: &str) -> i64 {
    p.review_page(who, code).await.unwrap().mine.unwrap().id
}

/// The id of the newest audit event (0 when there is none).
async fn last_audit_id(p: &Portal) -> i64 {
    p.recent_audit(None, 1)
        .await
        .unwrap()
        .first()
        .map_or(0, |e| e.id)
}

/// The organizers' row of `code`.
async fn row(p: &Portal, organizer: &CurrentUser, code: &str) -> OrganizerRow {
    p.organizer_proposals(organizer, &OrganizerFilter::default())
        .await
        .unwrap()
        .0
        .into_iter()
        .find(|r| r.code == code)
        .unwrap()
}

/// Changes the review settings over the current version.
async fn settings(p: &Portal, organizer: &CurrentUser, per: i64, blind: bool, threshold: i64) {
    let version = p.review_settings().await.unwrap().version;
    let form = ReviewSettingsForm {
        reviewers_per_proposal: per.to_string(),
        blind_review: blind.then(|| "on".into()),
        disagreement_threshold: threshold.to_string(),
        version,
    };
    p.update_review_settings(organizer, &form, &meta())
        .await
        .unwrap();
}

fn moderation(action: &str, reason: &str) -> ModerationForm {
    ModerationForm {
        action: action.into(),
        reason: reason.into(),
        ..Default::default()
    }
}

fn field_error(r: Result<(), AppError>, field: &str) -> Option<(String, Option<u32>)> {
    match r {
        Err(AppError::Validation(errs)) => errs.get(field).map(|e| (e.code.clone(), e.limit)),
        _ => None,
    }
}

fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() < 1e-9)
}

// ---------------------------------------------------------------------------
// 1. The permission matrix
// ---------------------------------------------------------------------------

/// What one role gets from one action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cell {
    /// `Ok`.
    Allowed,
    /// `Err(Forbidden)`.
    Forbidden,
    /// `Err(NotFound)`.
    NotFound,
    /// `review_queue` answers, and the proposal under review is in it.
    QueueWith,
    /// `review_queue` answers, without the proposal under review.
    QueueWithout,
}

const Y: Cell = Cell::Allowed;
const F: Cell = Cell::Forbidden;
const N: Cell = Cell::NotFound;
const IN: Cell = Cell::QueueWith;
const OUT: Cell = Cell::QueueWithout;

/// Every action of the review services, in the order the matrix runs them.
/// The matrix runs column by column on one scenario, so actions that change
/// what later ones see come last: releasing decisions concerns another
/// proposal (Q), and declaring a conflict (which recuses the declarer)
/// closes the run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Act {
    ReviewPage,
    ReviewQueue,
    SaveReview,
    AddReviewComment,
    AssignReviewer,
    AutoAssign,
    Decide,
    ReleaseDecisions,
    PendingDecisions,
    OrganizerProposals,
    ReviewSetup,
    UpdateReviewSettings,
    AddCriterion,
    AddPhase,
    AddTeam,
    AddReviewer,
    DecisionTemplates,
    SaveDecisionTemplate,
    PreviewTemplate,
    ModerationQueue,
    FlagReview,
    HideReview,
    DeclareConflict,
}

/// The columns of the matrix.
const ROLES: [&str; 9] = [
    "stakeholder owner",
    "other stakeholder",
    "speaker on the panel",
    "reviewer assigned",
    "reviewer with conflict",
    "facilitator of C5",
    "facilitator of C2",
    "organizer",
    "admin",
];

/// Who may do what with proposal P (Action Line C2). Staff-only actions are
/// refused with `Forbidden` before anything is looked up; actions on P are
/// refused with `NotFound` to anyone who may not see P for review, so codes
/// cannot be probed. Organizers and admins see P but do not review it.
#[rustfmt::skip]
const MATRIX: [(Act, [Cell; 9]); 23] = [
    //                           owner other speak  R1   R2   fac5 fac2  org  admin
    (Act::ReviewPage,           [N,    N,    N,    Y,   N,   N,   Y,    Y,   Y  ]),
    (Act::ReviewQueue,          [F,    F,    F,    IN,  OUT, OUT, IN,   OUT, OUT]),
    (Act::SaveReview,           [N,    N,    N,    Y,   N,   N,   Y,    F,   F  ]),
    (Act::AddReviewComment,     [N,    N,    N,    Y,   N,   N,   Y,    Y,   Y  ]),
    (Act::AssignReviewer,       [F,    F,    F,    F,   F,   F,   F,    Y,   Y  ]),
    (Act::AutoAssign,           [F,    F,    F,    F,   F,   F,   F,    Y,   Y  ]),
    (Act::Decide,               [F,    F,    F,    F,   F,   F,   F,    Y,   Y  ]),
    (Act::ReleaseDecisions,     [F,    F,    F,    F,   F,   F,   F,    Y,   Y  ]),
    (Act::PendingDecisions,     [F,    F,    F,    F,   F,   F,   F,    Y,   Y  ]),
    (Act::OrganizerProposals,   [F,    F,    F,    F,   F,   F,   F,    Y,   Y  ]),
    (Act::ReviewSetup,          [F,    F,    F,    F,   F,   F,   F,    Y,   Y  ]),
    (Act::UpdateReviewSettings, [F,    F,    F,    F,   F,   F,   F,    Y,   Y  ]),
    (Act::AddCriterion,         [F,    F,    F,    F,   F,   F,   F,    Y,   Y  ]),
    (Act::AddPhase,             [F,    F,    F,    F,   F,   F,   F,    Y,   Y  ]),
    (Act::AddTeam,              [F,    F,    F,    F,   F,   F,   F,    Y,   Y  ]),
    (Act::AddReviewer,          [F,    F,    F,    F,   F,   F,   F,    Y,   Y  ]),
    (Act::DecisionTemplates,    [F,    F,    F,    F,   F,   F,   F,    Y,   Y  ]),
    (Act::SaveDecisionTemplate, [F,    F,    F,    F,   F,   F,   F,    Y,   Y  ]),
    (Act::PreviewTemplate,      [F,    F,    F,    F,   F,   F,   F,    Y,   Y  ]),
    (Act::ModerationQueue,      [F,    F,    F,    F,   F,   F,   F,    F,   Y  ]),
    (Act::FlagReview,           [N,    N,    N,    Y,   N,   N,   Y,    Y,   Y  ]),
    (Act::HideReview,           [F,    F,    F,    F,   F,   F,   F,    F,   Y  ]),
    (Act::DeclareConflict,      [N,    N,    N,    Y,   N,   N,   Y,    Y,   Y  ]),
];

/// Everyone and everything the matrix needs.
struct Scenario {
    admin: CurrentUser,
    /// The columns, in `ROLES` order.
    actors: [CurrentUser; 9],
    /// The proposal under review (C2), by the owner's organization.
    p: String,
    /// Another organization's proposal (C7), the one decisions are made on.
    q: String,
    /// A third reviewer's review of P, the one flagged and hidden.
    target_review: i64,
    /// The reviewer assigned to P.
    assigned: CurrentUser,
}

async fn scenario(db: &TestDb) -> Scenario {
    let p = &db.portal;
    open_call(db).await;
    let admin = admin(p).await;
    let organizer = staff(
        p,
        &admin,
        "organizer@wsis.test",
        "Olga Organizer",
        Some(Role::Organizer),
    )
    .await;
    let owner = stakeholder(
        p,
        "Ownerina Zyxwvson",
        "ownerina@zyxwv.test",
        "Zyxwv Foundation",
    )
    .await;
    let mut speakers = panel("p");
    speakers[1] = panelist(
        "speaker",
        "Qwertina Panelova",
        "Panelorg Quux",
        "qwertina@panelorg.test",
        "BR",
        "woman",
    );
    let code_p = submit(p, &owner, proposal("Community networks", "C2", speakers)).await;
    let other = stakeholder(p, "Otto Other", "otto@other.test", "Other Org").await;
    let code_q = submit(p, &other, proposal("Digital libraries", "C7", panel("q"))).await;
    let speaker = stakeholder(
        p,
        "Qwertina Panelova",
        "qwertina@panelorg.test",
        "Panelorg Quux",
    )
    .await;
    p.grant_role(&admin, speaker.id, Role::Speaker, &meta())
        .await
        .unwrap();
    let speaker = sign_in(p, &speaker.email, PASSWORD).await;
    let r1 = staff(p, &admin, "r1@wsis.test", "Rhea One", Some(Role::Reviewer)).await;
    let r2 = staff(p, &admin, "r2@wsis.test", "Rex Two", Some(Role::Reviewer)).await;
    let r3 = staff(p, &admin, "r3@wsis.test", "Ria Three", Some(Role::Reviewer)).await;
    let fac5 = facilitator(p, &admin, &organizer, "fac5@wsis.test", "Fay Five", "C5").await;
    let fac2 = facilitator(p, &admin, &organizer, "fac2@wsis.test", "Finn Two", "C2").await;
    open_review_phase(db, &organizer).await;
    for r in [&r1, &r2, &r3] {
        p.assign_reviewer(&organizer, &code_p, r.id.0, &meta())
            .await
            .unwrap();
    }
    p.declare_conflict(
        &organizer,
        &code_p,
        "Former colleague of the lead",
        Some(r2.id.0),
        &meta(),
    )
    .await
    .unwrap();
    for r in [&r1, &r3, &fac2] {
        write_review(p, r, &code_p, |_| 4, "accept", "Good panel.").await;
    }
    let target_review = review_id(p, &r3, &code_p).await;
    Scenario {
        admin: admin.clone(),
        actors: [
            owner,
            other,
            speaker,
            r1.clone(),
            r2,
            fac5,
            fac2,
            organizer,
            admin,
        ],
        p: code_p,
        q: code_q,
        target_review,
        assigned: r1,
    }
}

impl Scenario {
    /// Runs `act` as `who`; `k` makes names and dates unique per call.
    async fn run(&self, db: &TestDb, who: &CurrentUser, act: Act, k: i64) -> Result<Cell, String> {
        let p = &db.portal;
        let m = meta();
        let code = self.p.as_str();
        let r: Result<(), AppError> = match act {
            Act::ReviewPage => p.review_page(who, code).await.map(drop),
            Act::ReviewQueue => {
                return match p.review_queue(who).await {
                    Ok(q) if q.iter().any(|i| i.code == code) => Ok(IN),
                    Ok(_) => Ok(OUT),
                    Err(e) => outcome(Err(e)),
                };
            }
            Act::SaveReview => {
                let form = scored(
                    p,
                    |_| 3,
                    "weak-accept",
                    "Revised.",
                    my_version(p, who, code).await,
                )
                .await;
                p.save_review(who, code, &form, &m).await
            }
            Act::AddReviewComment => {
                p.add_review_comment(who, code, "Is the panel confirmed?", &m)
                    .await
            }
            Act::AssignReviewer => p.assign_reviewer(who, code, self.assigned.id.0, &m).await,
            Act::AutoAssign => p.auto_assign(who, &m).await.map(drop),
            Act::Decide => p
                .decide(
                    who,
                    std::slice::from_ref(&self.q),
                    "accept",
                    "Strong panel",
                    &m,
                )
                .await
                .map(drop),
            Act::ReleaseDecisions => p.release_decisions(who, &m).await.map(drop),
            Act::PendingDecisions => p.pending_decisions(who).await.map(drop),
            Act::OrganizerProposals => p
                .organizer_proposals(who, &OrganizerFilter::default())
                .await
                .map(drop),
            Act::ReviewSetup => p.review_setup(who).await.map(drop),
            Act::UpdateReviewSettings => {
                let form = ReviewSettingsForm {
                    reviewers_per_proposal: "3".into(),
                    blind_review: None,
                    disagreement_threshold: "20".into(),
                    version: p.review_settings().await.unwrap().version,
                };
                p.update_review_settings(who, &form, &m).await
            }
            Act::AddCriterion => {
                let form = criterion_form(
                    &format!("Accessibility {k}"),
                    &[("low_en", "Inaccessible"), ("high_en", "Fully accessible")],
                );
                p.add_criterion(who, &form, &m).await
            }
            Act::AddPhase => {
                let from = db.clock.now() + Duration::days(100 + 2 * k);
                let form = phase(
                    &format!("Round {k}"),
                    from,
                    from + Duration::days(1),
                    true,
                    false,
                );
                p.add_phase(who, &form, &m).await
            }
            Act::AddTeam => {
                let form = TeamForm {
                    name: format!("Team {k}"),
                    action_lines: "C2".into(),
                    formats: String::new(),
                    members: String::new(),
                };
                p.add_team(who, &form, &m).await
            }
            Act::AddReviewer => p.add_reviewer(who, &self.assigned.email, "", &m).await,
            Act::DecisionTemplates => p.decision_templates(who, Locale::En).await.map(drop),
            Act::SaveDecisionTemplate => {
                p.save_decision_template(
                    who,
                    "reject",
                    Locale::En,
                    "About {code}",
                    "Dear {name}, thank you for {title}.",
                    &m,
                )
                .await
            }
            Act::PreviewTemplate => p
                .preview_template(who, "About {code}", "Dear {name}")
                .await
                .map(drop),
            Act::ModerationQueue => p.moderation_queue(who, false).await.map(drop),
            Act::FlagReview => {
                let r = p
                    .flag_review(who, self.target_review, "Off-topic remarks", &m)
                    .await;
                if r.is_ok() {
                    // Back to unflagged, so the next role finds the same review.
                    p.moderate_review(
                        &self.admin,
                        self.target_review,
                        &moderation("unflag", "Reset by the test"),
                        &m,
                    )
                    .await
                    .unwrap();
                }
                r
            }
            Act::HideReview => {
                let r = p
                    .moderate_review(
                        who,
                        self.target_review,
                        &moderation("hide", "Abusive wording"),
                        &m,
                    )
                    .await;
                if r.is_ok() {
                    p.moderate_review(
                        &self.admin,
                        self.target_review,
                        &moderation("restore", "Reset by the test"),
                        &m,
                    )
                    .await
                    .unwrap();
                }
                r
            }
            Act::DeclareConflict => {
                p.declare_conflict(who, code, "I advised this organization", None, &m)
                    .await
            }
        };
        outcome(r)
    }
}

/// The matrix cell a result stands for; any other error is a failure.
fn outcome(r: Result<(), AppError>) -> Result<Cell, String> {
    match r {
        Ok(()) => Ok(Y),
        Err(AppError::Forbidden) => Ok(F),
        Err(AppError::NotFound) => Ok(N),
        Err(other) => Err(format!("{other:?}")),
    }
}

#[tokio::test]
async fn every_role_may_do_exactly_what_the_matrix_says() {
    for db in databases().await {
        let s = scenario(&db).await;
        let p = &db.portal;
        let mut failures = Vec::new();
        let mut k = 0;
        for (act, expected) in MATRIX {
            for (i, who) in s.actors.iter().enumerate() {
                k += 1;
                db.clock.advance(Duration::seconds(1));
                let before = last_audit_id(p).await;
                let got = s.run(&db, who, act, k).await;
                if got != Ok(expected[i]) {
                    failures.push(format!(
                        "{act:?} by {}: expected {:?}, got {got:?}",
                        ROLES[i], expected[i]
                    ));
                }
                // A refusal changes nothing, so it leaves no audit trace.
                if matches!(got, Ok(F | N)) && last_audit_id(p).await != before {
                    failures.push(format!("{act:?} by {}: refused but audited", ROLES[i]));
                }
            }
        }
        assert!(failures.is_empty(), "{}:\n{}", db.kind, failures.join("\n"));
        // A refusal says no more than a proposal or review that does not exist.
        for (i, who) in s.actors.iter().enumerate() {
            assert!(
                matches!(
                    p.review_page(who, "WF27-9999").await,
                    Err(AppError::NotFound)
                ),
                "{}: {}",
                db.kind,
                ROLES[i]
            );
            assert!(
                matches!(
                    p.flag_review(who, 999_999, "Off-topic remarks", &meta())
                        .await,
                    Err(AppError::NotFound)
                ),
                "{}: {}",
                db.kind,
                ROLES[i]
            );
        }
    }
}

// ---------------------------------------------------------------------------
// 2. Blind review
// ---------------------------------------------------------------------------

#[tokio::test]
async fn blind_review_hides_every_identity_from_reviewers_but_not_from_organizers() {
    for db in databases().await {
        let p = &db.portal;
        open_call(&db).await;
        let admin = admin(p).await;
        let organizer = staff(
            p,
            &admin,
            "organizer@wsis.test",
            "Olga Organizer",
            Some(Role::Organizer),
        )
        .await;
        let owner = stakeholder(
            p,
            "Ownerina Zyxwvson",
            "ownerina@zyxwv.test",
            "Zyxwv Foundation",
        )
        .await;
        let speakers = vec![
            panelist(
                "moderator",
                "Qwertina Panelova",
                "Panelorg Quuxbridge",
                "qwertina@panelorg.test",
                "KE",
                "woman",
            ),
            panelist(
                "speaker",
                "Mxyzptl Kbrenner",
                "Kbrenner Institute",
                "mxyzptl@kbrenner.test",
                "BR",
                "man",
            ),
            panelist(
                "speaker",
                "Jabberwocka Snarkfield",
                "Snarkfield Labs",
                "jabberwocka@snarkfield.test",
                "IN",
                "woman",
            ),
            panelist(
                "speaker",
                "Vorpal Tumtumova",
                "Tumtum Collective",
                "vorpal@tumtum.test",
                "FR",
                "non-binary",
            ),
        ];
        let code = submit(
            p,
            &owner,
            proposal("Community networks", "C2", speakers.clone()),
        )
        .await;
        let contact = stakeholder(
            p,
            "Plinthia Coorgova",
            "plinthia@coorgia.test",
            "Coorgia Plinth Institute",
        )
        .await;
        coorganize(p, &owner, &code, &contact, "Coorgia Plinth Institute").await;
        let reviewer = staff(p, &admin, "r1@wsis.test", "Rhea One", Some(Role::Reviewer)).await;
        let fac = facilitator(p, &admin, &organizer, "fac2@wsis.test", "Finn Two", "C2").await;
        p.assign_reviewer(&organizer, &code, reviewer.id.0, &meta())
            .await
            .unwrap();
        write_review(p, &reviewer, &code, |_| 4, "accept", "Good panel.").await;
        p.add_review_comment(&organizer, &code, "Please check the balance.", &meta())
            .await
            .unwrap();

        let mut secrets = vec![
            "Zyxwv Foundation".to_owned(),
            "Coorgia Plinth Institute".into(),
            "Plinthia Coorgova".into(),
            "plinthia@coorgia.test".into(),
            "Ownerina Zyxwvson".into(),
            "ownerina@zyxwv.test".into(),
        ];
        for s in &speakers {
            secrets.extend([s.name.clone(), s.organization.clone(), s.email.clone()]);
        }
        let page_json = |who: CurrentUser| {
            let code = code.clone();
            async move { serde_json::to_string(&p.review_page(&who, &code).await.unwrap()).unwrap() }
        };

        // Without blind review, reviewers see who proposes: the probe works.
        let open = page_json(reviewer.clone()).await;
        for shown in [
            "Zyxwv Foundation",
            "Coorgia Plinth Institute",
            "Qwertina Panelova",
            "Tumtum Collective",
        ] {
            assert!(
                open.contains(shown),
                "{}: {shown} not shown in open review",
                db.kind
            );
        }

        settings(p, &organizer, 3, true, 20).await;
        for who in [&reviewer, &fac] {
            let page = p.review_page(who, &code).await.unwrap();
            assert!(page.blind, "{}", db.kind);
            assert!(page.proposal.organization.is_none() && page.proposal.coorganizers.is_none());
            assert!(
                page.proposal
                    .panel
                    .iter()
                    .all(|s| s.name.is_none() && s.organization.is_none())
            );
            // The facts balance depends on stay.
            assert_eq!(page.proposal.panel.len(), 4);
            assert_eq!(page.proposal.panel[1].country, "BR");
            let page = serde_json::to_string(&page).unwrap();
            let queue = serde_json::to_string(&p.review_queue(who).await.unwrap()).unwrap();
            assert!(
                queue.contains(&code),
                "{}: {} has the proposal queued",
                db.kind,
                who.email
            );
            for secret in &secrets {
                assert!(
                    !page.contains(secret.as_str()),
                    "{}: review page shows {secret} to {}",
                    db.kind,
                    who.email
                );
                assert!(
                    !queue.contains(secret.as_str()),
                    "{}: queue shows {secret} to {}",
                    db.kind,
                    who.email
                );
            }
        }
        let staff_page = p.review_page(&organizer, &code).await.unwrap();
        assert!(!staff_page.blind && staff_page.staff, "{}", db.kind);
        let staff_json = serde_json::to_string(&staff_page).unwrap();
        for s in &speakers {
            assert!(
                staff_json.contains(&s.name) && staff_json.contains(&s.organization),
                "{}: {}",
                db.kind,
                s.name
            );
        }
        for shown in ["Zyxwv Foundation", "Coorgia Plinth Institute"] {
            assert!(
                staff_json.contains(shown),
                "{}: organizers see {shown}",
                db.kind
            );
        }
    }
}

// ---------------------------------------------------------------------------
// 3. Conflicts of interest
// ---------------------------------------------------------------------------

#[tokio::test]
async fn derived_conflicts_hide_the_proposal_and_block_every_assignment() {
    for db in databases().await {
        let p = &db.portal;
        open_call(&db).await;
        let admin = admin(p).await;
        let organizer = staff(
            p,
            &admin,
            "organizer@wsis.test",
            "Olga Organizer",
            Some(Role::Organizer),
        )
        .await;
        let owner = stakeholder(
            p,
            "Ownerina Zyxwvson",
            "ownerina@zyxwv.test",
            "Zyxwv Foundation",
        )
        .await;
        let mut speakers = panel("p");
        speakers[2].email = "Pat.Panel@Panel.test".into();
        let code = submit(p, &owner, proposal("Community networks", "C2", speakers)).await;

        // A colleague in the lead organization.
        let colleague = stakeholder(
            p,
            "Cole League",
            "cole@zyxwv.test",
            "Zyxwv (my own profile)",
        )
        .await;
        let colleague = join(p, &owner, &colleague).await;
        let colleague = make_reviewer(p, &organizer, &colleague).await;
        // The author, who has since moved to another organization.
        let elsewhere = stakeholder(p, "Elsa Where", "elsa@elsewhere.test", "Elsewhere Org").await;
        let author = join(p, &elsewhere, &owner).await;
        assert_ne!(author.organization_id, owner.organization_id);
        let author = make_reviewer(p, &organizer, &author).await;
        // A panelist (the address was typed in another case).
        let on_panel = stakeholder(p, "Pat Panel", "pat.panel@panel.test", "Panel Org 2").await;
        let on_panel = make_reviewer(p, &organizer, &on_panel).await;
        // The co-organizer's contact, and an invited co-organizer who has
        // not answered yet.
        let coorg = stakeholder(p, "Coco Coorg", "coco@coorg.test", "Coorg Org").await;
        coorganize(p, &owner, &code, &coorg, "Coorg Org").await;
        let coorg = make_reviewer(p, &organizer, &coorg).await;
        invite_coorganizer(p, &owner, &code, "ivy@invited.test", "Invited Org").await;
        let invited = stakeholder(p, "Ivy Invited", "ivy@invited.test", "Invited Org").await;
        let invited = make_reviewer(p, &organizer, &invited).await;
        // A colleague of the co-organizer: their organization co-organizes it.
        let coorg_colleague =
            stakeholder(p, "Cora Colleague", "cora@coorg.test", "Cora's profile").await;
        let coorg_colleague = join(p, &coorg, &coorg_colleague).await;
        let coorg_colleague = make_reviewer(p, &organizer, &coorg_colleague).await;
        // And one reviewer without any tie.
        let clean = staff(
            p,
            &admin,
            "clean@wsis.test",
            "Clea Clean",
            Some(Role::Reviewer),
        )
        .await;

        let conflicted = [
            ("organization", &colleague),
            ("author", &author),
            ("panelist", &on_panel),
            ("co-organizer", &coorg),
            ("invited co-organizer", &invited),
            ("co-organizer's colleague", &coorg_colleague),
        ];
        for (why, who) in conflicted {
            assert!(
                matches!(p.review_page(who, &code).await, Err(AppError::NotFound)),
                "{}: {why}",
                db.kind
            );
            let assign = p
                .assign_reviewer(&organizer, &code, who.id.0, &meta())
                .await;
            assert_eq!(
                field_error(assign, "reviewer"),
                Some(("reviewer-conflicted".into(), None)),
                "{}: {why}",
                db.kind
            );
        }

        // Automatic assignment, asked for ten reviewers, finds one.
        settings(p, &organizer, 10, false, 20).await;
        let outcome = p.auto_assign(&organizer, &meta()).await.unwrap();
        assert_eq!(outcome.added, 1, "{}", db.kind);
        assert_eq!(outcome.short, vec![(code.clone(), 1)]);
        let assignees = p.review_page(&organizer, &code).await.unwrap().assignees;
        assert_eq!(
            assignees,
            vec![(clean.id.0, clean.name.clone())],
            "{}",
            db.kind
        );
        for (why, who) in conflicted {
            let queue = p.review_queue(who).await.unwrap();
            assert!(queue.iter().all(|q| q.code != code), "{}: {why}", db.kind);
        }
        assert!(
            p.review_queue(&clean)
                .await
                .unwrap()
                .iter()
                .any(|q| q.code == code)
        );
        p.review_page(&clean, &code).await.unwrap();
    }
}

#[tokio::test]
async fn declaring_a_conflict_ends_the_assignment_and_the_review_stops_counting() {
    for db in databases().await {
        let p = &db.portal;
        open_call(&db).await;
        let admin = admin(p).await;
        let organizer = staff(
            p,
            &admin,
            "organizer@wsis.test",
            "Olga Organizer",
            Some(Role::Organizer),
        )
        .await;
        let owner = stakeholder(
            p,
            "Ownerina Zyxwvson",
            "ownerina@zyxwv.test",
            "Zyxwv Foundation",
        )
        .await;
        let code = submit(p, &owner, proposal("Community networks", "C2", panel("p"))).await;
        let self_declared =
            staff(p, &admin, "r1@wsis.test", "Rhea One", Some(Role::Reviewer)).await;
        let recorded = staff(p, &admin, "r2@wsis.test", "Rex Two", Some(Role::Reviewer)).await;
        let stays = staff(p, &admin, "r3@wsis.test", "Ria Three", Some(Role::Reviewer)).await;
        for r in [&self_declared, &recorded, &stays] {
            p.assign_reviewer(&organizer, &code, r.id.0, &meta())
                .await
                .unwrap();
        }
        write_review(p, &self_declared, &code, |_| 5, "accept", "Excellent.").await;
        write_review(p, &stays, &code, |_| 1, "reject", "Weak.").await;
        assert_eq!(
            row(p, &organizer, &code).await.aggregate.count,
            2,
            "{}",
            db.kind
        );

        p.declare_conflict(
            &self_declared,
            &code,
            "I advised them last year",
            None,
            &meta(),
        )
        .await
        .unwrap();
        p.declare_conflict(
            &organizer,
            &code,
            "Same family as the lead",
            Some(recorded.id.0),
            &meta(),
        )
        .await
        .unwrap();
        let page = p.review_page(&organizer, &code).await.unwrap();
        assert_eq!(
            page.assignees,
            vec![(stays.id.0, stays.name.clone())],
            "{}",
            db.kind
        );
        let mut reasons: Vec<&str> = page.conflicts.iter().map(|(_, r)| r.as_str()).collect();
        reasons.sort();
        assert_eq!(
            reasons,
            vec!["I advised them last year", "Same family as the lead"]
        );
        for who in [&self_declared, &recorded] {
            assert!(
                matches!(p.review_page(who, &code).await, Err(AppError::NotFound)),
                "{}",
                db.kind
            );
            assert!(p.review_queue(who).await.unwrap().is_empty(), "{}", db.kind);
            let again = p
                .assign_reviewer(&organizer, &code, who.id.0, &meta())
                .await;
            assert_eq!(
                field_error(again, "reviewer"),
                Some(("reviewer-conflicted".into(), None))
            );
        }
        // The recused reviewer's review stops counting, for organizers and
        // for the other reviewers alike.
        let agg = row(p, &organizer, &code).await.aggregate;
        assert_eq!((agg.count, agg.mean), (1, Some(0.0)), "{}", db.kind);
        let agg = page.aggregate.unwrap();
        assert_eq!(
            (agg.count, agg.mean),
            (1, Some(0.0)),
            "{}: organizer's review page",
            db.kind
        );
        // Automatic assignment does not bring them back.
        p.auto_assign(&organizer, &meta()).await.unwrap();
        let page = p.review_page(&organizer, &code).await.unwrap();
        assert_eq!(
            page.assignees,
            vec![(stays.id.0, stays.name.clone())],
            "{}",
            db.kind
        );
    }
}

// ---------------------------------------------------------------------------
// 4. The review flow
// ---------------------------------------------------------------------------

#[tokio::test]
async fn a_review_is_validated_versioned_and_saved() {
    for db in databases().await {
        let p = &db.portal;
        open_call(&db).await;
        let admin = admin(p).await;
        let organizer = staff(
            p,
            &admin,
            "organizer@wsis.test",
            "Olga Organizer",
            Some(Role::Organizer),
        )
        .await;
        let owner = stakeholder(
            p,
            "Ownerina Zyxwvson",
            "ownerina@zyxwv.test",
            "Zyxwv Foundation",
        )
        .await;
        let code = submit(p, &owner, proposal("Community networks", "C2", panel("p"))).await;
        let r = staff(p, &admin, "r1@wsis.test", "Rhea One", Some(Role::Reviewer)).await;
        p.assign_reviewer(&organizer, &code, r.id.0, &meta())
            .await
            .unwrap();
        let criteria = p.criteria().await.unwrap();
        let (first, second) = (criteria[0].id, criteria[1].id);

        let mut form = scored(p, |_| 4, "accept", "Fine.", 0).await;
        form.scores.retain(|(id, _)| *id != first);
        form.scores
            .iter_mut()
            .find(|(id, _)| *id == second)
            .unwrap()
            .1 = "6".into();
        form.recommendation = "maybe".into();
        form.confidence = "7".into();
        let e = p.save_review(&r, &code, &form, &meta()).await;
        let Err(AppError::Validation(errs)) = e else {
            panic!("{}: {e:?}", db.kind)
        };
        let code_of = |f: &str| errs.get(f).map(|e| (e.code.as_str(), e.limit));
        assert_eq!(
            code_of(&format!("score-{first}")),
            Some(("required", None)),
            "{}",
            db.kind
        );
        assert_eq!(
            code_of(&format!("score-{second}")),
            Some(("score-out-of-scale", Some(5)))
        );
        assert_eq!(code_of("recommendation"), Some(("choose-from-list", None)));
        assert_eq!(code_of("confidence"), Some(("choose-from-list", None)));
        let mut typo = scored(p, |_| 4, "accept", "Fine.", 0).await;
        typo.scores[0].1 = "four".into();
        let e = p.save_review(&r, &code, &typo, &meta()).await;
        assert_eq!(
            field_error(e, &format!("score-{first}")),
            Some(("number-invalid".into(), None))
        );
        assert!(
            p.review_page(&r, &code).await.unwrap().mine.is_none(),
            "{}: nothing saved",
            db.kind
        );

        p.save_review(
            &r,
            &code,
            &scored(p, |_| 4, "accept", "First.", 0).await,
            &meta(),
        )
        .await
        .unwrap();
        let mine = p.review_page(&r, &code).await.unwrap().mine.unwrap();
        assert_eq!((mine.comment.as_str(), mine.scores.len()), ("First.", 6));
        assert!(
            close(mine.weighted, 75.0),
            "{}: {:?}",
            db.kind,
            mine.weighted
        );
        // A second tab still holding version 0 overwrites nothing.
        let stale = p
            .save_review(
                &r,
                &code,
                &scored(p, |_| 1, "reject", "Stale.", 0).await,
                &meta(),
            )
            .await;
        assert!(
            matches!(stale, Err(AppError::Conflict(ConflictCode::StaleVersion))),
            "{}: {stale:?}",
            db.kind
        );
        p.save_review(
            &r,
            &code,
            &scored(p, |_| 2, "weak-reject", "Second.", mine.version).await,
            &meta(),
        )
        .await
        .unwrap();
        let after = p.review_page(&r, &code).await.unwrap().mine.unwrap();
        assert_eq!(
            (after.comment.as_str(), after.version),
            ("Second.", mine.version + 1),
            "{}",
            db.kind
        );
        assert!(close(after.weighted, 25.0));
    }
}

#[tokio::test]
async fn criterion_scale_texts_are_kept_per_language_in_the_order_first_entered() {
    for db in databases().await {
        let p = &db.portal;
        open_call(&db).await;
        let admin = admin(p).await;
        let organizer = staff(
            p,
            &admin,
            "organizer@wsis.test",
            "Olga Organizer",
            Some(Role::Organizer),
        )
        .await;
        let m = meta();
        // A criterion of the organizers' own must say what its ends mean.
        let err = p
            .add_criterion(
                &organizer,
                &criterion_form("Accessibility", &[("low_fr", "Inaccessible")]),
                &m,
            )
            .await
            .unwrap_err();
        let AppError::Validation(e) = err else {
            panic!("{err:?}")
        };
        assert_eq!(
            e.get("scale").map(|e| e.code.as_str()),
            Some("scale-texts-required")
        );
        let long = "x".repeat(161);
        let err = p
            .add_criterion(
                &organizer,
                &criterion_form("Accessibility", &[("low_fr", "Faible"), ("high_fr", &long)]),
                &m,
            )
            .await
            .unwrap_err();
        let AppError::Validation(e) = err else {
            panic!("{err:?}")
        };
        assert_eq!(e.get("high_fr").map(|e| e.code.as_str()), Some("too-long"));

        p.add_criterion(
            &organizer,
            &criterion_form(
                "Accessibility",
                &[("low_fr", "Inaccessible"), ("high_fr", "Accessible à tous")],
            ),
            &m,
        )
        .await
        .unwrap();
        let added = p.criteria().await.unwrap().into_iter().last().unwrap();
        assert_eq!(
            added.scale_low.best(Locale::Ar),
            Some((Locale::Fr, "Inaccessible"))
        );
        // Adding Arabic and English keeps French first: readers of Chinese
        // still see the French original.
        let edit = criterion_form(
            "Accessibility",
            &[
                ("low_ar", "غير متاح"),
                ("low_en", "Inaccessible to many"),
                ("low_fr", "Inaccessible"),
                ("high_fr", "Accessible à tous"),
            ],
        );
        p.update_criterion(&organizer, added.id, &edit, &m)
            .await
            .unwrap();
        let saved = p.criteria().await.unwrap().into_iter().last().unwrap();
        assert_eq!(
            saved.scale_low.languages().collect::<Vec<_>>(),
            vec![Locale::Fr, Locale::Ar, Locale::En]
        );
        assert_eq!(
            saved.scale_low.best(Locale::Zh),
            Some((Locale::Fr, "Inaccessible"))
        );
        assert_eq!(saved.scale_low.exact(Locale::Ar), Some("غير متاح"));

        // Default criteria have translated standard texts, so none are
        // required, and an override is kept for its language only.
        let relevance = p.criteria().await.unwrap().into_iter().next().unwrap();
        let mut form = criterion_form("", &[("high_es", "Imprescindible")]);
        form.weight = relevance.weight.to_string();
        p.update_criterion(&organizer, relevance.id, &form, &m)
            .await
            .unwrap();
        let relevance = p.criteria().await.unwrap().into_iter().next().unwrap();
        assert!(relevance.scale_low.is_empty());
        assert_eq!(
            relevance.scale_high.exact(Locale::Es),
            Some("Imprescindible")
        );
        assert_eq!(relevance.scale_high.exact(Locale::En), None);

        // Only staff set criteria.
        let owner = stakeholder(
            p,
            "Ownerina Zyxwvson",
            "ownerina@zyxwv.test",
            "Zyxwv Foundation",
        )
        .await;
        let err = p
            .update_criterion(&owner, relevance.id, &form, &m)
            .await
            .unwrap_err();
        assert!(matches!(err, AppError::Forbidden), "{err:?}");
    }
}

#[tokio::test]
async fn reviews_are_written_only_while_a_phase_allows_it() {
    for db in databases().await {
        let p = &db.portal;
        open_call(&db).await;
        let admin = admin(p).await;
        let organizer = staff(
            p,
            &admin,
            "organizer@wsis.test",
            "Olga Organizer",
            Some(Role::Organizer),
        )
        .await;
        let owner = stakeholder(
            p,
            "Ownerina Zyxwvson",
            "ownerina@zyxwv.test",
            "Zyxwv Foundation",
        )
        .await;
        let code = submit(p, &owner, proposal("Community networks", "C2", panel("p"))).await;
        let r = staff(p, &admin, "r1@wsis.test", "Rhea One", Some(Role::Reviewer)).await;
        p.assign_reviewer(&organizer, &code, r.id.0, &meta())
            .await
            .unwrap();
        let now = db.clock.now();
        let day = |n: i64| now + Duration::days(n);
        p.add_phase(
            &organizer,
            &phase("Reviewing", day(10), day(20), true, false),
            &meta(),
        )
        .await
        .unwrap();
        p.add_phase(
            &organizer,
            &phase("Deliberation", day(20), day(30), false, true),
            &meta(),
        )
        .await
        .unwrap();
        let overlap = p
            .add_phase(
                &organizer,
                &phase("Overlap", day(15), day(25), true, true),
                &meta(),
            )
            .await;
        assert_eq!(
            field_error(overlap, "starts_at"),
            Some(("phase-overlaps".into(), None)),
            "{}",
            db.kind
        );

        let attempt = |version| {
            let r = r.clone();
            let code = code.clone();
            async move {
                let form = scored(p, |_| 4, "accept", "Fine.", version).await;
                p.save_review(&r, &code, &form, &meta()).await
            }
        };
        // Before the first phase: closed.
        let early = attempt(0).await;
        assert!(
            matches!(
                early,
                Err(AppError::Conflict(ConflictCode::ReviewPhaseClosed))
            ),
            "{}: {early:?}",
            db.kind
        );
        let page = p.review_page(&r, &code).await.unwrap();
        assert_eq!(
            (page.can_review, page.cannot_review),
            (false, Some("review-phase-closed"))
        );
        // In the reviewing phase: open.
        db.clock.advance(Duration::days(10) + Duration::minutes(1));
        attempt(0).await.unwrap();
        assert!(
            p.review_page(&r, &code).await.unwrap().can_review,
            "{}",
            db.kind
        );
        // In the deliberation phase: closed again.
        db.clock.advance(Duration::days(10));
        let late = attempt(my_version(p, &r, &code).await).await;
        assert!(
            matches!(
                late,
                Err(AppError::Conflict(ConflictCode::ReviewPhaseClosed))
            ),
            "{}: {late:?}",
            db.kind
        );
    }
}

#[tokio::test]
async fn organizers_see_weighted_aggregates_and_disagreement() {
    for db in databases().await {
        let p = &db.portal;
        open_call(&db).await;
        let admin = admin(p).await;
        let organizer = staff(
            p,
            &admin,
            "organizer@wsis.test",
            "Olga Organizer",
            Some(Role::Organizer),
        )
        .await;
        let owner = stakeholder(
            p,
            "Ownerina Zyxwvson",
            "ownerina@zyxwv.test",
            "Zyxwv Foundation",
        )
        .await;
        let p1 = submit(p, &owner, proposal("Split opinions", "C2", panel("a"))).await;
        let p2 = submit(p, &owner, proposal("Broad agreement", "C2", panel("b"))).await;
        let a = staff(p, &admin, "a@wsis.test", "Ana A", Some(Role::Reviewer)).await;
        let b = staff(p, &admin, "b@wsis.test", "Ben B", Some(Role::Reviewer)).await;
        let c = staff(p, &admin, "c@wsis.test", "Cai C", Some(Role::Reviewer)).await;
        for (code, rs) in [(&p1, vec![&a, &b, &c]), (&p2, vec![&a, &b])] {
            for r in rs {
                p.assign_reviewer(&organizer, code, r.id.0, &meta())
                    .await
                    .unwrap();
            }
        }
        // Default criteria weigh 25, 20, 15, 15, 15, 10 on 1–5 scales.
        write_review(p, &a, &p1, |_| 5, "accept", "Top.").await; // 100
        write_review(p, &b, &p1, |_| 1, "reject", "No.").await; // 0
        let mixed = |c: &Criterion| match c.code.as_str() {
            "relevance" => 5,
            "multistakeholder" => 3,
            _ => 1,
        };
        write_review(p, &c, &p1, mixed, "weak-reject", "Relevant only.").await; // (100·25 + 50·20) / 100 = 35
        write_review(p, &a, &p2, |_| 4, "accept", "Good.").await; // 75
        write_review(p, &b, &p2, |_| 5, "weak-accept", "Very good.").await; // 100
        assert!(
            close(
                p.review_page(&c, &p1).await.unwrap().mine.unwrap().weighted,
                35.0
            ),
            "{}",
            db.kind
        );

        let split = row(p, &organizer, &p1).await.aggregate;
        assert_eq!(split.count, 3, "{}", db.kind);
        assert!(close(split.mean, 45.0), "{}: {split:?}", db.kind);
        assert!(close(split.median, 35.0), "{}: {split:?}", db.kind);
        assert!(
            close(split.std_dev, (5150.0f64 / 3.0).sqrt()),
            "{}: {split:?}",
            db.kind
        );
        assert!(split.disagreement);
        let agree = row(p, &organizer, &p2).await.aggregate;
        assert_eq!(agree.count, 2);
        assert!(
            close(agree.mean, 87.5) && close(agree.median, 87.5) && close(agree.std_dev, 12.5),
            "{}: {agree:?}",
            db.kind
        );
        assert!(!agree.disagreement, "{}", db.kind);
        // The organizer's review page agrees with the list.
        assert_eq!(
            p.review_page(&organizer, &p1).await.unwrap().aggregate,
            Some(split)
        );

        let only_disagreeing = OrganizerFilter {
            disagreement: "yes".into(),
            ..Default::default()
        };
        let (rows, total) = p
            .organizer_proposals(&organizer, &only_disagreeing)
            .await
            .unwrap();
        assert_eq!(
            (rows[0].code.as_str(), total),
            (p1.as_str(), 1),
            "{}",
            db.kind
        );
        let by_mean = OrganizerFilter {
            sort: portal::services::OrganizerSort::Mean,
            dir: "desc".into(),
            ..Default::default()
        };
        let (rows, _) = p.organizer_proposals(&organizer, &by_mean).await.unwrap();
        assert_eq!(
            rows.iter().map(|r| r.code.as_str()).collect::<Vec<_>>(),
            vec![p2.as_str(), p1.as_str()]
        );
        // A lower threshold makes a spread of 12.5 a disagreement.
        settings(p, &organizer, 3, false, 10).await;
        assert!(
            row(p, &organizer, &p2).await.aggregate.disagreement,
            "{}",
            db.kind
        );
    }
}

#[tokio::test]
async fn a_facilitators_line_report_hides_scores_until_it_has_written_its_own_review() {
    for db in databases().await {
        let p = &db.portal;
        open_call(&db).await;
        let admin = admin(p).await;
        let organizer = staff(
            p,
            &admin,
            "organizer@wsis.test",
            "Olga Organizer",
            Some(Role::Organizer),
        )
        .await;
        // A phase in which reviewers see each other's reviews after their own.
        open_review_phase(&db, &organizer).await;
        let owner = stakeholder(
            p,
            "Ownerina Zyxwvson",
            "ownerina@zyxwv.test",
            "Zyxwv Foundation",
        )
        .await;
        let code = submit(p, &owner, proposal("Rural broadband", "C2", panel("a"))).await;
        let other = staff(p, &admin, "a@wsis.test", "Ana A", Some(Role::Reviewer)).await;
        p.assign_reviewer(&organizer, &code, other.id.0, &meta())
            .await
            .unwrap();
        write_review(p, &other, &code, |_| 4, "accept", "Good.").await; // 75
        let fac = facilitator(p, &admin, &organizer, "fac@wsis.test", "Fay Facil", "C2").await;

        // Before its own review: the review page hides the other review …
        let page = p.review_page(&fac, &code).await.unwrap();
        assert!(
            page.others.is_empty() && page.aggregate.is_none(),
            "{}",
            db.kind
        );
        // … and so do the line report and its CSV.
        let report = p.line_report(&fac, "C2").await.unwrap();
        let r = report.rows.iter().find(|r| r.code == code).unwrap();
        assert!(r.results_hidden, "{}", db.kind);
        assert_eq!(
            (r.aggregate.count, r.aggregate.mean),
            (0, None),
            "{}",
            db.kind
        );
        let csv = report.to_csv();
        assert!(
            !csv.contains("75.0"),
            "{}: the other reviewer's score leaks: {csv}",
            db.kind
        );
        assert!(csv.contains(",hidden,"), "{}: {csv}", db.kind);
        // Organizers see the results all along.
        let staff_report = p.line_report(&organizer, "C2").await.unwrap();
        let r = staff_report.rows.iter().find(|r| r.code == code).unwrap();
        assert!(
            !r.results_hidden && close(r.aggregate.mean, 75.0),
            "{}",
            db.kind
        );

        // After its own review, the facilitator sees both, like on the review page.
        write_review(p, &fac, &code, |_| 5, "accept", "Very good.").await; // 100
        let report = p.line_report(&fac, "C2").await.unwrap();
        let r = report.rows.iter().find(|r| r.code == code).unwrap();
        assert!(!r.results_hidden, "{}", db.kind);
        assert_eq!(r.aggregate.count, 2, "{}", db.kind);
        assert!(
            close(r.aggregate.mean, 87.5),
            "{}: {:?}",
            db.kind,
            r.aggregate
        );
        assert_eq!(
            p.review_page(&fac, &code).await.unwrap().aggregate,
            Some(r.aggregate),
            "{}",
            db.kind
        );
    }
}

#[tokio::test]
async fn the_organizers_list_carries_themes_assignments_and_filters_on_them() {
    for db in databases().await {
        let p = &db.portal;
        open_call(&db).await;
        let admin = admin(p).await;
        let organizer = staff(
            p,
            &admin,
            "organizer@wsis.test",
            "Olga Organizer",
            Some(Role::Organizer),
        )
        .await;
        let owner = stakeholder(p, "Owner Person", "owner@zyxwv.test", "Zyxwv Foundation").await;
        let mut two_themes = proposal("Two themes", "C5", panel("a"));
        two_themes
            .action_lines
            .push(portal::domain::proposal::ThemeChoice {
                code: "C2".into(),
                rationale: "Infrastructure.".into(),
            });
        two_themes.sdgs.push(portal::domain::proposal::ThemeChoice {
            code: "4".into(),
            rationale: "Education.".into(),
        });
        let p1 = submit(p, &owner, two_themes).await;
        let p2 = submit(p, &owner, proposal("One theme", "C2", panel("b"))).await;
        for email in ["a@wsis.test", "b@wsis.test"] {
            let r = staff(p, &admin, email, "Rev Iewer", Some(Role::Reviewer)).await;
            p.assign_reviewer(&organizer, &p1, r.id.0, &meta())
                .await
                .unwrap();
        }
        let first = row(p, &organizer, &p1).await;
        assert_eq!(first.action_lines, vec!["C5", "C2"], "{}", db.kind);
        assert_eq!(first.sdgs, vec![9, 4], "{}", db.kind);
        assert_eq!(first.assigned, 2, "{}", db.kind);
        assert_eq!((first.decision, first.released), (None, false));
        assert_eq!(first.aggregate.count, 0, "{}", db.kind);
        assert_eq!(row(p, &organizer, &p2).await.assigned, 0);
        let o = &organizer;
        let codes = |f: OrganizerFilter| async move {
            p.organizer_proposals(o, &f)
                .await
                .unwrap()
                .0
                .into_iter()
                .map(|r| r.code)
                .collect::<Vec<_>>()
        };
        let by_line = OrganizerFilter {
            line: "C5".into(),
            ..Default::default()
        };
        assert_eq!(codes(by_line).await, vec![p1.clone()], "{}", db.kind);
        let by_sdg = OrganizerFilter {
            sdg: "9".into(),
            ..Default::default()
        };
        assert_eq!(codes(by_sdg).await, vec![p1.clone(), p2.clone()]);
        let by_other_sdg = OrganizerFilter {
            sdg: "4".into(),
            ..Default::default()
        };
        assert_eq!(codes(by_other_sdg).await, vec![p1.clone()]);
    }
}

#[tokio::test]
async fn the_next_proposal_to_review_is_the_least_reviewed_one() {
    for db in databases().await {
        let p = &db.portal;
        open_call(&db).await;
        let admin = admin(p).await;
        let organizer = staff(
            p,
            &admin,
            "organizer@wsis.test",
            "Olga Organizer",
            Some(Role::Organizer),
        )
        .await;
        let owner = stakeholder(
            p,
            "Ownerina Zyxwvson",
            "ownerina@zyxwv.test",
            "Zyxwv Foundation",
        )
        .await;
        let p1 = submit(p, &owner, proposal("First proposal", "C2", panel("a"))).await;
        let p2 = submit(p, &owner, proposal("Second proposal", "C2", panel("b"))).await;
        let p3 = submit(p, &owner, proposal("Third proposal", "C2", panel("c"))).await;
        let a = staff(p, &admin, "a@wsis.test", "Ana A", Some(Role::Reviewer)).await;
        let b = staff(p, &admin, "b@wsis.test", "Ben B", Some(Role::Reviewer)).await;
        let d = staff(p, &admin, "d@wsis.test", "Dee D", Some(Role::Reviewer)).await;
        for (code, rs) in [
            (&p1, vec![&a, &b, &d]),
            (&p2, vec![&a, &d]),
            (&p3, vec![&d]),
        ] {
            for r in rs {
                p.assign_reviewer(&organizer, code, r.id.0, &meta())
                    .await
                    .unwrap();
            }
        }
        write_review(p, &a, &p1, |_| 3, "accept", "Ok.").await;
        write_review(p, &b, &p1, |_| 3, "accept", "Ok.").await;
        write_review(p, &a, &p2, |_| 3, "accept", "Ok.").await;
        // Reviews so far: P1 2, P2 1, P3 0.
        assert_eq!(
            p.next_to_review(&d).await.unwrap(),
            Some(p3.clone()),
            "{}",
            db.kind
        );
        assert_eq!(
            p.review_page(&d, &p1).await.unwrap().next,
            Some(p3.clone()),
            "{}",
            db.kind
        );
        // On the page of the least-reviewed proposal, "next" is the one after it.
        assert_eq!(
            p.review_page(&d, &p3).await.unwrap().next,
            Some(p2.clone()),
            "{}",
            db.kind
        );
        write_review(p, &d, &p3, |_| 3, "accept", "Ok.").await;
        assert_eq!(
            p.next_to_review(&d).await.unwrap(),
            Some(p2.clone()),
            "{}",
            db.kind
        );
        write_review(p, &d, &p2, |_| 3, "accept", "Ok.").await;
        assert_eq!(
            p.next_to_review(&d).await.unwrap(),
            Some(p1.clone()),
            "{}",
            db.kind
        );
        write_review(p, &d, &p1, |_| 3, "accept", "Ok.").await;
        assert_eq!(p.next_to_review(&d).await.unwrap(), None, "{}", db.kind);
    }
}

// ---------------------------------------------------------------------------
// 5. Decisions
// ---------------------------------------------------------------------------

/// Decision e-mails in the outbox, oldest first: (to, template, subject, body).
async fn decision_mails(p: &Portal) -> Vec<(String, String, String, String)> {
    let mut all: Vec<_> = p
        .outbox(None, 500)
        .await
        .unwrap()
        .into_iter()
        .filter(|m| m.template.starts_with("decision-"))
        .map(|m| (m.to_address, m.template, m.subject, m.body_text))
        .collect();
    all.reverse();
    all
}

#[tokio::test]
async fn decisions_stay_pending_until_released_and_each_recipient_gets_one_email() {
    for db in databases().await {
        let p = &db.portal;
        open_call(&db).await;
        let admin = admin(p).await;
        let organizer = staff(
            p,
            &admin,
            "organizer@wsis.test",
            "Olga Organizer",
            Some(Role::Organizer),
        )
        .await;
        let ana = stakeholder(
            p,
            "Ownerina Zyxwvson",
            "ownerina@zyxwv.test",
            "Zyxwv Foundation",
        )
        .await;
        let ben = stakeholder(p, "Ben Other", "ben@other.test", "Other Org").await;
        let cat = stakeholder(p, "Cat Third", "cat@third.test", "Third Org").await;
        let accepted = submit(p, &ana, proposal("Community networks", "C2", panel("a"))).await;
        let rejected = submit(p, &ben, proposal("Digital libraries", "C3", panel("b"))).await;
        let waitlisted = submit(p, &cat, proposal("Cyber hygiene", "C5", panel("c"))).await;
        let coco = stakeholder(p, "Coco Coorg", "coco@coorg.test", "Coorg Org").await;
        coorganize(p, &ana, &accepted, &coco, "Coorg Org").await;

        let bad = p
            .decide(
                &organizer,
                std::slice::from_ref(&accepted),
                "maybe",
                "",
                &meta(),
            )
            .await
            .map(drop);
        assert_eq!(
            field_error(bad, "outcome"),
            Some(("choose-from-list".into(), None)),
            "{}",
            db.kind
        );
        for (code, outcome) in [
            (&accepted, "accept"),
            (&rejected, "reject"),
            (&waitlisted, "waitlist"),
        ] {
            let n = p
                .decide(
                    &organizer,
                    std::slice::from_ref(code),
                    outcome,
                    "Panel discussion",
                    &meta(),
                )
                .await
                .unwrap();
            assert_eq!(n, 1);
        }
        // Pending: nothing changes for proposers, nobody is told.
        assert_eq!(
            p.proposal(&ana, &accepted).await.unwrap().status,
            ProposalStatus::Submitted,
            "{}",
            db.kind
        );
        assert!(decision_mails(p).await.is_empty(), "{}", db.kind);
        let r = row(p, &organizer, &accepted).await;
        assert_eq!((r.decision.as_deref(), r.released), (Some("accept"), false));
        assert_eq!(
            p.pending_decisions(&organizer).await.unwrap(),
            vec![
                ("accept".to_string(), 1),
                ("reject".to_string(), 1),
                ("waitlist".to_string(), 1)
            ],
            "{}",
            db.kind
        );

        // Organizers word the acceptance; placeholders must be known ones.
        let unknown = p
            .save_decision_template(
                &organizer,
                "accept",
                Locale::En,
                "Hello {nmae}",
                "Dear {name}",
                &meta(),
            )
            .await;
        assert_eq!(
            field_error(unknown, "subject"),
            Some(("unknown-placeholder".into(), None)),
            "{}",
            db.kind
        );
        let unknown = p
            .save_decision_template(
                &organizer,
                "accept",
                Locale::En,
                "Accepted",
                "Dear {name}, see {url}",
                &meta(),
            )
            .await;
        assert_eq!(
            field_error(unknown, "body"),
            Some(("unknown-placeholder".into(), None))
        );
        let subject = "Accepted: {code} at {edition}";
        let body =
            "Dear {name},\n\n\"{title}\" ({code}) is in the programme. Please confirm: {link}";
        p.save_decision_template(&organizer, "accept", Locale::En, subject, body, &meta())
            .await
            .unwrap();
        let templates = p.decision_templates(&organizer, Locale::En).await.unwrap();
        let custom: Vec<(&str, bool)> = templates
            .iter()
            .map(|t| (t.outcome.as_str(), t.custom))
            .collect();
        assert_eq!(
            custom,
            vec![
                ("accept", true),
                ("waitlist", false),
                ("reject", false),
                ("merge", false)
            ],
            "{}",
            db.kind
        );
        let preview = p.preview_template(&organizer, subject, body).await.unwrap();
        assert_eq!(
            preview.subject,
            format!("Accepted: {accepted} at WSIS Forum 2027"),
            "{}",
            db.kind
        );
        assert!(
            preview.body.starts_with("Dear Ownerina Zyxwvson,"),
            "{}: {}",
            db.kind,
            preview.body
        );

        assert_eq!(
            p.release_decisions(&organizer, &meta()).await.unwrap(),
            3,
            "{}",
            db.kind
        );
        for (who, code, status) in [
            (&ana, &accepted, ProposalStatus::Accepted),
            (&ben, &rejected, ProposalStatus::Rejected),
            (&cat, &waitlisted, ProposalStatus::Waitlisted),
        ] {
            assert_eq!(
                p.proposal(who, code).await.unwrap().status,
                status,
                "{}",
                db.kind
            );
        }
        let mails = decision_mails(p).await;
        let mut recipients: Vec<(&str, &str)> = mails
            .iter()
            .map(|(to, t, ..)| (to.as_str(), t.as_str()))
            .collect();
        recipients.sort();
        assert_eq!(
            recipients,
            vec![
                ("ben@other.test", "decision-reject"),
                ("cat@third.test", "decision-waitlist"),
                ("coco@coorg.test", "decision-accept"),
                ("ownerina@zyxwv.test", "decision-accept"),
            ],
            "{}",
            db.kind
        );
        let to_ana = mails.iter().find(|m| m.0 == "ownerina@zyxwv.test").unwrap();
        assert_eq!(
            to_ana.2,
            format!("Accepted: {accepted} at WSIS Forum 2027"),
            "{}",
            db.kind
        );
        assert_eq!(
            to_ana.3,
            format!(
                "Dear Ownerina Zyxwvson,\n\n\"Community networks\" ({accepted}) is in the programme. \
                 Please confirm: http://127.0.0.1:3000/proposals/{accepted}"
            )
        );
        let to_coco = mails.iter().find(|m| m.0 == "coco@coorg.test").unwrap();
        assert!(
            to_coco.3.starts_with("Dear Coco Coorg,"),
            "{}: {}",
            db.kind,
            to_coco.3
        );
        let r = row(p, &organizer, &accepted).await;
        assert_eq!((r.decision.as_deref(), r.released), (Some("accept"), true));
        assert!(p.pending_decisions(&organizer).await.unwrap().is_empty());
        // Releasing again releases nothing and sends nothing.
        assert_eq!(
            p.release_decisions(&organizer, &meta()).await.unwrap(),
            0,
            "{}",
            db.kind
        );
        assert_eq!(decision_mails(p).await.len(), 4, "{}", db.kind);

        // A waitlisted proposal is promoted.
        p.decide(
            &organizer,
            std::slice::from_ref(&waitlisted),
            "accept",
            "A slot opened",
            &meta(),
        )
        .await
        .unwrap();
        assert_eq!(
            p.pending_decisions(&organizer).await.unwrap(),
            vec![("accept".to_string(), 1)]
        );
        assert_eq!(
            p.proposal(&cat, &waitlisted).await.unwrap().status,
            ProposalStatus::Waitlisted
        );
        assert_eq!(
            p.release_decisions(&organizer, &meta()).await.unwrap(),
            1,
            "{}",
            db.kind
        );
        assert_eq!(
            p.proposal(&cat, &waitlisted).await.unwrap().status,
            ProposalStatus::Accepted
        );
        let mails = decision_mails(p).await;
        assert_eq!(mails.len(), 5, "{}", db.kind);
        let last = mails.last().unwrap();
        assert_eq!(
            (last.0.as_str(), last.1.as_str()),
            ("cat@third.test", "decision-accept")
        );
        assert_eq!(last.2, format!("Accepted: {waitlisted} at WSIS Forum 2027"));

        // The proposers confirm accepted sessions, and only those.
        assert!(
            matches!(
                p.confirm_session(&ben, &accepted, &meta()).await,
                Err(AppError::NotFound)
            ),
            "{}",
            db.kind
        );
        assert!(matches!(
            p.confirm_session(&ben, &rejected, &meta()).await,
            Err(AppError::Conflict(ConflictCode::NotConfirmable))
        ));
        p.confirm_session(&ana, &accepted, &meta()).await.unwrap();
        assert_eq!(
            p.proposal(&ana, &accepted).await.unwrap().status,
            ProposalStatus::Confirmed,
            "{}",
            db.kind
        );
        assert!(matches!(
            p.decide(
                &organizer,
                std::slice::from_ref(&accepted),
                "reject",
                "",
                &meta()
            )
            .await,
            Err(AppError::Conflict(ConflictCode::NotDecidable))
        ));
        let releases = p
            .recent_audit(Some(organizer.id), 100)
            .await
            .unwrap()
            .into_iter()
            .filter(|e| e.action == "decision.release")
            .count();
        assert_eq!(releases, 4, "{}", db.kind);
    }
}

/// The built-in decision e-mails are Fluent messages
/// (`email-decision-<outcome>-subject` / `-body`).
#[tokio::test]
async fn built_in_decision_templates_have_text() {
    for db in databases().await {
        let p = &db.portal;
        open_call(&db).await;
        let admin = admin(p).await;
        for t in p.decision_templates(&admin, Locale::En).await.unwrap() {
            assert!(!t.custom);
            for text in [&t.subject, &t.body] {
                assert!(
                    !text.contains("Unknown localization"),
                    "{}: {}: {text}",
                    db.kind,
                    t.outcome
                );
            }
            assert!(
                t.body.contains("{name}") && t.body.contains("{link}"),
                "{}: {}",
                t.outcome,
                t.body
            );
        }
    }
}

// ---------------------------------------------------------------------------
// 6. Moderation
// ---------------------------------------------------------------------------

#[tokio::test]
async fn moderation_hides_locks_and_edits_with_a_trace_and_an_audit_entry() {
    for db in databases().await {
        let p = &db.portal;
        open_call(&db).await;
        let admin = admin(p).await;
        let organizer = staff(
            p,
            &admin,
            "organizer@wsis.test",
            "Olga Organizer",
            Some(Role::Organizer),
        )
        .await;
        let owner = stakeholder(
            p,
            "Ownerina Zyxwvson",
            "ownerina@zyxwv.test",
            "Zyxwv Foundation",
        )
        .await;
        let code = submit(p, &owner, proposal("Community networks", "C2", panel("p"))).await;
        let kind = staff(p, &admin, "r1@wsis.test", "Rhea One", Some(Role::Reviewer)).await;
        let rude = staff(p, &admin, "r2@wsis.test", "Rex Two", Some(Role::Reviewer)).await;
        open_review_phase(&db, &organizer).await;
        for r in [&kind, &rude] {
            p.assign_reviewer(&organizer, &code, r.id.0, &meta())
                .await
                .unwrap();
        }
        write_review(p, &kind, &code, |_| 5, "accept", "Original wording.").await;
        write_review(p, &rude, &code, |_| 1, "reject", "Rude remark.").await;
        let kind_review = review_id(p, &kind, &code).await;
        let rude_review = review_id(p, &rude, &code).await;
        let agg = row(p, &organizer, &code).await.aggregate;
        assert_eq!((agg.count, agg.mean), (2, Some(50.0)), "{}", db.kind);

        // A fellow reviewer flags it; admins find it in the flagged queue.
        p.flag_review(&kind, rude_review, "Insulting the proposers", &meta())
            .await
            .unwrap();
        let flagged = p.moderation_queue(&admin, true).await.unwrap();
        assert_eq!(
            flagged.iter().map(|r| r.id).collect::<Vec<_>>(),
            vec![rude_review],
            "{}",
            db.kind
        );

        // Hidden: no longer counted, no longer shown to other reviewers.
        let no_reason = p
            .moderate_review(&admin, rude_review, &moderation("hide", ""), &meta())
            .await;
        assert_eq!(
            field_error(no_reason, "reason").map(|e| e.0),
            Some("required".into()),
            "{}",
            db.kind
        );
        p.moderate_review(
            &admin,
            rude_review,
            &moderation("hide", "Insulting language"),
            &meta(),
        )
        .await
        .unwrap();
        let twice = p
            .moderate_review(&admin, rude_review, &moderation("hide", "Again"), &meta())
            .await;
        assert!(
            matches!(
                twice,
                Err(AppError::Conflict(ConflictCode::ModerationNoChange))
            ),
            "{}",
            db.kind
        );
        let agg = row(p, &organizer, &code).await.aggregate;
        assert_eq!((agg.count, agg.mean), (1, Some(100.0)), "{}", db.kind);
        let seen_by_kind = p.review_page(&kind, &code).await.unwrap();
        assert!(
            seen_by_kind.others.iter().all(|r| r.id != rude_review),
            "{}",
            db.kind
        );
        assert_eq!(seen_by_kind.aggregate.map(|a| a.count), Some(1));
        assert!(matches!(
            p.flag_review(&kind, rude_review, "Still rude", &meta())
                .await,
            Err(AppError::NotFound)
        ));
        // Organizers still see it, marked hidden.
        let staff_view = p.review_page(&organizer, &code).await.unwrap();
        let hidden = staff_view
            .others
            .iter()
            .find(|r| r.id == rude_review)
            .unwrap();
        assert_eq!(hidden.state, "hidden", "{}", db.kind);
        assert_eq!(staff_view.aggregate.map(|a| a.count), Some(1));
        // Its author sees why, and may no longer change it.
        let own = p.review_page(&rude, &code).await.unwrap();
        let mine = own.mine.unwrap();
        let notes: Vec<(&str, &str)> = mine
            .moderation
            .iter()
            .map(|n| (n.action.as_str(), n.reason.as_str()))
            .collect();
        assert_eq!(
            notes,
            vec![
                ("flag", "Insulting the proposers"),
                ("hide", "Insulting language")
            ],
            "{}",
            db.kind
        );
        assert_eq!(
            (mine.state.as_str(), own.cannot_review),
            ("hidden", Some("review-hidden"))
        );
        let form = scored(p, |_| 2, "reject", "Sorry.", mine.version).await;
        let r = p.save_review(&rude, &code, &form, &meta()).await;
        assert!(
            matches!(r, Err(AppError::Conflict(ConflictCode::ReviewHidden))),
            "{}: {r:?}",
            db.kind
        );
        // Restored: counted again.
        p.moderate_review(
            &admin,
            rude_review,
            &moderation("restore", "Author apologised"),
            &meta(),
        )
        .await
        .unwrap();
        assert_eq!(
            row(p, &organizer, &code).await.aggregate.count,
            2,
            "{}",
            db.kind
        );

        // Locked: its author cannot change it until unlocked.
        p.moderate_review(
            &admin,
            kind_review,
            &moderation("lock", "Under investigation"),
            &meta(),
        )
        .await
        .unwrap();
        let version = my_version(p, &kind, &code).await;
        let form = scored(p, |_| 4, "accept", "Original wording.", version).await;
        let r = p.save_review(&kind, &code, &form, &meta()).await;
        assert!(
            matches!(r, Err(AppError::Conflict(ConflictCode::ReviewLocked))),
            "{}: {r:?}",
            db.kind
        );
        assert_eq!(
            p.review_page(&kind, &code).await.unwrap().cannot_review,
            Some("review-locked")
        );
        p.moderate_review(
            &admin,
            kind_review,
            &moderation("unlock", "Investigation closed"),
            &meta(),
        )
        .await
        .unwrap();
        // Moderation changes the review, so an editor opened before is stale.
        let stale = p.save_review(&kind, &code, &form, &meta()).await;
        assert!(
            matches!(stale, Err(AppError::Conflict(ConflictCode::StaleVersion))),
            "{}: {stale:?}",
            db.kind
        );
        write_review(p, &kind, &code, |_| 4, "accept", "Original wording.").await;

        // Edited: the history keeps the text before and after.
        let edit = ModerationForm {
            action: "edit".into(),
            reason: "Removed a personal remark".into(),
            comment: Some("Edited wording.".into()),
            recommendation: Some("weak-accept".into()),
            reviewer: None,
        };
        p.moderate_review(&admin, kind_review, &edit, &meta())
            .await
            .unwrap();
        let queue = p.moderation_queue(&admin, false).await.unwrap();
        let edited = queue.iter().find(|r| r.id == kind_review).unwrap();
        assert_eq!(
            (edited.comment.as_str(), edited.recommendation.as_str()),
            ("Edited wording.", "weak-accept")
        );
        let last = edited.history.last().unwrap();
        assert_eq!(
            (last.action.as_str(), last.actor.as_str()),
            ("edit", "Secretariat"),
            "{}",
            db.kind
        );
        assert!(
            last.before
                .as_deref()
                .unwrap()
                .contains("Original wording."),
            "{}: {last:?}",
            db.kind
        );
        assert!(
            last.after.as_deref().unwrap().contains("Edited wording."),
            "{}: {last:?}",
            db.kind
        );
        assert!(!last.after.as_deref().unwrap().contains("Original wording."));
        let mine = p.review_page(&kind, &code).await.unwrap().mine.unwrap();
        assert_eq!(mine.comment, "Edited wording.", "{}", db.kind);
        assert!(
            mine.moderation
                .iter()
                .any(|n| n.action == "edit" && n.reason == "Removed a personal remark")
        );

        // Every moderation step is in the audit log, by whom, on which review.
        let audit = p.recent_audit(None, 200).await.unwrap();
        let steps: Vec<(&str, Option<i64>, &str)> = audit
            .iter()
            .rev()
            .filter(|e| e.target_kind == "review")
            .map(|e| (e.action.as_str(), e.actor_user_id, e.target_id.as_str()))
            .collect();
        let (k, r) = (kind_review.to_string(), rude_review.to_string());
        assert_eq!(
            steps,
            vec![
                ("review.flag", Some(kind.id.0), r.as_str()),
                ("review.hide", Some(admin.id.0), r.as_str()),
                ("review.restore", Some(admin.id.0), r.as_str()),
                ("review.lock", Some(admin.id.0), k.as_str()),
                ("review.unlock", Some(admin.id.0), k.as_str()),
                ("review.edit", Some(admin.id.0), k.as_str()),
            ],
            "{}",
            db.kind
        );
        let hide = audit.iter().find(|e| e.action == "review.hide").unwrap();
        assert!(
            hide.after_json
                .as_deref()
                .unwrap()
                .contains("Insulting language"),
            "{}",
            db.kind
        );
    }
}

/// A phase that lets proposers revise reopens submitted proposals after the
/// deadline, and only while it runs; drafts stay closed.
#[tokio::test]
async fn a_revision_phase_reopens_submitted_proposals_after_the_deadline() {
    for db in databases().await {
        let p = &db.portal;
        open_call(&db).await;
        let admin = admin(p).await;
        let organizer = staff(
            p,
            &admin,
            "organizer@wsis.test",
            "Olga Organizer",
            Some(Role::Organizer),
        )
        .await;
        let owner = stakeholder(
            p,
            "Ownerina Zyxwvson",
            "ownerina@zyxwv.test",
            "Zyxwv Foundation",
        )
        .await;
        let code = submit(p, &owner, proposal("Community networks", "C2", panel("p"))).await;
        let now = db.clock.now();
        let mut revise = phase(
            "Revision",
            now + Duration::days(40),
            now + Duration::days(50),
            false,
            false,
        );
        revise.proposers_may_edit = Some("on".into());
        p.add_phase(&organizer, &revise, &meta()).await.unwrap();
        let save = |title: &'static str| {
            let owner = owner.clone();
            let code = code.clone();
            async move {
                let view = p.proposal(&owner, &code).await.unwrap();
                let mut form = view.form.clone();
                form.title = title.into();
                (
                    view.can_edit,
                    p.save_proposal(&owner, &code, form, view.version, SaveIntent::Save, &meta())
                        .await,
                )
            }
        };
        // After the deadline, before the phase: closed.
        db.clock.advance(Duration::days(35));
        let (can, r) = save("Too late").await;
        assert!(!can, "{}", db.kind);
        assert!(
            matches!(r, Err(AppError::Conflict(ConflictCode::DeadlinePassed))),
            "{}: {r:?}",
            db.kind
        );
        // During the phase: open again.
        db.clock.advance(Duration::days(6));
        let (can, r) = save("Revised after review").await;
        assert!(can, "{}", db.kind);
        assert!(r.is_ok(), "{}: {r:?}", db.kind);
        // After it: closed.
        db.clock.advance(Duration::days(10));
        let (can, r) = save("Later still").await;
        assert!(!can, "{}", db.kind);
        assert!(r.is_err(), "{}", db.kind);
        assert_eq!(
            p.proposal(&owner, &code).await.unwrap().form.title,
            "Revised after review"
        );
    }
}

/// Merging: the session gains the others' panel, lines and organizations,
/// the merge is pending until released, and organizers edit the session
/// afterwards; only organizers merge, and only proposals still open to it.
#[tokio::test]
async fn merging_keeps_provenance_panels_and_co_organizers_and_waits_for_release() {
    for db in databases().await {
        let p = &db.portal;
        let k = db.kind;
        open_call(&db).await;
        let admin = admin(p).await;
        let organizer = staff(
            p,
            &admin,
            "organizer@wsis.test",
            "Olga Organizer",
            Some(Role::Organizer),
        )
        .await;
        let a = stakeholder(p, "Ama Lead", "ama@lead.test", "Lead Org").await;
        let b = stakeholder(p, "Bo Other", "bo@other.test", "Other Org").await;
        let primary = submit(p, &a, proposal("Community networks", "C2", panel("a"))).await;
        let other = submit(p, &b, proposal("Rural connectivity", "C5", panel("b"))).await;
        let gone = submit(p, &b, proposal("Withdrawn one", "C5", panel("c"))).await;
        p.withdraw_proposal(&b, &gone, &meta()).await.unwrap();

        // Who and what may be merged.
        let both = vec![primary.clone(), other.clone()];
        assert!(
            matches!(
                p.merge_proposals(&a, &primary, &both, "Joint", &meta())
                    .await,
                Err(AppError::Forbidden)
            ),
            "{k}"
        );
        assert_eq!(
            field_error(
                p.merge_proposals(
                    &organizer,
                    &primary,
                    std::slice::from_ref(&primary),
                    "Joint",
                    &meta()
                )
                .await
                .map(|_| ()),
                "codes"
            ),
            Some(("merge-two-or-more".into(), None)),
            "{k}"
        );
        let with_gone = vec![primary.clone(), gone.clone()];
        assert!(
            matches!(
                p.merge_proposals(&organizer, &primary, &with_gone, "Joint", &meta())
                    .await,
                Err(AppError::Conflict(ConflictCode::NotMergeable))
            ),
            "{k}"
        );
        assert_eq!(
            field_error(
                p.merge_proposals(&organizer, &primary, &both, "", &meta())
                    .await
                    .map(|_| ()),
                "title"
            ),
            Some(("required".into(), None)),
            "{k}"
        );

        let code = p
            .merge_proposals(
                &organizer,
                &primary,
                &both,
                "Connecting the last billion",
                &meta(),
            )
            .await
            .unwrap();
        assert_eq!(code, primary, "{k}");
        // Pending: organizers see the merge coming; nobody else sees anything.
        let session = p.proposal(&organizer, &primary).await.unwrap();
        assert_eq!(
            session.form.title, "Community networks",
            "{k}: renamed at release"
        );
        assert_eq!(session.form.speakers.len(), 4, "{k}");
        assert_eq!(
            session.merged_from,
            vec![(other.clone(), "Rural connectivity".to_owned())],
            "{k}: organizers see the pending merge"
        );
        assert!(
            matches!(p.proposal(&b, &primary).await, Err(AppError::NotFound)),
            "{k}"
        );
        let merged = p.proposal(&b, &other).await.unwrap();
        assert_eq!(merged.merged_into, None, "{k}");
        assert_eq!(merged.status, ProposalStatus::Submitted, "{k}");
        let own = p.proposal(&a, &primary).await.unwrap();
        assert!(
            own.merged_from.is_empty() && own.coorganizers.is_empty(),
            "{k}"
        );
        assert!(decision_mails(p).await.is_empty(), "{k}");
        // A proposal about to be merged cannot be merged elsewhere.
        let third = submit(
            p,
            &a,
            proposal("Spectrum for rural areas", "C2", panel("d")),
        )
        .await;
        let elsewhere = vec![third.clone(), other.clone()];
        assert!(
            matches!(
                p.merge_proposals(&organizer, &third, &elsewhere, "Another one", &meta())
                    .await,
                Err(AppError::Conflict(ConflictCode::NotMergeable))
            ),
            "{k}"
        );

        p.release_decisions(&organizer, &meta()).await.unwrap();
        let session = p.proposal(&organizer, &primary).await.unwrap();
        assert_eq!(session.form.title, "Connecting the last billion", "{k}");
        assert_eq!(session.form.speakers.len(), 8, "{k}: both panels");
        assert_eq!(
            session
                .form
                .speakers
                .iter()
                .filter(|s| s.role == "moderator")
                .count(),
            1,
            "{k}: one moderator"
        );
        let lines: Vec<_> = session
            .form
            .action_lines
            .iter()
            .map(|l| l.code.as_str())
            .collect();
        assert_eq!(lines, ["C2", "C5"], "{k}");
        assert!(
            session
                .coorganizers
                .iter()
                .any(|c| c.organization == "Other Org" && c.status == "accepted"),
            "{k}: {:?}",
            session.coorganizers
        );
        // The other organization now follows the session, and both pages say where it came from.
        assert!(p.proposal(&b, &primary).await.is_ok(), "{k}");
        assert_eq!(
            p.proposal(&a, &primary).await.unwrap().merged_from.len(),
            1,
            "{k}"
        );
        let merged = p.proposal(&b, &other).await.unwrap();
        assert_eq!(merged.merged_into.as_deref(), Some(primary.as_str()), "{k}");
        assert_eq!(merged.status, ProposalStatus::Merged, "{k}");
        assert_eq!(
            p.proposal(&a, &primary).await.unwrap().status,
            ProposalStatus::Accepted,
            "{k}"
        );
        let mails = decision_mails(p).await;
        let to_b: Vec<_> = mails
            .iter()
            .filter(|m| m.0 == "bo@other.test")
            .map(|m| m.1.as_str())
            .collect();
        assert_eq!(to_b.len(), 2, "{k}: {to_b:?}");
        assert!(
            to_b.contains(&"decision-merge") && to_b.contains(&"decision-accept"),
            "{k}: {to_b:?}"
        );

        // After the deadline the proposers cannot edit, the organizers can.
        db.clock.advance(Duration::days(40));
        let view = p.proposal(&organizer, &primary).await.unwrap();
        assert!(view.can_edit, "{k}");
        let mut form = view.form.clone();
        form.speakers.truncate(6);
        p.save_proposal(
            &organizer,
            &primary,
            form.clone(),
            view.version,
            SaveIntent::Save,
            &meta(),
        )
        .await
        .unwrap();
        assert_eq!(
            p.proposal(&a, &primary).await.unwrap().form.speakers.len(),
            6,
            "{k}"
        );
        let v = p.proposal(&a, &primary).await.unwrap();
        assert!(!v.can_edit, "{k}");
        assert!(
            p.save_proposal(&a, &primary, form, v.version, SaveIntent::Save, &meta())
                .await
                .is_err(),
            "{k}"
        );
        // A merged proposal cannot be merged again.
        let again = vec![primary.clone(), other.clone()];
        assert!(
            matches!(
                p.merge_proposals(&organizer, &primary, &again, "Again", &meta())
                    .await,
                Err(AppError::Conflict(ConflictCode::NotMergeable))
            ),
            "{k}"
        );
    }
}

/// Reassigning hands the proposal to another reviewer: the old review is
/// hidden and stops counting, its author keeps reading the page and sees
/// why, and the new reviewer finds it in the queue.
#[tokio::test]
async fn reassigning_a_review_moves_the_work_and_tells_the_old_reviewer() {
    for db in databases().await {
        let p = &db.portal;
        let k = db.kind;
        open_call(&db).await;
        let admin = admin(p).await;
        let organizer = staff(
            p,
            &admin,
            "organizer@wsis.test",
            "Olga Organizer",
            Some(Role::Organizer),
        )
        .await;
        let owner = stakeholder(
            p,
            "Ownerina Zyxwvson",
            "ownerina@zyxwv.test",
            "Zyxwv Foundation",
        )
        .await;
        let code = submit(p, &owner, proposal("Community networks", "C2", panel("p"))).await;
        let old = staff(p, &admin, "r1@wsis.test", "Rhea One", Some(Role::Reviewer)).await;
        let new = staff(p, &admin, "r2@wsis.test", "Rex Two", Some(Role::Reviewer)).await;
        let colleague = stakeholder(p, "Zed Colleague", "zed@zyxwv.test", "Elsewhere").await;
        open_review_phase(&db, &organizer).await;
        p.assign_reviewer(&organizer, &code, old.id.0, &meta())
            .await
            .unwrap();
        write_review(p, &old, &code, |_| 1, "reject", "Careless review.").await;
        let id = review_id(p, &old, &code).await;

        let mut form = moderation("reassign", "The review does not address the proposal");
        // Not a reviewer: refused like a manual assignment would be.
        form.reviewer = Some(colleague.id.0.to_string());
        assert_eq!(
            field_error(
                p.moderate_review(&admin, id, &form, &meta()).await,
                "reviewer"
            )
            .map(|e| e.0),
            Some("not-a-reviewer".into()),
            "{k}"
        );
        form.reviewer = Some(new.id.0.to_string());
        p.moderate_review(&admin, id, &form, &meta()).await.unwrap();

        let page = p.review_page(&old, &code).await.unwrap();
        let mine = page.mine.expect("the old review stays on record");
        assert_eq!(mine.state, "hidden", "{k}");
        assert_eq!(
            mine.moderation
                .last()
                .map(|m| (m.action.as_str(), m.reason.as_str())),
            Some(("reassign", "The review does not address the proposal")),
            "{k}"
        );
        assert_eq!(page.cannot_review, Some("review-hidden"), "{k}");
        assert!(p.next_to_review(&old).await.unwrap().is_none(), "{k}");
        assert_eq!(
            p.next_to_review(&new).await.unwrap().as_deref(),
            Some(code.as_str()),
            "{k}"
        );
        assert_eq!(
            row(p, &organizer, &code).await.aggregate.count,
            0,
            "{k}: the hidden review does not count"
        );
    }
}
