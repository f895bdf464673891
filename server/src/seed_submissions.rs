//! The demo's consultation: submissions of every kind from the demo
//! organizations (some drafts, some withdrawn, most sent, two thirds with
//! consent to publication), two consultation meetings with inputs recorded
//! there, organizers' tags, a recommended speaker added to a session, a
//! view turned into a note on a track, and the published outcomes report.

use crate::seed::DEMO_PASSWORD;
use portal::domain::countries;
use portal::domain::submission::{SPACE_SIZES, SubmissionForm, SubmissionKind};
use portal::error::ConflictCode;
use portal::services::{
    CurrentUser, MeetingForm, OnBehalf, OutcomesForm, Portal, RequestMeta, SaveIntent,
    SubmissionFilter, UseForm, local_input,
};
use portal::{AppError, AppResult};

const SUBJECTS: &[(&str, &str, &str)] = &[
    ("Meaningful connectivity beyond coverage maps", "C2", "9"),
    ("Trustworthy AI for public services", "C10", "16"),
    ("Digital skills for older people", "C4", "4"),
    ("Safe online spaces for girls and women", "C5", "5"),
    ("Open data for climate adaptation", "C7-EENV", "13"),
    ("Local content in local languages", "C8", "10"),
    (
        "Digital health records that patients control",
        "C7-EHEALTH",
        "3",
    ),
    ("Media viability in the platform era", "C9", "16"),
];

const TAGS: &[&str] = &[
    "gender gap",
    "youth",
    "climate",
    "local content",
    "ai governance",
    "accessibility",
];

const NAMES: &[(&str, &str, &str, &str)] = &[
    ("Amina Diallo", "Rural Connect", "SN", "woman"),
    ("Carlos Silva", "Universidade Aberta", "BR", "man"),
    ("Mei Zhang", "Open Maps Lab", "CN", "woman"),
    ("Olga Ivanova", "Digital Rights Centre", "KZ", "woman"),
    ("Kwame Mensah", "Ghana ICT Chamber", "GH", "man"),
    ("Priya Sharma", "Indian Institute of Data", "IN", "woman"),
];

fn form_for(kind: SubmissionKind, i: usize, consent: bool) -> SubmissionForm {
    let (subject, line, sdg) = SUBJECTS[i % SUBJECTS.len()];
    let (name, org, country, gender) = NAMES[i % NAMES.len()];
    let stakeholder = ["civil-society", "academia", "private-sector", "government"][i % 4];
    let mut f = SubmissionForm {
        consent,
        ..Default::default()
    };
    match kind {
        SubmissionKind::ThematicView => {
            f.title = subject.into();
            f.body = format!(
                "{subject}: the forum should give this more room. Our members see it every day \
                 and ask for practical guidance, shared indicators and partnerships across \
                 regions."
            );
            f.action_lines = vec![line.into()];
            f.sdgs = vec![sdg.into()];
        }
        SubmissionKind::FormatView => {
            f.title = [
                "More dialogue, fewer panels",
                "Remote speakers on an equal footing",
                "Captions and sign language in every room",
            ][i % 3]
                .into();
            f.body = "Shorter interventions, questions from the room and from remote \
                participants first, and a written summary from each session within a week."
                .into();
        }
        SubmissionKind::SpeakerRecommendation | SubmissionKind::HltNomination => {
            f.title = subject.into();
            f.body = format!(
                "{name} leads {org} and has done pioneering work on this topic for ten years; a \
                 strong, independent voice."
            );
            f.action_lines = vec![line.into()];
            f.person_name = name.into();
            f.person_organization = org.into();
            f.person_country = country.into();
            f.person_stakeholder = stakeholder.into();
            f.person_gender = gender.into();
        }
        SubmissionKind::ExhibitionRequest => {
            f.title = format!("{subject}: a live demonstration");
            f.body = "A stand with two screens and a table; power and a wired internet \
                connection."
                .into();
            f.space_size = SPACE_SIZES[i % SPACE_SIZES.len()].into();
        }
    }
    f
}

