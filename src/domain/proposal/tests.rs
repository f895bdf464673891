use super::*;

fn speaker(role: &str, email: &str, country: &str, kind: &str, gender: &str) -> SpeakerInput {
    SpeakerInput {
        role: role.into(),
        name: "Panelist".into(),
        organization: "Org".into(),
        email: email.into(),
        country: country.into(),
        stakeholder_type: kind.into(),
        gender: gender.into(),
        ..Default::default()
    }
}

fn complete() -> ProposalForm {
    ProposalForm {
        text_language: "en".into(),
        title: "Community networks for the last billion".into(),
        format: "thematic-workshop".into(),
        abstract_text: "How community networks connect rural areas.".into(),
        description: "## Why\nBecause.".into(),
        objectives: "Share lessons.".into(),
        outcomes: "A toolkit.".into(),
        action_lines: vec![ThemeChoice {
            code: "C2".into(),
            rationale: "Infrastructure.".into(),
        }],
        sdgs: vec![ThemeChoice {
            code: "9".into(),
            rationale: "Industry and innovation.".into(),
        }],
        languages: vec!["en".into(), "fr".into()],
        participation_mode: "hybrid".into(),
        speakers: vec![
            speaker("moderator", "m@x.org", "KE", "civil-society", "woman"),
            speaker("speaker", "a@x.org", "BR", "government", "man"),
            speaker("speaker", "b@x.org", "IN", "academia", "woman"),
        ],
        ..Default::default()
    }
}

const LIMITS: PanelLimits = PanelLimits { min: 2, max: 6 };

#[test]
fn a_complete_proposal_passes() {
    complete()
        .check_submission(LIMITS, &Themes::standard())
        .unwrap();
}

#[test]
fn a_theme_the_edition_retired_is_refused_and_one_it_added_accepted() {
    let p = complete();
    let mut themes = Themes::standard();
    themes
        .action_lines
        .retain(|c| !p.action_lines.iter().any(|al| &al.code == c));
    let e = p.check_submission(LIMITS, &themes).unwrap_err();
    assert_eq!(e.get("action_lines").unwrap().code, "choose-from-list");
    let mut p = complete();
    p.action_lines[0].code = "C3-OPENDATA".into();
    let mut themes = Themes::standard();
    themes.action_lines.push("C3-OPENDATA".into());
    p.check_submission(LIMITS, &themes).unwrap();
    themes.sdgs.clear();
    assert_eq!(
        p.check_draft(&themes)
            .unwrap_err()
            .get("sdgs")
            .unwrap()
            .code,
        "choose-from-list"
    );
}

#[test]
fn a_draft_may_be_incomplete_but_not_oversized() {
    ProposalForm {
        title: "Idea".into(),
        ..Default::default()
    }
    .check_draft(&Themes::standard())
    .unwrap();
    let big = ProposalForm {
        title: "x".repeat(121),
        ..Default::default()
    };
    assert_eq!(
        big.check_draft(&Themes::standard())
            .unwrap_err()
            .get("title")
            .unwrap()
            .code,
        "too-long"
    );
}

#[test]
fn a_submission_reports_every_missing_part() {
    let e = ProposalForm::default()
        .check_submission(LIMITS, &Themes::standard())
        .unwrap_err();
    for f in [
        "title",
        "format",
        "abstract",
        "description",
        "objectives",
        "outcomes",
        "action_lines",
        "sdgs",
        "languages",
        "participation_mode",
        "text_language",
        "speakers",
    ] {
        assert!(e.get(f).is_some(), "{f} not reported");
    }
}

#[test]
fn the_language_of_the_texts_is_a_un_language_or_another_iso_code() {
    let pairs = |choice: &str, other: &str| {
        vec![
            ("text_language".to_owned(), choice.to_owned()),
            ("text_language_other".to_owned(), other.to_owned()),
        ]
    };
    let fr = ProposalForm::from_pairs(&pairs("fr", "sw")).normalized();
    assert_eq!(fr.text_language, "fr");
    let swahili = ProposalForm::from_pairs(&pairs("other", " SW ")).normalized();
    assert_eq!(swahili.text_language, "sw");
    assert!(swahili.check_draft(&Themes::standard()).is_ok());
    let bad = ProposalForm::from_pairs(&pairs("other", "Swahili")).normalized();
    let e = bad.check_draft(&Themes::standard()).unwrap_err();
    assert_eq!(
        e.get("text_language").map(|e| e.code.as_str()),
        Some("language-code-invalid")
    );
}

