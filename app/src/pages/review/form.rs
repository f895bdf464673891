//! The reviewer's own review form: scores per criterion, confidence,
//! recommendation and comments.

use super::*;

/// Radio buttons 1..=max for one criterion (a fieldset, so screen readers
/// announce the criterion with each choice).
pub(super) fn score_radios(
    state: &FormState,
    c: &Criterion,
    current: String,
) -> impl IntoView + use<> {
    let name = format!("score-{}", c.id);
    let note = format!("note-{}", c.id);
    let error = state.error(&name);
    let err_id = format!("f-{name}-error");
    let scale_id = format!("f-{name}-scale");
    let described = match &error {
        Some(_) => format!("{scale_id} {err_id}"),
        None => scale_id.clone(),
    };
    let radios = (1..=c.scale_max)
        .map(|n| {
            let id = format!("f-{name}-{n}");
            let checked = current == n.to_string();
            view! {
                <span class="score-choice">
                    <input
                        type="radio"
                        id=id.clone()
                        name=name.clone()
                        value=n.to_string()
                        checked=checked
                    />
                    <label for=id>{n}</label>
                </span>
            }
        })
        .collect_view();
    let note_value = or_typed(state, &note, String::new());
    let note_id = format!("f-{note}");
    let note_error = state.error(&note);
    let note_err_id = format!("{note_id}-error");
    let note_described = note_error.is_some().then(|| note_err_id.clone());
    view! {
        <fieldset class="criterion" id=format!("f-{name}") aria-describedby=described>
            <legend>{criterion_name(c)}</legend>
            <p class="hint">
                {t_args(
                    "criterion-weight",
                    &[("weight", c.weight.to_string()), ("max", c.scale_max.to_string())],
                )}
            </p>
            {(!c.description.is_empty())
                .then(|| view! { <p class="hint">{c.description.clone()}</p> })}
            {scale_ends(c, scale_id)}
            {error
                .map(|e| {
                    view! {
                        <p class="field-error" id=err_id>
                            {e}
                        </p>
                    }
                })}
            <div class="score-row">{radios}</div>
            <label for=note_id.clone() class="small-label">
                {t("review-note")}
            </label>
            {note_error
                .clone()
                .map(|e| {
                    view! {
                        <p class="field-error" id=note_err_id>
                            {e}
                        </p>
                    }
                })}
            <textarea
                id=note_id
                name=note
                rows="2"
                aria-invalid=note_error.is_some().then_some("true")
                aria-describedby=note_described
            >
                {crate::forms::textarea_text(&note_value)}
            </textarea>
        </fieldset>
    }
}

pub(super) fn radio_group(
    state: &FormState,
    name: &'static str,
    legend: String,
    options: Vec<(String, String)>,
    current: String,
) -> impl IntoView + use<> {
    let error = state.error(name);
    let err_id = format!("f-{name}-error");
    let described = error.is_some().then(|| err_id.clone());
    let radios = options
        .into_iter()
        .map(|(v, label)| {
            let id = format!("f-{name}-{v}");
            let checked = v == current;
            view! {
                <div class="choice">
                    <input type="radio" id=id.clone() name=name value=v checked=checked />
                    <label for=id>{label}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset id=format!("f-{name}") aria-describedby=described>
            <legend>{legend}</legend>
            {error
                .map(|e| {
                    view! {
                        <p class="field-error" id=err_id>
                            {e}
                        </p>
                    }
                })}
            {radios}
        </fieldset>
    }
}

/// The reviewer's own review form, pre-filled with the saved review or
/// what was typed.
pub(super) fn review_form(page: &ReviewPage, state: FormState) -> impl IntoView {
    let code = page.proposal.code.clone();
    let mine = page.mine.clone();
    let saved = |f: &dyn Fn(&ReviewView) -> String| mine.as_ref().map(f).unwrap_or_default();
    let criteria = page
        .criteria
        .iter()
        .map(|c| {
            let saved_score = mine
                .as_ref()
                .and_then(|m| m.scores.iter().find(|(id, ..)| *id == c.id))
                .map(|(_, s, _)| s.to_string())
                .unwrap_or_default();
            let saved_note = mine
                .as_ref()
                .and_then(|m| m.scores.iter().find(|(id, ..)| *id == c.id))
                .map(|(_, _, n)| n.clone())
                .unwrap_or_default();
            let mut st = state.clone();
            st.values
                .entry(format!("note-{}", c.id))
                .or_insert(saved_note);
            let current = or_typed(&state, &format!("score-{}", c.id), saved_score);
            score_radios(&st, c, current)
        })
        .collect_view();
    let labels: Vec<(&'static str, String)> = vec![
        ("confidence", t("review-confidence")),
        ("recommendation", t("review-recommendation")),
        ("comment", t("review-comment")),
    ];
    let more_labels: Vec<(String, String)> = page
        .criteria
        .iter()
        .flat_map(|c| {
            [
                (format!("score-{}", c.id), criterion_name(c)),
                (
                    format!("note-{}", c.id),
                    format!("{} – {}", criterion_name(c), t("review-note")),
                ),
            ]
        })
        .collect();
    let recs = Recommendation::ALL
        .iter()
        .map(|r| (r.code().to_owned(), t(&format!("rec-{}", r.code()))))
        .collect();
    let confs = CONFIDENCE_LEVELS
        .iter()
        .map(|c| (c.to_string(), t(&format!("confidence-{c}"))))
        .collect();
    let version = mine.as_ref().map(|m| m.version).unwrap_or(0).to_string();
    view! {
        <form
            method="post"
            action=format!("/review/{code}")
            novalidate=true
            class="form review-form"
        >
            <ErrorSummary form=state.clone() labels=labels more_labels=more_labels />
            <input type="hidden" name="version" value=version />
            {criteria}
            {radio_group(
                &state,
                "confidence",
                t("review-confidence"),
                confs,
                or_typed(&state, "confidence", saved(&|m| m.confidence.to_string())),
            )}
            {radio_group(
                &state,
                "recommendation",
                t("review-recommendation"),
                recs,
                or_typed(&state, "recommendation", saved(&|m| m.recommendation.code().to_owned())),
            )}
            {textarea(
                &state,
                "f-",
                "comment",
                t("review-comment"),
                or_typed(&state, "comment", saved(&|m| m.comment.clone())),
                Some(t("review-comment-hint")),
            )}
            <div class="actions">
                <button type="submit" name="intent" value="next" class="button">
                    {t("review-save-next")}
                </button>
                <button type="submit" name="intent" value="save" class="button-secondary">
                    {t("review-save")}
                </button>
            </div>
        </form>
    }
}
