//! The criteria section of `/organize/review`: one form per criterion,
//! with what its scores mean in each language.

use super::*;

/// The labels of a criterion form's fields, for its error summary.
pub(super) fn criterion_labels(max: &str) -> Vec<(&'static str, String)> {
    let mut labels = vec![
        ("name", t("criterion-name")),
        ("description", t("criterion-description")),
        ("weight", t("criterion-weight-label")),
        ("scale_max", t("criterion-scale")),
        ("scale", t("criterion-scale-texts")),
    ];
    for (lang, lo, hi) in SCALE_FIELDS {
        let language = crate::format::language_name(lang.tag());
        let args = |k: &'static str, v: &str| [(k, v.to_owned()), ("language", language.clone())];
        labels.push((lo, t_args("criterion-scale-low", &args("min", "1"))));
        labels.push((hi, t_args("criterion-scale-high", &args("max", max))));
    }
    labels
}

/// The scale texts of a criterion, one pair of fields per language, in a
/// disclosure that opens when one of them is wrong. `saved` is `None` for a
/// new criterion.
pub(super) fn scale_fields(
    st: &FormState,
    prefix: &str,
    saved: Option<(&LocalizedText, &LocalizedText)>,
    default_texts: bool,
    labels: &[(&'static str, String)],
) -> impl IntoView + use<> {
    let label = |f: &str| {
        labels
            .iter()
            .find(|(k, _)| *k == f)
            .map(|(_, l)| l.clone())
            .unwrap_or_default()
    };
    let open = st.error("scale").is_some()
        || SCALE_FIELDS
            .iter()
            .any(|(_, lo, hi)| st.error(lo).is_some() || st.error(hi).is_some())
        || saved.is_none();
    let fields = SCALE_FIELDS
        .iter()
        .map(|(lang, lo, hi)| {
            let text = |end: Option<&LocalizedText>| {
                end.and_then(|t| t.exact(*lang))
                    .unwrap_or_default()
                    .to_owned()
            };
            let low = or_typed(st, lo, text(saved.map(|s| s.0)));
            let high = or_typed(st, hi, text(saved.map(|s| s.1)));
            view! {
                {input(st, prefix, lo, label(lo), "text", low, None)}
                {input(st, prefix, hi, label(hi), "text", high, None)}
            }
        })
        .collect_view();
    let hint = if default_texts {
        t("criterion-scale-hint-default")
    } else {
        t("criterion-scale-hint-custom")
    };
    let error = st.error("scale");
    let fieldset_id = format!("{prefix}scale");
    view! {
        <details class="scale-texts" open=open>
            <summary>{t("criterion-scale-texts")}</summary>
            <fieldset id=fieldset_id>
                <legend class="visually-hidden">{t("criterion-scale-texts")}</legend>
                <p class="hint">{hint}</p>
                {error.map(|e| view! { <p class="field-error">{e}</p> })}
                <div class="scale-grid">{fields}</div>
            </fieldset>
        </details>
    }
}

pub(super) fn criterion_row(c: Criterion, st: FormState) -> impl IntoView {
    let prefix = format!("c{}-", c.id);
    let max = c.scale_max.to_string();
    let labels = criterion_labels(&max);
    let ends = scale_ends(&c, format!("{prefix}ends"));
    let scale = scale_fields(
        &st,
        &prefix,
        Some((&c.scale_low, &c.scale_high)),
        is_default_criterion(&c.code),
        &labels,
    );
    let legend = criterion_name(&c);
    view! {
        <form
            method="post"
            action=format!("/organize/review/criteria/{}", c.id)
            class="form criterion-form"
            novalidate=true
        >
            <fieldset>
                <legend>{legend}</legend>
                <ErrorSummary form=st.clone() labels=labels prefix=prefix.clone() />
                <div class="speaker-grid">
                    {input(
                        &st,
                        &prefix,
                        "name",
                        t("criterion-name"),
                        "text",
                        or_typed(&st, "name", c.name.clone()),
                        c.name.is_empty().then(|| t("criterion-name-default")),
                    )}
                    {input(
                        &st,
                        &prefix,
                        "weight",
                        t("criterion-weight-label"),
                        "number",
                        or_typed(&st, "weight", c.weight.to_string()),
                        None,
                    )}
                    {input(
                        &st,
                        &prefix,
                        "scale_max",
                        t("criterion-scale"),
                        "number",
                        or_typed(&st, "scale_max", c.scale_max.to_string()),
                        None,
                    )}
                </div>
                {textarea(
                    &st,
                    &prefix,
                    "description",
                    t("criterion-description"),
                    or_typed(&st, "description", c.description.clone()),
                    None,
                )}
                {ends}
                {scale}
                <div class="actions">
                    <button type="submit" name="intent" value="save" class="button-secondary">
                        {t_args("criterion-save", &[("name", criterion_name(&c))])}
                    </button>
                    <button type="submit" name="intent" value="remove" class="link-button">
                        {t_args("criterion-remove", &[("name", criterion_name(&c))])}
                    </button>
                </div>
            </fieldset>
        </form>
    }
}
