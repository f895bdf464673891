//! `/organize/agenda/release`: what the next release would change, and the
//! form that publishes it.

use crate::format::datetime;
use crate::forms::{ErrorSummary, FormState, or_typed, textarea};
use crate::render::{t, t_args};
use leptos::prelude::*;
use portal::services::{ChangeEntry, Changelog, ReleaseSummary};

/// What releasing now would publish.
#[derive(Debug, Clone)]
pub struct ReleaseDraft {
    /// Sessions that would be in the programme.
    pub sessions: usize,
    /// Errors on the board.
    pub errors: usize,
    /// Changes against the latest release.
    pub changes: Changelog,
    /// Earlier releases, newest first.
    pub releases: Vec<ReleaseSummary>,
    /// The edition's time zone.
    pub zone: String,
}

fn entries(list: &[ChangeEntry]) -> impl IntoView + use<> {
    list.iter()
        .map(|e| {
            view! {
                <li>
                    <a href=format!("/sessions/{}", e.code)>{e.code.clone()}</a>
                    " "
                    <bdi>{e.title.clone()}</bdi>
                </li>
            }
        })
        .collect_view()
}

/// A changelog as three short lists.
pub fn changelog_view(log: &Changelog) -> impl IntoView + use<> {
    let part = |key: &str, list: &[ChangeEntry]| {
        (!list.is_empty()).then(|| {
            let heading = t_args(key, &[("n", list.len().to_string())]);
            view! {
                <h4>{heading}</h4>
                <ul>{entries(list)}</ul>
            }
        })
    };
    let nothing = (log.added.is_empty() && log.moved.is_empty() && log.cancelled.is_empty())
        .then(|| view! { <p>{t("changelog-none")}</p> });
    view! {
        {nothing}
        {part("changelog-added", &log.added)}
        {part("changelog-moved", &log.moved)}
        {part("changelog-cancelled", &log.cancelled)}
    }
}

/// The release page.
#[component]
pub fn ReleasePage(draft: ReleaseDraft, form: FormState) -> impl IntoView {
    let summary = t_args(
        "release-summary",
        &[
            ("sessions", draft.sessions.to_string()),
            ("errors", draft.errors.to_string()),
        ],
    );
    let confirm_err = form.error("confirm");
    let earlier = draft
        .releases
        .iter()
        .map(|r| {
            let heading = t_args(
                "release-heading",
                &[
                    ("number", r.number.to_string()),
                    ("when", datetime(r.released_at, &draft.zone)),
                ],
            );
            let href = format!("/agenda?release={}", r.number);
            view! {
                <li>
                    <h3>
                        <a href=href>{heading}</a>
                    </h3>
                    {(!r.note.is_empty())
                        .then(|| {
                            view! {
                                <p>
                                    <bdi>{r.note.clone()}</bdi>
                                </p>
                            }
                        })}
                    {changelog_view(&r.changelog)}
                </li>
            }
        })
        .collect_view();
    view! {
        <h1>{t("agenda-release-title")}</h1>
        <p>
            <a href="/organize/agenda">{t("agenda-back-to-builder")}</a>
        </p>
        <p>{summary}</p>
        <h2>{t("release-changes")}</h2>
        {changelog_view(&draft.changes)}
        <form method="post" action="/organize/agenda/release" class="form" novalidate=true>
            <ErrorSummary
                form=form.clone()
                labels=vec![("confirm", t("release-confirm")), ("note", t("release-note"))]
                prefix="rl-".to_owned()
            />
            {textarea(
                &form,
                "rl-",
                "note",
                t("release-note"),
                or_typed(&form, "note", String::new()),
                Some(t("release-note-hint")),
            )}
            {(draft.errors > 0)
                .then(|| {
                    view! {
                        <div class="field" class:field-invalid=confirm_err.is_some()>
                            {confirm_err
                                .clone()
                                .map(|m| {
                                    view! {
                                        <p class="field-error" id="rl-confirm-error">
                                            {m}
                                        </p>
                                    }
                                })}
                            <div class="choice">
                                <input
                                    type="checkbox"
                                    id="rl-confirm"
                                    name="confirm"
                                    value="yes"
                                    aria-describedby=confirm_err
                                        .is_some()
                                        .then_some("rl-confirm-error")
                                />
                                <label for="rl-confirm">
                                    {t_args(
                                        "release-confirm-conflicts",
                                        &[("n", draft.errors.to_string())],
                                    )}
                                </label>
                            </div>
                        </div>
                    }
                })}
            <button type="submit" class="button">
                {t("release-publish")}
            </button>
        </form>
        <h2>{t("release-earlier")}</h2>
        {draft.releases.is_empty().then(|| view! { <p>{t("release-none-yet")}</p> })}
        <ul class="plain-list">{earlier}</ul>
    }
}
