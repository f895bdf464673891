use super::*;

#[test]
fn browser_messages_name_the_panelist_and_fill_in_limits() {
    let data = SubmitCheckData {
        messages: [("too-long".to_owned(), "At most {limit}.".to_owned())]
            .into_iter()
            .collect(),
        labels: [
            ("panelist", "Panelist {n}"),
            ("email", "E-mail"),
            ("title", "Title"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect(),
        ..Default::default()
    };
    assert_eq!(data.label("speaker-1-email"), "Panelist 2, E-mail");
    assert_eq!(data.label("title"), "Title");
    let e = portal::FieldError {
        field: "title".into(),
        code: "too-long".into(),
        limit: Some(120),
    };
    assert_eq!(data.message(&e), "At most 120.");
}
