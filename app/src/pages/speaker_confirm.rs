//! The page a panelist reaches from the invitation e-mail. Opening it changes
//! nothing (mail scanners follow links); the buttons record the answer.

use crate::render::{t, t_args};
use leptos::prelude::*;
use portal::services::SpeakerInvitation;

/// Confirm or decline; `invitation` is `None` when the link is no good.
#[component]
pub fn SpeakerConfirmPage(token: String, invitation: Option<SpeakerInvitation>) -> impl IntoView {
    let Some(inv) = invitation else {
        return view! {
            <h1>{t("speaker-invalid-title")}</h1>
            <p class="lead">{t("error-token-invalid")}</p>
        }
        .into_any();
    };
    let role = t(&format!(
        "panel-role-{}",
        if inv.role == "moderator" {
            "moderator"
        } else {
            "speaker"
        }
    ));
    let current = inv.answer.clone().map(|a| {
        view! {
            <p class="notice">
                {t_args("speaker-current-answer", &[("answer", t(&format!("speaker-answer-{a}")))])}
            </p>
        }
    });
    view! {
        <h1>{t_args("speaker-confirm-title", &[("name", inv.name.clone())])}</h1>
        <p class="lead">
            {t_args(
                "speaker-confirm-lead",
                &[
                    ("role", role),
                    ("title", inv.title.clone()),
                    ("code", inv.code.clone()),
                    ("organization", inv.organization.clone()),
                ],
            )}
        </p>
        {current}
        <p>
            <a href=format!("/speakers/profile?token={token}")>{t("profile-edit-link")}</a>
        </p>
        <form method="post" action="/speakers/confirm" class="form form-narrow">
            <input type="hidden" name="token" value=token />
            <div class="actions">
                <button type="submit" name="answer" value="confirm" class="button">
                    {t("speaker-confirm-yes")}
                </button>
                <button type="submit" name="answer" value="decline" class="button-secondary">
                    {t("speaker-confirm-no")}
                </button>
            </div>
        </form>
    }
    .into_any()
}
