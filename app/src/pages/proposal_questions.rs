//! A format's extra questions on the proposal form: every open format's
//! set rendered, the chosen one shown (the `FormatQuestions` island switches
//! sets in the browser), each question as the input its kind needs.

use crate::forms::{FormState, textarea_text};
use crate::render::{t, t_args};
use leptos::prelude::*;
use portal::domain::proposal::ProposalForm;
use portal::services::Edition;

/// Every open format's extra questions, each set marked with its format;
/// only the chosen format's set is shown (the `FormatQuestions` island
/// switches sets as the format changes). Answers to another format's
/// questions are dropped by the server.
pub fn questions_by_format(
    edition: &Edition,
    form: &ProposalForm,
    state: &FormState,
) -> impl IntoView + use<> {
    edition
        .formats
        .iter()
        .filter(|f| (f.is_open || f.code == form.format) && !f.questions.is_empty())
        .map(|f| {
            let legend = t_args(
                "questions-for-format",
                &[("format", t(&format!("format-{}", f.code)))],
            );
            view! {
                <fieldset
                    class="format-questions"
                    data-questions-for=f.code.clone()
                    hidden=f.code != form.format
                >
                    <legend>{legend}</legend>
                    {questions_view(Some(f), &form.answers, state)}
                </fieldset>
            }
        })
        .collect_view()
}

/// One format's extra questions, each as the input its kind needs.
fn questions_view(
    format: Option<&portal::services::Format>,
    answers: &[(i64, String)],
    state: &FormState,
) -> impl IntoView + use<> {
    use portal::domain::question::QuestionKind;
    let Some(format) = format else {
        return view! { <p class="hint">{t("questions-choose-format")}</p> }.into_any();
    };
    if format.questions.is_empty() {
        return view! { <p class="hint">{t("questions-none")}</p> }.into_any();
    }
    let items = format
        .questions
        .iter()
        .map(|q| {
            let name = format!("answer-{}", q.id);
            let id = format!("f-{name}");
            let value = answers
                .iter()
                .find(|(qid, _)| *qid == q.id)
                .map(|(_, v)| v.clone())
                .unwrap_or_default();
            let e = state.error(&name);
            let err_id = format!("{id}-error");
            let described = e.as_ref().map(|_| err_id.clone());
            let label = if q.required {
                q.label.clone()
            } else {
                format!("{} {}", q.label, t("form-optional"))
            };
            let error = e.clone().map(|m| {
                view! {
                    <p class="field-error" id=err_id.clone()>
                        {m}
                    </p>
                }
            });
            let radios = |options: Vec<(String, String)>| {
                options
                    .into_iter()
                    .enumerate()
                    .map(|(i, (v, text))| {
                        let rid = format!("{id}-{i}");
                        let checked = v == value;
                        view! {
                            <div class="choice">
                                <input
                                    type="radio"
                                    id=rid.clone()
                                    name=name.clone()
                                    value=v
                                    checked=checked
                                />
                                <label for=rid>{text}</label>
                            </div>
                        }
                    })
                    .collect_view()
            };
            match q.kind {
                QuestionKind::Choice | QuestionKind::YesNo => {
                    let options = if q.kind == QuestionKind::YesNo {
                        vec![
                            ("yes".to_owned(), t("answer-yes")),
                            ("no".to_owned(), t("answer-no")),
                        ]
                    } else {
                        q.choices.iter().map(|c| (c.clone(), c.clone())).collect()
                    };
                    view! {
                        <fieldset
                            class="field"
                            id=id.clone()
                            class:field-invalid=e.is_some()
                            aria-describedby=described
                        >
                            <legend>{label}</legend>
                            {error}
                            {radios(options)}
                        </fieldset>
                    }
                    .into_any()
                }
                QuestionKind::Text => view! {
                    <div class="field" class:field-invalid=e.is_some()>
                        <label for=id.clone()>{label}</label>
                        {error}
                        <textarea
                            id=id
                            name=name.clone()
                            rows="3"
                            aria-invalid=e.is_some().then_some("true")
                            aria-describedby=described
                        >
                            {textarea_text(&value)}
                        </textarea>
                    </div>
                }
                .into_any(),
                QuestionKind::Number | QuestionKind::Url => {
                    let kind = if q.kind == QuestionKind::Number {
                        "number"
                    } else {
                        "url"
                    };
                    view! {
                        <div class="field" class:field-invalid=e.is_some()>
                            <label for=id.clone()>{label}</label>
                            {error}
                            <input
                                id=id
                                name=name.clone()
                                type=kind
                                value=value
                                aria-invalid=e.is_some().then_some("true")
                                aria-describedby=described
                            />
                        </div>
                    }
                    .into_any()
                }
            }
        })
        .collect_view();
    view! { {items} }.into_any()
}
