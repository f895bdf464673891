//! Notes organizers attached to a session or an Action Line's track from
//! consultation submissions, shown where they were attached.

use crate::render::t;
use leptos::prelude::*;
use portal::services::ProgrammeNote;

/// "From the consultation": each note with a link to its submission.
/// Nothing when there is none.
#[component]
pub fn ConsultationNotes(notes: Vec<ProgrammeNote>) -> impl IntoView {
    if notes.is_empty() {
        return ().into_any();
    }
    let items = notes
        .into_iter()
        .map(|n| {
            view! {
                <li>
                    <a href=format!("/submissions/{}", n.code)>
                        <bdi>{n.title}</bdi>
                    </a>
                    " "
                    <span class="code">{n.code}</span>
                    {(!n.note.is_empty())
                        .then(|| {
                            view! {
                                <p class="pre-line">
                                    <bdi>{n.note}</bdi>
                                </p>
                            }
                        })}
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="consultation-notes">
            <h2 id="consultation-notes">{t("consultation-notes-title")}</h2>
            <p class="hint">{t("consultation-notes-lead")}</p>
            <ul>{items}</ul>
        </section>
    }
    .into_any()
}
