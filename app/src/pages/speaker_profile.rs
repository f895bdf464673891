//! A speaker's profile page: the printed name, biography, links, pronouns
//! and photo, and which of them the programme shows; and the times they
//! cannot speak. Reached by the panelist through their confirmation link,
//! or by organizers on their behalf. One `multipart/form-data` form, so the
//! photo uploads without JavaScript too.

use crate::format::{long_day, time_range_view};
use crate::forms::{ErrorSummary, FormState, input, select, textarea};
use crate::islands::LocalTime;
use crate::render::{t, t_args};
use leptos::prelude::*;
use portal::services::{DeclaredTime, ProfilePage};

/// Whose link the page was opened with: it decides where the forms post
/// and which hidden field says whose profile it is.
#[derive(Debug, Clone)]
pub enum ProfileTarget {
    /// The panelist, by their confirmation link's token.
    Link(String),
    /// An organizer, for the panelist with this e-mail address.
    Staff(String),
    /// The signed-in panelist, by their account.
    Account,
}

impl ProfileTarget {
    /// Where the profile form posts; the availability forms post under it.
    pub fn base(&self) -> &'static str {
        match self {
            ProfileTarget::Link(_) => "/speakers/profile",
            ProfileTarget::Staff(_) => "/organize/speakers/profile",
            ProfileTarget::Account => "/account/speaker-profile",
        }
    }

    /// The hidden field that says whose profile a form is about.
    fn hidden(&self) -> Option<(&'static str, String)> {
        match self {
            ProfileTarget::Link(token) => Some(("token", token.clone())),
            ProfileTarget::Staff(email) => Some(("email", email.clone())),
            ProfileTarget::Account => None,
        }
    }
}

/// The hidden field of `target`, if it has one.
fn hidden_field(target: &ProfileTarget) -> Option<impl IntoView + use<>> {
    target
        .hidden()
        .map(|(name, value)| view! { <input type="hidden" name=name value=value /> })
}

/// What an account whose address is on no panel sees at
/// `/account/speaker-profile`.
#[component]
pub fn NoSpeakerProfilePage(email: String) -> impl IntoView {
    view! {
        <h1>{t("profile-title")}</h1>
        <p class="lead">{t_args("profile-not-on-panel", &[("email", email)])}</p>
        <p>
            <a href="/account">{t("account-title")}</a>
        </p>
    }
}

fn labels() -> Vec<(&'static str, String)> {
    vec![
        ("print_name", t("profile-print-name")),
        ("honorific", t("profile-honorific")),
        ("job_title", t("profile-job-title")),
        ("organization", t("profile-organization")),
        ("pronouns", t("profile-pronouns")),
        ("bio", t("profile-bio")),
        ("links", t("profile-links")),
        ("photo", t("profile-photo")),
    ]
}

/// A checkbox that is ticked when the form says so.
fn checkbox(state: &FormState, name: &'static str, label: String) -> impl IntoView + use<> {
    let id = format!("f-{name}");
    view! {
        <div class="field field-checkbox">
            <input
                id=id.clone()
                name=name
                type="checkbox"
                value="yes"
                checked=!state.value(name).is_empty()
            />
            <label for=id>{label}</label>
        </div>
    }
}

/// The photo field: the current thumbnail (inline, since it may not be
/// public), the file input and its message, and "remove".
fn photo_field(page: &ProfilePage, state: &FormState) -> impl IntoView + use<> {
    let error = state.error("photo");
    let describedby = if error.is_some() {
        "f-photo-hint f-photo-error"
    } else {
        "f-photo-hint"
    };
    let current = page.photo_preview.clone().map(|src| {
        view! {
            <img
                class="profile-photo-current"
                src=src
                width="96"
                height="96"
                alt=t("profile-photo-current")
            />
        }
    });
    let remove = page
        .photo_preview
        .is_some()
        .then(|| checkbox(state, "remove_photo", t("profile-photo-remove")));
    view! {
        <div class="field" class:field-invalid=error.is_some()>
            <label for="f-photo">{t("profile-photo")}</label>
            {current}
            <p class="hint" id="f-photo-hint">
                {t("profile-photo-hint")}
            </p>
            {error
                .clone()
                .map(|m| {
                    view! {
                        <p class="field-error" id="f-photo-error">
                            {m}
                        </p>
                    }
                })}
            <input
                id="f-photo"
                name="photo"
                type="file"
                accept="image/jpeg,image/png,image/webp"
                aria-invalid=error.is_some().then_some("true")
                aria-describedby=describedby
            />
        </div>
        {remove}
    }
}

