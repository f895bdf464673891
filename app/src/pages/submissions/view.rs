//! `/submissions/{code}`: one submission. Its authors see it with links to
//! change or withdraw it; organizers also tag it and turn it into a
//! speaker on a session or a note on a session or track.

use super::mine::submission_status;
use crate::format::{country_name, datetime};
use crate::forms::{ErrorSummary, FormState, input, or_typed, select, textarea};
use crate::render::{t, t_args};
use leptos::prelude::*;
use portal::domain::submission::SubmissionKind;
use portal::services::SubmissionView;

/// The organizer forms' state after a failed post: which form, and its state.
#[derive(Debug, Clone, Default)]
pub struct SubmissionForms {
    /// The tag form.
    pub tag: FormState,
    /// The use form.
    pub use_form: FormState,
}

fn row(label: String, value: String) -> impl IntoView + use<> {
    (!value.is_empty()).then(|| {
        view! {
            <dt>{label}</dt>
            <dd>
                <bdi>{value}</bdi>
            </dd>
        }
    })
}

fn staff_tools(v: &SubmissionView, forms: SubmissionForms) -> impl IntoView + use<> {
    let code = v.code.clone();
    let tags = v
        .tags
        .iter()
        .map(|tag| {
            let label = t_args("submission-tag-remove", &[("tag", tag.clone())]);
            view! {
                <li>
                    <form
                        method="post"
                        action=format!("/organize/submissions/{code}/tags/remove")
                        class="inline-form"
                    >
                        <span class="badge">{tag.clone()}</span>
                        " "
                        <input type="hidden" name="tag" value=tag.clone() />
                        <button type="submit" class="button-link" aria-label=label>
                            "×"
                        </button>
                    </form>
                </li>
            }
        })
        .collect_view();
    let uses = v
        .uses
        .iter()
        .map(|u| {
            let what = t_args(
                &format!("submission-used-{}", u.use_kind),
                &[("target", u.target_code.clone())],
            );
            view! {
                <li>
                    {what}
                    {(!u.note.is_empty())
                        .then(|| {
                            view! {
                                ": "
                                <bdi>{u.note.clone()}</bdi>
                            }
                        })}
                </li>
            }
        })
        .collect_view();
    let mut use_opts: Vec<(String, String)> = Vec::new();
    if v.kind.names_a_person() {
        use_opts.push(("speaker".into(), t("submission-use-speaker")));
    } else if v.kind != SubmissionKind::ExhibitionRequest {
        use_opts.push(("session".into(), t("submission-use-session")));
        use_opts.push(("line".into(), t("submission-use-line")));
    }
    let u = forms.use_form;
    let tag_state = forms.tag;
    let use_labels = vec![
        ("use_kind", t("submission-use-kind")),
        ("target", t("submission-use-target")),
        ("note", t("submission-use-note")),
    ];
    let first_use = use_opts.first().map(|o| o.0.clone()).unwrap_or_default();
    let usable = !use_opts.is_empty() && v.status == "submitted";
    view! {
        <section aria-labelledby="organizer-tools">
            <h2 id="organizer-tools">{t("submission-organizer-tools")}</h2>
            <h3>{t("submission-tags")}</h3>
            {if v.tags.is_empty() {
                view! { <p>{t("submission-no-tags")}</p> }.into_any()
            } else {
                view! { <ul class="inline-list">{tags}</ul> }.into_any()
            }}
            <form
                method="post"
                action=format!("/organize/submissions/{}/tags", v.code)
                novalidate=true
                class="form form-narrow"
                id="tag-form"
            >
                <ErrorSummary
                    form=tag_state.clone()
                    labels=vec![("tag", t("submission-tag-new"))]
                    prefix="tag-".to_owned()
                />
                {input(
                    &tag_state,
                    "tag-",
                    "tag",
                    t("submission-tag-new"),
                    "text",
                    or_typed(&tag_state, "tag", String::new()),
                    Some(t("submission-tag-hint")),
                )}
                <button type="submit" class="button-secondary">
                    {t("submission-tag-add")}
                </button>
            </form>
            <h3>{t("submission-uses")}</h3>
            {(!v.uses.is_empty()).then(|| view! { <ul>{uses}</ul> })}
            {usable
                .then(|| {
                    view! {
                        <form
                            method="post"
                            action=format!("/organize/submissions/{}/use", v.code)
                            novalidate=true
                            class="form form-narrow"
                            id="use-form"
                        >
                            <ErrorSummary
                                form=u.clone()
                                labels=use_labels
                                prefix="use-".to_owned()
                            />
                            {select(
                                &u,
                                "use-",
                                "use_kind",
                                t("submission-use-kind"),
                                use_opts,
                                or_typed(&u, "use_kind", first_use),
                                None,
                            )}
                            {input(
                                &u,
                                "use-",
                                "target",
                                t("submission-use-target"),
                                "text",
                                or_typed(&u, "target", String::new()),
                                Some(t("submission-use-target-hint")),
                            )}
                            {textarea(
                                &u,
                                "use-",
                                "note",
                                t("submission-use-note"),
                                or_typed(&u, "note", String::new()),
                                Some(t("submission-use-note-hint")),
                            )}
                            <button type="submit" class="button-secondary">
                                {t("submission-use-save")}
                            </button>
                        </form>
                    }
                })}
        </section>
    }
}

