use super::*;

fn limits(kind: SubmissionKind) -> KindLimits {
    kind.default_limits()
}

fn speaker() -> SubmissionForm {
    SubmissionForm {
        title: "Community networks in rural areas".into(),
        body: "She built the first community network in the region and trains others.".into(),
        action_lines: vec!["C2".into()],
        person_name: "Amina Diallo".into(),
        person_organization: "Rural Connect".into(),
        person_country: "sn".into(),
        person_stakeholder: "civil-society".into(),
        person_gender: "woman".into(),
        ..Default::default()
    }
}

fn errors(r: Result<(), FieldErrors>) -> Vec<(String, String)> {
    r.err()
        .map(|e| e.0.into_iter().map(|f| (f.field, f.code)).collect())
        .unwrap_or_default()
}

#[test]
fn kinds_round_trip_through_their_codes() {
    for k in SubmissionKind::ALL {
        assert_eq!(SubmissionKind::from_code(k.code()), Some(k));
    }
    assert_eq!(SubmissionKind::from_code("proposal"), None);
}

#[test]
fn a_complete_speaker_recommendation_passes() {
    let k = SubmissionKind::SpeakerRecommendation;
    let f = speaker().normalized(k);
    assert_eq!(f.person_country, "SN");
    assert_eq!(
        f.check_submission(k, limits(k), &Themes::standard()),
        Ok(())
    );
}

#[test]
fn a_speaker_recommendation_without_the_person_names_each_missing_field() {
    let k = SubmissionKind::SpeakerRecommendation;
    let f = SubmissionForm {
        person_name: String::new(),
        person_country: "XX".into(),
        person_gender: String::new(),
        ..speaker()
    }
    .normalized(k);
    let got = errors(f.check_submission(k, limits(k), &Themes::standard()));
    assert!(got.contains(&("person_name".into(), "required".into())));
    assert!(got.contains(&("person_country".into(), "choose-from-list".into())));
    assert!(got.contains(&("person_gender".into(), "required".into())));
}

#[test]
fn a_draft_may_be_empty_but_not_malformed() {
    let k = SubmissionKind::HltNomination;
    let empty = SubmissionForm::default();
    assert_eq!(empty.check_draft(k, limits(k), &Themes::standard()), Ok(()));
    let bad = SubmissionForm {
        person_email: "not-an-address".into(),
        action_lines: vec!["C99".into()],
        ..Default::default()
    };
    let got = errors(bad.check_draft(k, limits(k), &Themes::standard()));
    assert_eq!(
        got,
        vec![
            ("action_lines".into(), "choose-from-list".into()),
            ("person_email".into(), "email-invalid".into())
        ]
    );
}

#[test]
fn a_thematic_view_needs_an_action_line_and_a_real_text() {
    let k = SubmissionKind::ThematicView;
    let f = SubmissionForm {
        title: "AI governance".into(),
        body: "Too short".into(),
        ..Default::default()
    };
    let got = errors(f.check_submission(k, limits(k), &Themes::standard()));
    assert!(got.contains(&("body".into(), "too-short".into())));
    assert!(got.contains(&("action_lines".into(), "choose-at-least-one".into())));
}

#[test]
fn the_editions_character_limit_bounds_the_text() {
    let k = SubmissionKind::FormatView;
    let f = SubmissionForm {
        title: "Fewer panels, more dialogue".into(),
        body: "x".repeat(101),
        ..Default::default()
    };
    let tight = KindLimits {
        max_per_organization: 3,
        max_chars: 100,
    };
    assert_eq!(
        errors(f.check_submission(k, tight, &Themes::standard())),
        vec![("body".into(), "too-long".into())]
    );
}

#[test]
fn direction_overrides_and_nul_are_refused_in_titles() {
    let k = SubmissionKind::FormatView;
    for title in ["abc\u{202E}defgh", "abc\u{0}defgh"] {
        let f = SubmissionForm {
            title: title.into(),
            body: "A perfectly reasonable view on the format.".into(),
            ..Default::default()
        };
        assert_eq!(
            errors(f.check_submission(k, limits(k), &Themes::standard())),
            vec![("title".into(), "bad-characters".into())]
        );
    }
}

#[test]
fn an_exhibition_request_needs_a_size_on_offer() {
    let k = SubmissionKind::ExhibitionRequest;
    let f = SubmissionForm {
        title: "Open maps for disaster response".into(),
        body: "A live demonstration of offline maps; one screen and power.".into(),
        space_size: "40".into(),
        action_lines: vec!["C7".into()],
        ..Default::default()
    }
    .normalized(k);
    assert!(f.action_lines.is_empty(), "exhibitions carry no themes");
    assert_eq!(
        errors(f.check_submission(k, limits(k), &Themes::standard())),
        vec![("space_size".into(), "choose-from-list".into())]
    );
}

#[test]
fn pairs_round_trip() {
    let k = SubmissionKind::SpeakerRecommendation;
    let f = SubmissionForm {
        sdgs: vec!["5".into(), "9".into()],
        consent: true,
        ..speaker()
    };
    assert_eq!(SubmissionForm::from_pairs(&f.to_pairs()), f);
    let again = SubmissionForm::from_pairs(&f.to_pairs()).normalized(k);
    assert_eq!(again.action_lines, vec!["C2"]);
}

#[test]
fn tags_are_folded_and_checked() {
    assert_eq!(parse_tag("  Gender   Gap ").unwrap(), "gender gap");
    assert_eq!(parse_tag("x").unwrap_err().code, "too-short");
    assert_eq!(parse_tag("ai<script>").unwrap_err().code, "tag-format");
    assert_eq!(parse_tag("").unwrap_err().code, "required");
}