fn declared_list(times: &[DeclaredTime], target: &ProfileTarget) -> impl IntoView + use<> {
    if times.is_empty() {
        return view! { <p>{t("profile-unavailable-none")}</p> }.into_any();
    }
    let items = times
        .iter()
        .map(|u| {
            let whole = u.start_minute == 0 && u.end_minute >= 24 * 60;
            let when = if whole {
                view! { {t("profile-whole-day")} }.into_any()
            } else {
                time_range_view(u.start_minute as u16, u.end_minute as u16).into_any()
            };
            let action = if u.by_speaker {
                let remove = format!("{}/unavailable/{}/remove", target.base(), u.id);
                view! {
                    <form method="post" action=remove class="inline-form">
                        {hidden_field(target)}
                        <button type="submit" class="link-button">
                            {t_args("profile-unavailable-remove", &[("day", long_day(u.day))])}
                        </button>
                    </form>
                }
                .into_any()
            } else {
                view! { <span class="muted">{t("profile-unavailable-by-organizers")}</span> }
                    .into_any()
            };
            // The reader's own time, with JavaScript (the island).
            let (start, end) = (
                geneva_instant(u.day, u.start_minute),
                geneva_instant(u.day, u.end_minute),
            );
            view! {
                <li>
                    {long_day(u.day)} ", " {when} " " {action}
                    <LocalTime start=start end=end label=t("session-when-local") />
                </li>
            }
        })
        .collect_view();
    view! { <ul class="plain-list">{items}</ul> }.into_any()
}

