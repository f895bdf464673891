//! `/organize/decisions` and `/organize/merge`: pending decisions, their
//! e-mail templates, and merging proposals.

use super::*;

/// One template's editor, with its preview when one was asked for.
pub(super) fn template_form(
    tpl: DecisionTemplate,
    state: FormState,
    preview: Option<TemplatePreview>,
) -> impl IntoView {
    let prefix = format!("t-{}-", tpl.outcome);
    let labels = vec![
        ("subject", t("template-subject")),
        ("body", t("template-body")),
    ];
    let action = format!(
        "/organize/decisions/templates/{}?lang={}",
        tpl.outcome, tpl.locale
    );
    view! {
        <form
            method="post"
            action=action
            class="form template-form"
            novalidate=true
            id=format!("template-{}", tpl.outcome)
        >
            <fieldset>
                <legend>
                    {t(&format!("outcome-{}", tpl.outcome))}
                    {tpl.custom.then(|| format!(" · {}", t("template-custom")))}
                </legend>
                <ErrorSummary form=state.clone() labels=labels prefix=prefix.clone() />
                {input(
                    &state,
                    &prefix,
                    "subject",
                    t("template-subject"),
                    "text",
                    or_typed(&state, "subject", tpl.subject.clone()),
                    None,
                )}
                {textarea(
                    &state,
                    &prefix,
                    "body",
                    t("template-body"),
                    or_typed(&state, "body", tpl.body.clone()),
                    Some(t("template-placeholders")),
                )}
                <div class="actions">
                    <button type="submit" name="intent" value="preview" class="button-secondary">
                        {t("template-preview")}
                    </button>
                    <button type="submit" name="intent" value="save" class="button">
                        {t("template-save")}
                    </button>
                </div>
            </fieldset>
            {preview
                .map(|p| {
                    view! {
                        <section class="preview" aria-label=t("template-preview")>
                            <h3>{t("template-preview")}</h3>
                            <p>
                                <strong>{p.subject}</strong>
                            </p>
                            <pre class="email-preview">{p.body}</pre>
                        </section>
                    }
                })}
        </form>
    }
}

/// `/organize/decisions`.
#[component]
pub fn DecisionsPage(
    pending: Vec<(String, i64)>,
    templates: Vec<DecisionTemplate>,
    template_locale: Locale,
    /// Which template was just posted, with its input, errors and preview.
    posted: Option<(String, FormState, Option<TemplatePreview>)>,
) -> impl IntoView {
    let total: i64 = pending.iter().map(|(_, n)| n).sum();
    let counts = pending
        .iter()
        .map(|(o, n)| view! { <li>{t(&format!("outcome-{o}"))}": "{*n}</li> })
        .collect_view();
    let langs = Locale::ALL
        .into_iter()
        .map(|l| {
            let current = l == template_locale;
            view! {
                <li>
                    <a
                        href=format!("/organize/decisions?lang={}", l.tag())
                        aria-current=current.then_some("true")
                        lang=l.tag()
                    >
                        {l.native_name()}
                    </a>
                </li>
            }
        })
        .collect_view();
    let forms = templates
        .into_iter()
        .map(|tpl| {
            let (st, pv) = match &posted {
                Some((o, st, pv)) if *o == tpl.outcome => (st.clone(), pv.clone()),
                _ => (FormState::default(), None),
            };
            template_form(tpl, st, pv)
        })
        .collect_view();
    view! {
        <h1>{t("decisions-title")}</h1>
        <section aria-labelledby="release-title" class="panel">
            <h2 id="release-title">{t("release-title")}</h2>
            {if total == 0 {
                view! { <p>{t("release-nothing")}</p> }.into_any()
            } else {
                view! {
                    <p>{t_args("release-pending", &[("count", total.to_string())])}</p>
                    <ul>{counts}</ul>
                    <form method="post" action="/organize/decisions/release">
                        <p class="hint">{t("release-hint")}</p>
                        <button type="submit" class="button">
                            {t("release-button")}
                        </button>
                    </form>
                }
                    .into_any()
            }}
            <p>
                <a href="/organize/proposals?decision=pending">{t("release-review-pending")}</a>
            </p>
        </section>
        <section aria-labelledby="templates-title">
            <h2 id="templates-title">{t("templates-title")}</h2>
            <p>{t("templates-hint")}</p>
            <nav aria-label=t("templates-language")>
                <ul class="inline-list">{langs}</ul>
            </nav>
            {forms}
        </section>
    }
}

/// `/organize/merge?code=…&code=…`: choose the session that stays and its
/// title, then merge.
#[component]
pub fn MergePage(candidates: Vec<OrganizerRow>, state: FormState) -> impl IntoView {
    let chosen = or_typed(
        &state,
        "primary",
        candidates
            .first()
            .map(|c| c.code.clone())
            .unwrap_or_default(),
    );
    let title = or_typed(
        &state,
        "title",
        candidates
            .iter()
            .find(|c| c.code == chosen)
            .map(|c| c.title.clone())
            .unwrap_or_default(),
    );
    let hidden = candidates
        .iter()
        .map(|c| view! { <input type="hidden" name="code" value=c.code.clone() /> })
        .collect_view();
    let radios = candidates
        .iter()
        .map(|c| {
            let id = format!("m-primary-{}", c.code);
            let checked = c.code == chosen;
            view! {
                <div class="choice">
                    <input
                        type="radio"
                        id=id.clone()
                        name="primary"
                        value=c.code.clone()
                        checked=checked
                    />
                    <label for=id>
                        <strong>{c.code.clone()}</strong>
                        " – "
                        <bdi>{c.title.clone()}</bdi>
                        " · "
                        <bdi>{c.organization.clone()}</bdi>
                        " · "
                        {t("agg-mean")}
                        " "
                        {score(c.aggregate.mean)}
                    </label>
                </div>
            }
        })
        .collect_view();
    let labels = vec![
        ("primary", t("merge-primary")),
        ("title", t("merge-title-label")),
    ];
    let primary_error = state.error("primary");
    view! {
        <h1>{t("merge-title")}</h1>
        <p class="lead">{t("merge-lead")}</p>
        <form method="post" action="/organize/merge" class="form" novalidate=true>
            <ErrorSummary form=state.clone() labels=labels prefix="m-".to_owned() />
            {hidden}
            <fieldset
                id="m-primary"
                aria-describedby=primary_error.is_some().then_some("m-primary-error")
            >
                <legend>{t("merge-primary")}</legend>
                <p class="hint">{t("merge-primary-hint")}</p>
                {primary_error
                    .clone()
                    .map(|e| {
                        view! {
                            <p class="field-error" id="m-primary-error">
                                {e}
                            </p>
                        }
                    })}
                {radios}
            </fieldset>
            {input(
                &state,
                "m-",
                "title",
                t("merge-title-label"),
                "text",
                title,
                Some(t("merge-title-hint")),
            )}
            <button type="submit" class="button">
                {t("merge-button")}
            </button>
            " "
            <a href="/organize/proposals">{t("merge-cancel")}</a>
        </form>
    }
}