/// The page.
#[component]
pub fn SubmissionViewPage(
    submission: SubmissionView,
    staff: bool,
    author: bool,
    time_zone: String,
    forms: SubmissionForms,
) -> impl IntoView {
    let v = submission;
    let f = &v.form;
    let k = v.kind.code();
    let title = if f.title.is_empty() {
        t("proposal-untitled")
    } else {
        f.title.clone()
    };
    let lines = f
        .action_lines
        .iter()
        .map(|c| format!("{c} – {}", crate::render::t_or(&format!("al-{c}"), c)))
        .collect::<Vec<_>>()
        .join("; ");
    let sdgs = f
        .sdgs
        .iter()
        .map(|c| format!("{} {c}", t("sdg")))
        .collect::<Vec<_>>()
        .join(", ");
    let person = v.kind.names_a_person().then(|| {
        view! {
            <h2>{t(&format!("submission-{k}-person"))}</h2>
            <dl class="facts">
                {row(t("submission-person-name"), f.person_name.clone())}
                {row(t("submission-person-organization"), f.person_organization.clone())}
                {row(
                    t("field-country"),
                    if f.person_country.is_empty() {
                        String::new()
                    } else {
                        country_name(&f.person_country)
                    },
                )}
                {row(
                    t("field-stakeholder-type"),
                    if f.person_stakeholder.is_empty() {
                        String::new()
                    } else {
                        t(&format!("stakeholder-{}", f.person_stakeholder))
                    },
                )}
                {row(
                    t("submission-person-gender"),
                    if f.person_gender.is_empty() {
                        String::new()
                    } else {
                        t(&format!("gender-{}", f.person_gender))
                    },
                )} {row(t("submission-person-email"), f.person_email.clone())}
            </dl>
        }
    });
    let received = match &v.meeting {
        Some(m) => t_args(
            "submission-received-meeting",
            &[("meeting", m.clone()), ("name", v.on_behalf_of.clone())],
        ),
        None => t("submission-received-online"),
    };
    let sent_at = v
        .submitted_at
        .map(|at| datetime(at, &time_zone))
        .unwrap_or_default();
    let show_edit = v.editable && (author || v.meeting.is_some());
    let withdrawable = author && v.editable && v.status != "withdrawn";
    let tools = staff.then(|| staff_tools(&v, forms));
    view! {
        <p>
            <a href=if staff && !author {
                "/organize/submissions"
            } else {
                "/submissions"
            }>{t("submissions-back")}</a>
        </p>
        <h1>
            <bdi>{title}</bdi>
        </h1>
        <p class="lead">
            <span class="code">{v.code.clone()}</span>
            " · "
            {t(&format!("submission-kind-{k}"))}
            " · "
            {submission_status(&v.status)}
        </p>
        <dl class="facts">
            {row(
                t("submission-from"),
                if v.meeting.is_some() { v.on_behalf_of.clone() } else { v.organization.clone() },
            )}
            {row(
                t("field-stakeholder-type"),
                if v.stakeholder_type.is_empty() {
                    String::new()
                } else {
                    t(&format!("stakeholder-{}", v.stakeholder_type))
                },
            )}
            {row(
                t("field-country"),
                if v.country_code.is_empty() {
                    String::new()
                } else {
                    country_name(&v.country_code)
                },
            )} {row(t("submission-received-how"), received)} {row(t("submission-sent-at"), sent_at)}
            {row(t("proposal-field-action-lines"), lines)} {row(t("proposal-field-sdgs"), sdgs)}
            {row(
                t("submission-space-size"),
                if f.space_size.is_empty() {
                    String::new()
                } else {
                    t_args("submission-space-option", &[("m2", f.space_size.clone())])
                },
            )}
            {row(
                t("submission-consent-short"),
                if f.consent {
                    t("submission-consent-given")
                } else {
                    t("submission-consent-not-given")
                },
            )}
        </dl>
        <h2>{t(&format!("submission-{k}-body"))}</h2>
        <div class="prose">
            <p class="pre-line">
                <bdi>{f.body.clone()}</bdi>
            </p>
        </div>
        {person}
        {(show_edit || withdrawable)
            .then(|| {
                view! {
                    <div class="actions">
                        {show_edit
                            .then(|| {
                                view! {
                                    <a class="button" href=format!("/submissions/{}/edit", v.code)>
                                        {t("submission-change")}
                                    </a>
                                }
                            })} " "
                        {withdrawable
                            .then(|| {
                                view! {
                                    <form
                                        method="post"
                                        action=format!("/submissions/{}/withdraw", v.code)
                                        class="inline-form"
                                    >
                                        <button type="submit" class="button-secondary">
                                            {t("submission-withdraw")}
                                        </button>
                                    </form>
                                }
                            })}
                    </div>
                    <p class="hint">
                        {t_args(
                            "submission-editable-until",
                            &[("deadline", datetime(v.deadline, &time_zone))],
                        )}
                    </p>
                }
            })}
        {tools}
    }
}