/// Minute `minute` of `day` on Geneva's clock, as an RFC 3339 instant.
fn geneva_instant(day: time::Date, minute: i64) -> String {
    let local =
        time::PrimitiveDateTime::new(day, time::Time::MIDNIGHT) + time::Duration::minutes(minute);
    let offset = portal::domain::geneva::offset_at(local.assume_utc());
    local
        .assume_offset(offset)
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

/// The times the panelist cannot speak, and the form to declare one.
fn availability_section(
    page: &ProfilePage,
    target: &ProfileTarget,
    state: FormState,
) -> impl IntoView + use<> {
    let days: Vec<(String, String)> = page
        .days
        .iter()
        .map(|d| (d.to_string(), long_day(*d)))
        .collect();
    let zone = page
        .days
        .first()
        .map(|d| {
            let noon = d.with_hms(12, 0, 0).map(|t| t.assume_utc());
            let offset = noon
                .map(portal::domain::geneva::offset_at)
                .map(|o| o.whole_hours())
                .unwrap_or(1);
            format!("UTC{offset:+}")
        })
        .unwrap_or_default();
    let (from, until) = page.day_span;
    let day_hours = format!(
        "{}–{}",
        portal::domain::agenda::clock(from as u16),
        portal::domain::agenda::clock(until as u16)
    );
    let un_labels = vec![
        ("day", t("profile-unavailable-day")),
        ("start", t("profile-unavailable-start")),
        ("end", t("profile-unavailable-end")),
    ];
    view! {
        <section aria-labelledby="availability-title">
            <h2 id="availability-title">{t("profile-availability-title")}</h2>
            <p>{t_args("profile-availability-lead", &[("zone", zone), ("hours", day_hours)])}</p>
            {declared_list(&page.unavailable, target)}
            <form
                method="post"
                action=format!("{}/unavailable", target.base())
                class="form"
                novalidate=true
            >
                <fieldset>
                    <legend>{t("profile-unavailable-new")}</legend>
                    <ErrorSummary form=state.clone() labels=un_labels prefix="un-".to_owned() />
                    {hidden_field(target)}
                    {select(
                        &state,
                        "un-",
                        "day",
                        t("profile-unavailable-day"),
                        days,
                        state.value("day"),
                        None,
                    )}
                    <div class="field field-checkbox">
                        <input
                            id="un-whole_day"
                            name="whole_day"
                            type="checkbox"
                            value="yes"
                            checked=!state.value("whole_day").is_empty()
                        />
                        <label for="un-whole_day">{t("profile-whole-day")}</label>
                    </div>
                    {input(
                        &state,
                        "un-",
                        "start",
                        t("profile-unavailable-start"),
                        "text",
                        state.value("start"),
                        Some(t("profile-time-hint")),
                    )}
                    {input(
                        &state,
                        "un-",
                        "end",
                        t("profile-unavailable-end"),
                        "text",
                        state.value("end"),
                        Some(t("profile-time-hint")),
                    )}
                    <button type="submit" class="button-secondary">
                        {t("profile-unavailable-add")}
                    </button>
                </fieldset>
            </form>
        </section>
    }
}

/// The whole page.
#[component]
pub fn SpeakerProfilePage(
    page: ProfilePage,
    target: ProfileTarget,
    form: FormState,
    availability: FormState,
) -> impl IntoView {
    let heading = match &target {
        ProfileTarget::Staff(_) => t_args(
            "profile-title-staff",
            &[("name", page.profile.print_name.clone())],
        ),
        _ => t("profile-title"),
    };
    let staff_note = matches!(target, ProfileTarget::Staff(_))
        .then(|| view! { <p class="notice">{t("profile-staff-note")}</p> });
    let sessions = page
        .sessions
        .iter()
        .map(|(code, title)| {
            view! {
                <li>
                    <bdi>{code.clone()}</bdi>
                    " · "
                    <bdi>{title.clone()}</bdi>
                </li>
            }
        })
        .collect_view();
    // Organizers record times on the venue page, as theirs.
    let availability_view = (!matches!(target, ProfileTarget::Staff(_)))
        .then(|| availability_section(&page, &target, availability));
    let f = &form;
    view! {
        <h1>{heading}</h1>
        {staff_note}
        <p class="lead">{t("profile-lead")}</p>
        <ul class="plain-list">{sessions}</ul>
        <form
            method="post"
            action=target.base()
            enctype="multipart/form-data"
            class="form"
            novalidate=true
        >
            <ErrorSummary form=form.clone() labels=labels() />
            {hidden_field(&target)}
            {input(
                f,
                "f-",
                "print_name",
                t("profile-print-name"),
                "text",
                f.value("print_name"),
                Some(t("profile-print-name-hint")),
            )}
            {input(
                f,
                "f-",
                "honorific",
                t("profile-honorific"),
                "text",
                f.value("honorific"),
                Some(t("profile-honorific-hint")),
            )}
            {input(
                f,
                "f-",
                "job_title",
                t("profile-job-title"),
                "text",
                f.value("job_title"),
                None,
            )}
            {input(
                f,
                "f-",
                "organization",
                t("profile-organization"),
                "text",
                f.value("organization"),
                None,
            )}
            {input(
                f,
                "f-",
                "pronouns",
                t("profile-pronouns"),
                "text",
                f.value("pronouns"),
                Some(t("profile-pronouns-hint")),
            )}
            {textarea(
                f,
                "f-",
                "bio",
                t("profile-bio"),
                f.value("bio"),
                Some(t("profile-bio-hint")),
            )}
            {textarea(
                f,
                "f-",
                "links",
                t("profile-links"),
                f.value("links"),
                Some(t("profile-links-hint")),
            )}
            {photo_field(&page, f)}
            <fieldset>
                <legend>{t("profile-public-title")}</legend>
                <p class="hint">{t("profile-public-hint")}</p>
                {checkbox(f, "public_details", t("profile-public-details"))}
                {checkbox(f, "public_bio", t("profile-public-bio"))}
                {checkbox(f, "public_links", t("profile-public-links"))}
                {checkbox(f, "public_pronouns", t("profile-public-pronouns"))}
                {checkbox(f, "public_photo", t("profile-public-photo"))}
            </fieldset>
            <div class="actions">
                <button type="submit" class="button">
                    {t("profile-save")}
                </button>
            </div>
        </form>
        {availability_view}
    }
}