#[test]
fn each_theme_needs_a_rationale_and_a_known_code() {
    let mut p = complete();
    p.action_lines.push(ThemeChoice {
        code: "C7-EHEALTH".into(),
        rationale: " ".into(),
    });
    p.sdgs.push(ThemeChoice {
        code: "18".into(),
        rationale: "x".into(),
    });
    let e = p.check_submission(LIMITS, &Themes::standard()).unwrap_err();
    assert_eq!(e.get("al-rationale-C7-EHEALTH").unwrap().code, "required");
    assert_eq!(e.get("sdgs").unwrap().code, "choose-from-list");
}

#[test]
fn the_abstract_is_limited_to_1500_characters() {
    let mut p = complete();
    p.abstract_text = "é".repeat(1_501);
    assert_eq!(
        p.check_submission(LIMITS, &Themes::standard())
            .unwrap_err()
            .get("abstract")
            .unwrap()
            .limit,
        Some(1_500)
    );
}

#[test]
fn the_panel_respects_the_format_and_has_one_moderator() {
    let mut p = complete();
    p.speakers.truncate(1);
    assert_eq!(
        p.check_submission(LIMITS, &Themes::standard())
            .unwrap_err()
            .get("speakers")
            .unwrap()
            .code,
        "panel-too-small"
    );
    let mut p = complete();
    p.speakers[0].role = "speaker".into();
    assert_eq!(
        p.check_submission(LIMITS, &Themes::standard())
            .unwrap_err()
            .get("speakers")
            .unwrap()
            .code,
        "one-moderator"
    );
    let mut p = complete();
    p.speakers[2].email = "A@x.org".into();
    assert_eq!(
        p.check_submission(LIMITS, &Themes::standard())
            .unwrap_err()
            .get("speaker-2-email")
            .unwrap()
            .code,
        "duplicate-speaker"
    );
    let mut p = complete();
    p.speakers[1].gender = "".into();
    p.speakers[1].country = "ZZ".into();
    let e = p.check_submission(LIMITS, &Themes::standard()).unwrap_err();
    assert_eq!(e.get("speaker-1-gender").unwrap().code, "required");
    assert_eq!(e.get("speaker-1-country").unwrap().code, "choose-from-list");
}

#[test]
fn form_pairs_become_a_proposal_and_blank_rows_are_dropped() {
    let pairs: Vec<(String, String)> = [
        ("title", "T"),
        ("al", "C1"),
        ("al-rationale-C1", "why"),
        ("sdg", "5"),
        ("sdg-rationale-5", "gender"),
        ("language", "ar"),
        ("speaker-1-name", "B"),
        ("speaker-0-name", "A"),
        ("speaker-0-remote", "yes"),
        ("speaker-2-name", ""),
        ("speaker-x-name", "ignored"),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    let p = ProposalForm::from_pairs(&pairs).normalized();
    assert_eq!(
        p.action_lines,
        vec![ThemeChoice {
            code: "C1".into(),
            rationale: "why".into()
        }]
    );
    assert_eq!(p.sdgs[0].rationale, "gender");
    assert_eq!(p.languages, vec!["ar"]);
    assert_eq!(
        p.speakers
            .iter()
            .map(|s| s.name.as_str())
            .collect::<Vec<_>>(),
        vec!["A", "B"]
    );
    assert!(p.speakers[0].remote);
}

#[test]
fn balance_counts_the_mix_and_notes_a_one_sided_panel() {
    let b = panel_balance(&complete().speakers);
    assert_eq!(b.size, 3);
    assert_eq!(b.genders, vec![("man".into(), 1), ("woman".into(), 2)]);
    assert!(b.notes.is_empty());
    let same = vec![
        speaker("moderator", "a@x.org", "FR", "government", "man"),
        speaker("speaker", "b@x.org", "DE", "government", "man"),
    ];
    let b = panel_balance(&same);
    assert_eq!(
        b.notes,
        vec![
            BalanceNote::SingleGender,
            BalanceNote::SingleRegion,
            BalanceNote::SingleStakeholder
        ]
    );
    assert_eq!(b.regions, vec![("B".into(), 2)]);
}

#[test]
fn status_codes_round_trip() {
    for s in ProposalStatus::ALL {
        assert_eq!(ProposalStatus::from_code(s.code()), Some(s));
    }
    assert!(ProposalStatus::Submitted.is_editable());
    assert!(!ProposalStatus::Accepted.is_editable());
}