/// Seeds the consultation once (a database with meetings is left alone);
/// returns how many submissions were made.
pub async fn seed_submissions(
    portal: &Portal,
    admin: &CurrentUser,
    organizations: u32,
    n: u32,
    meta: &RequestMeta,
) -> AppResult<u32> {
    if organizations == 0 || !portal.meetings(admin).await?.is_empty() {
        return Ok(0);
    }
    let edition = portal.current_edition().await?;
    let mut made = 0;
    let mut accounts = std::collections::HashMap::new();
    let bar = crate::progress::bar("submissions", n.into());
    for i in 0..n as usize {
        bar.inc(1);
        let org = (i as u32 % organizations) + 1;
        let user = match accounts.get(&org) {
            Some(u) => Clone::clone(u),
            None => {
                let email = format!("stakeholder{org:03}@demo.wsis.test");
                let out = portal.login(&email, DEMO_PASSWORD, meta).await?;
                portal.end_session(&out.session.token, meta).await?;
                accounts.insert(org, out.user.clone());
                out.user
            }
        };
        let kind = SubmissionKind::ALL[i % SubmissionKind::ALL.len()];
        let draft = i % 7 == 6;
        let form = form_for(kind, i, i % 3 != 2);
        let intent = if draft {
            SaveIntent::Save
        } else {
            SaveIntent::Submit
        };
        let code = match portal
            .create_submission(&user, kind, form, intent, meta)
            .await
        {
            Ok(code) => code,
            // An organization that used up a kind's allowance sends no more.
            Err(AppError::Conflict(ConflictCode::SubmissionLimit)) => continue,
            Err(e) => return Err(e),
        };
        made += 1;
        if !draft && i % 11 == 10 {
            portal.withdraw_submission(&user, &code, meta).await?;
        }
    }
    bar.finish_and_clear();
    made += seed_meetings(portal, admin, &edition, meta).await?;
    organize(portal, admin, meta).await?;
    Ok(made)
}

/// Two meetings before the deadline, three inputs recorded at each.
async fn seed_meetings(
    portal: &Portal,
    admin: &CurrentUser,
    edition: &portal::services::Edition,
    meta: &RequestMeta,
) -> AppResult<u32> {
    let open = edition.submissions_open_at;
    let day = time::Duration::days(1);
    let meetings = [
        MeetingForm {
            title: "First virtual consultation meeting".into(),
            mode: "virtual".into(),
            starts_at: local_input(open + day * 14),
            ends_at: local_input(open + day * 14 + time::Duration::hours(2)),
            remote_url: "https://meet.example.org/wsis-ocp-1".into(),
            ..Default::default()
        },
        MeetingForm {
            title: "Physical consultation meeting in Geneva".into(),
            mode: "hybrid".into(),
            starts_at: local_input(open + day * 45),
            ends_at: local_input(open + day * 45 + time::Duration::hours(3)),
            location: "ITU headquarters, Geneva".into(),
            remote_url: "https://meet.example.org/wsis-ocp-2".into(),
            ..Default::default()
        },
    ];
    let all = countries();
    let mut made = 0;
    for (m, form) in meetings.iter().enumerate() {
        let id = portal.save_meeting(admin, None, form, meta).await?;
        for j in 0..3 {
            let i = m * 3 + j;
            let kind = [
                SubmissionKind::ThematicView,
                SubmissionKind::FormatView,
                SubmissionKind::SpeakerRecommendation,
            ][j];
            let (name, org, _, _) = NAMES[(i + 2) % NAMES.len()];
            let country = &all[(i * 37) % all.len()];
            let behalf = OnBehalf {
                name: format!("{name}, {org}"),
                stakeholder: [
                    "government",
                    "technical-community",
                    "international-organization",
                ][j]
                    .into(),
                country: country.code.clone(),
            };
            portal
                .record_meeting_input(admin, id, kind, &behalf, form_for(kind, i + 1, true), meta)
                .await?;
            made += 1;
        }
    }
    Ok(made)
}

/// Tags, two uses and the published report.
async fn organize(portal: &Portal, admin: &CurrentUser, meta: &RequestMeta) -> AppResult<()> {
    let (sent, _) = portal
        .organizer_submissions(admin, &SubmissionFilter::default())
        .await?;
    for (i, s) in sent.iter().enumerate() {
        if i % 2 == 0 {
            portal
                .tag_submission(admin, &s.code, TAGS[i % TAGS.len()], meta)
                .await?;
        }
    }
    let session = portal
        .draft_programme(admin)
        .await
        .ok()
        .and_then(|(p, _)| p.sessions.first().map(|s| s.code.clone()));
    if let (Some(session), Some(rec)) = (
        session,
        sent.iter()
            .find(|s| s.kind == SubmissionKind::SpeakerRecommendation),
    ) {
        let form = UseForm {
            use_kind: "speaker".into(),
            target: session,
            note: String::new(),
        };
        portal.use_submission(admin, &rec.code, &form, meta).await?;
    }
    if let Some(view) = sent.iter().find(|s| s.kind == SubmissionKind::ThematicView) {
        let form = UseForm {
            use_kind: "line".into(),
            target: view
                .action_lines
                .first()
                .cloned()
                .unwrap_or_else(|| "C1".into()),
            note: "Raised in the consultation; worth a question in the facilitation meeting."
                .into(),
        };
        portal
            .use_submission(admin, &view.code, &form, meta)
            .await?;
    }
    let report = OutcomesForm {
        summary: "Stakeholders from every region sent their views, recommendations and requests. \
            The counts below include every submission; the list names only those whose authors \
            agreed."
            .into(),
        programme_answer: "The programme gives each Action Line raised in the consultation at \
            least one session, and the most frequent themes (connectivity, AI governance, the \
            gender gap) a High-Level Track dialogue."
            .into(),
        action: "publish".into(),
        version: 0,
    };
    portal.save_outcomes(admin, &report, meta).await?;
    Ok(())
}
