//! Speakers' profiles: `/speakers/profile?token=…` for the panelist (their
//! confirmation link is the credential), `/account/speaker-profile` for a
//! signed-in panelist, `/organize/speakers/profile?email=…` for organizers
//! editing on their behalf, the panelist's declared
//! unavailability, and the public photos (`/speaker-photos/{hash}.jpg`).
//!
//! The profile form is a plain `multipart/form-data` post, so a photo is
//! uploaded with or without JavaScript.

use super::forms::{Pairs, TokenParam};
use crate::error::error_page;
use crate::form_post::{after_form, echo, form_failed};
use crate::middleware::{Req, SignedIn};
use crate::render::{page, see_other};
use crate::state::AppState;
use axum::Form;
use axum::extract::multipart::MultipartError;
use axum::extract::{DefaultBodyLimit, FromRequest, Multipart, Path, Query, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use leptos::prelude::*;
use portal::AppError;
use portal::domain::speaker_profile::{AvailabilityForm, SpeakerProfileForm};
use portal::photo::{MAX_UPLOAD_BYTES, PhotoError};
use portal::services::{PhotoChange, ProfileEditor, ProfilePage};
use portal_app::forms::FormState;
use portal_app::pages::{
    NoSpeakerProfilePage, ProfileTarget, SpeakerConfirmPage, SpeakerProfilePage,
};

/// The body limit of the profile form: a photo at the limit plus the text
/// fields, with room to spare so that a somewhat larger photo still gets
/// its message beside the field rather than a bare refusal.
pub fn upload_limit() -> DefaultBodyLimit {
    DefaultBodyLimit::max(MAX_UPLOAD_BYTES * 2 + 64 * 1024)
}

/// What a profile form carried.
#[derive(Default)]
struct Posted {
    pairs: Vec<(String, String)>,
    photo: Option<(Vec<u8>, String)>,
    refused: Option<PhotoError>,
}

/// Reads the multipart form. The photo is kept only up to the size limit;
/// past it the rest is read and dropped, so the other fields still arrive.
/// A body cut off by the overall limit keeps the fields read before it.
///
/// A URL-encoded post (a client that sends no photo) is read as its
/// fields; any other body counts as an empty form. Either way the service
/// still decides who may do what.
async fn read_posted(request: Request) -> Posted {
    let mut out = Posted::default();
    let urlencoded = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    if urlencoded {
        if let Ok(body) = axum::body::to_bytes(request.into_body(), 64 * 1024).await {
            out.pairs = form_urlencoded::parse(&body).into_owned().collect();
        }
        return out;
    }
    let Ok(mut mp) = Multipart::from_request(request, &()).await else {
        return out;
    };
    loop {
        let mut field = match mp.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(e) => {
                out.refused = Some(cut_off(&e));
                break;
            }
        };
        let name = field.name().unwrap_or_default().to_owned();
        if name != "photo" {
            // A field that cannot be read as text is left out (and a
            // required one is then reported missing); a cut-off body ends
            // at the next field.
            if let Ok(v) = field.text().await {
                out.pairs.push((name, v));
            }
            continue;
        }
        let file_name = field.file_name().unwrap_or_default().to_owned();
        let mut bytes = Vec::new();
        loop {
            match field.chunk().await {
                Ok(Some(c)) if bytes.len() + c.len() > MAX_UPLOAD_BYTES => {
                    out.refused = Some(PhotoError::TooLarge);
                    bytes.clear();
                }
                Ok(Some(c)) if out.refused.is_none() => bytes.extend_from_slice(&c),
                Ok(Some(_)) => {}
                Ok(None) => break,
                Err(e) => {
                    out.refused = Some(cut_off(&e));
                    return out;
                }
            }
        }
        // An empty file input sends an empty part with no name.
        if !bytes.is_empty() || !file_name.is_empty() {
            out.photo = Some((bytes, file_name));
        }
    }
    out
}

/// Why a multipart body ended early: past the route's limit, or cut short
/// or malformed on the way.
fn cut_off(e: &MultipartError) -> PhotoError {
    if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
        PhotoError::TooLarge
    } else {
        PhotoError::Corrupt
    }
}

fn profile_form(p: &Pairs) -> SpeakerProfileForm {
    let tick = |k: &str| (!p.get(k).is_empty()).then(|| "yes".to_owned());
    SpeakerProfileForm {
        print_name: p.get("print_name"),
        honorific: p.get("honorific"),
        job_title: p.get("job_title"),
        organization: p.get("organization"),
        bio: p.get("bio"),
        links: p.get("links"),
        pronouns: p.get("pronouns"),
        public_details: tick("public_details"),
        public_bio: tick("public_bio"),
        public_links: tick("public_links"),
        public_pronouns: tick("public_pronouns"),
        public_photo: tick("public_photo"),
        remove_photo: tick("remove_photo"),
    }
}

fn photo_change(posted: Posted, form: &SpeakerProfileForm) -> PhotoChange {
    match (posted.refused, posted.photo) {
        (Some(e), _) => PhotoChange::Refused(e),
        (None, Some((bytes, file_name))) => PhotoChange::Upload { bytes, file_name },
        (None, None) if form.remove_photo.is_some() => PhotoChange::Remove,
        (None, None) => PhotoChange::Keep,
    }
}

/// The page, with the profile form in `form` and the availability form in
/// `availability`.
fn render(
    state: &AppState,
    req: &Req,
    status: StatusCode,
    profile: ProfilePage,
    target: ProfileTarget,
    form: FormState,
    availability: FormState,
) -> Response {
    let title = portal::i18n::tr(req.locale, "profile-title");
    page(state, req, status, title, move || {
        view! {
            <SpeakerProfilePage
                page=profile
                target=target
                form=form
                availability=availability
            />
        }
    })
}

fn saved_state(profile: &ProfilePage) -> FormState {
    FormState {
        values: echo(&profile.profile.to_form()).into_iter().collect(),
        ..FormState::default()
    }
}

/// The "link no good" page of a spent or unknown token.
fn invalid_link(state: &AppState, req: &Req) -> Response {
    let title = portal::i18n::tr(req.locale, "speaker-invalid-title");
    page(state, req, StatusCode::NOT_FOUND, title, || {
        view! { <SpeakerConfirmPage token=String::new() invitation=None /> }
    })
}

/// Shows the editor's page, the profile form with what was typed in `form`
/// (else as saved) and the availability form in `availability`; or the
/// refusal page.
async fn show_page(
    state: &AppState,
    req: &Req,
    editor: ProfileEditor<'_>,
    target: ProfileTarget,
    form: Option<FormState>,
    availability: FormState,
) -> Response {
    match state.portal.speaker_profile_page(editor).await {
        Ok(p) => {
            let failed =
                form.as_ref().is_some_and(FormState::has_errors) || availability.has_errors();
            let status = if failed {
                StatusCode::UNPROCESSABLE_ENTITY
            } else {
                StatusCode::OK
            };
            let form = form.unwrap_or_else(|| saved_state(&p));
            render(state, req, status, p, target, form, availability)
        }
        Err(AppError::Conflict(_)) => invalid_link(state, req),
        Err(e) => error_page(state, req, &e),
    }
}

fn link_to(token: &str) -> String {
    // The token is URL-safe base64, so it needs no escaping.
    format!("/speakers/profile?token={token}")
}

fn staff_link(email: &str) -> String {
    let q: String = form_urlencoded::byte_serialize(email.as_bytes()).collect();
    format!("/organize/speakers/profile?email={q}")
}

/// `GET /speakers/profile?token=…`
pub async fn show(
    State(state): State<AppState>,
    req: Req,
    Query(q): Query<TokenParam>,
) -> Response {
    let target = ProfileTarget::Link(q.token.clone());
    let editor = ProfileEditor::Speaker(&q.token);
    show_page(&state, &req, editor, target, None, FormState::default()).await
}

/// Saves the profile form `posted` for `editor`: back to `back` with a
/// notice, or the page again with what was typed and the messages.
async fn save_as(
    state: &AppState,
    req: &Req,
    editor: ProfileEditor<'_>,
    target: ProfileTarget,
    back: &str,
    posted: Posted,
) -> Response {
    let form = profile_form(&Pairs(posted.pairs.clone()));
    let change = photo_change(posted, &form);
    let result = state
        .portal
        .save_speaker_profile(editor, &form, change, &req.meta)
        .await;
    after_form(
        state,
        req,
        result,
        (back, "profile-saved"),
        &form,
        async |fs| show_page(state, req, editor, target, Some(fs), FormState::default()).await,
    )
    .await
}

/// `POST /speakers/profile` (multipart): the profile and photo.
pub async fn save(State(state): State<AppState>, req: Req, request: Request) -> Response {
    let posted = read_posted(request).await;
    let token = Pairs(posted.pairs.clone()).get("token");
    let editor = ProfileEditor::Speaker(&token);
    let target = ProfileTarget::Link(token.clone());
    save_as(&state, &req, editor, target, &link_to(&token), posted).await
}

/// Declares a time for `editor` from the posted `pairs`; back to `back`.
async fn declare_as(
    state: &AppState,
    req: &Req,
    editor: ProfileEditor<'_>,
    target: ProfileTarget,
    back: &str,
    p: &Pairs,
) -> Response {
    let form = AvailabilityForm {
        day: p.get("day"),
        whole_day: (!p.get("whole_day").is_empty()).then(|| "yes".to_owned()),
        start: p.get("start"),
        end: p.get("end"),
    };
    let result = state
        .portal
        .declare_unavailable(editor, &form, &req.meta)
        .await;
    match result {
        Ok(()) => see_other(
            back,
            Some("profile-unavailable-added"),
            state.config.secure_cookies(),
        ),
        Err(AppError::Conflict(_)) => invalid_link(state, req),
        Err(e) => {
            form_failed(state, req, e, &form, async |fs| {
                show_page(state, req, editor, target, None, fs).await
            })
            .await
        }
    }
}

/// Withdraws time `id` declared by `editor`; back to `back`.
async fn withdraw_as(
    state: &AppState,
    req: &Req,
    editor: ProfileEditor<'_>,
    id: i64,
    back: &str,
) -> Response {
    match state
        .portal
        .withdraw_unavailable(editor, id, &req.meta)
        .await
    {
        Ok(()) => see_other(
            back,
            Some("profile-unavailable-removed"),
            state.config.secure_cookies(),
        ),
        Err(AppError::Conflict(_)) => invalid_link(state, req),
        Err(e) => error_page(state, req, &e),
    }
}

/// `POST /speakers/profile/unavailable`: the panelist declares a time.
pub async fn declare(
    State(state): State<AppState>,
    req: Req,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
    let p = Pairs(pairs);
    let token = p.get("token");
    let target = ProfileTarget::Link(token.clone());
    let editor = ProfileEditor::Speaker(&token);
    declare_as(&state, &req, editor, target, &link_to(&token), &p).await
}

/// `POST /speakers/profile/unavailable/{id}/remove`: the panelist
/// withdraws a time they declared.
pub async fn withdraw(
    State(state): State<AppState>,
    req: Req,
    Path(id): Path<i64>,
    Form(f): Form<TokenParam>,
) -> Response {
    let editor = ProfileEditor::Speaker(&f.token);
    withdraw_as(&state, &req, editor, id, &link_to(&f.token)).await
}

const ACCOUNT_PAGE: &str = "/account/speaker-profile";

/// `GET /account/speaker-profile`: a signed-in panelist's own profile; an
/// account whose address is on no panel is told so.
pub async fn account_show(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    req: Req,
) -> Response {
    match state
        .portal
        .speaker_profile_page(ProfileEditor::Account(&user))
        .await
    {
        Ok(p) => {
            let form = saved_state(&p);
            let target = ProfileTarget::Account;
            render(
                &state,
                &req,
                StatusCode::OK,
                p,
                target,
                form,
                FormState::default(),
            )
        }
        Err(AppError::NotFound) => {
            let title = portal::i18n::tr(req.locale, "profile-title");
            let email = user.email.clone();
            page(&state, &req, StatusCode::OK, title, move || {
                view! { <NoSpeakerProfilePage email=email /> }
            })
        }
        Err(e) => error_page(&state, &req, &e),
    }
}

/// `POST /account/speaker-profile` (multipart).
pub async fn account_save(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    req: Req,
    request: Request,
) -> Response {
    let posted = read_posted(request).await;
    let editor = ProfileEditor::Account(&user);
    save_as(
        &state,
        &req,
        editor,
        ProfileTarget::Account,
        ACCOUNT_PAGE,
        posted,
    )
    .await
}

/// `POST /account/speaker-profile/unavailable`.
pub async fn account_declare(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    req: Req,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
    let editor = ProfileEditor::Account(&user);
    let target = ProfileTarget::Account;
    declare_as(&state, &req, editor, target, ACCOUNT_PAGE, &Pairs(pairs)).await
}

/// `POST /account/speaker-profile/unavailable/{id}/remove`.
pub async fn account_withdraw(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    req: Req,
    Path(id): Path<i64>,
) -> Response {
    let editor = ProfileEditor::Account(&user);
    withdraw_as(&state, &req, editor, id, ACCOUNT_PAGE).await
}

/// The address in `?email=` of the organizers' profile routes.
#[derive(Debug, serde::Deserialize)]
pub struct EmailParam {
    /// The panelist's address, as on the panel.
    #[serde(default)]
    pub email: String,
}

/// `GET /organize/speakers/profile?email=…`: an organizer edits a
/// panelist's profile on their behalf.
pub async fn staff_show(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    req: Req,
    Query(q): Query<EmailParam>,
) -> Response {
    let target = ProfileTarget::Staff(q.email.trim().to_lowercase());
    let editor = ProfileEditor::Staff(&user, &q.email);
    show_page(&state, &req, editor, target, None, FormState::default()).await
}

/// `POST /organize/speakers/profile` (multipart).
pub async fn staff_save(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    req: Req,
    request: Request,
) -> Response {
    let posted = read_posted(request).await;
    let email = Pairs(posted.pairs.clone())
        .get("email")
        .trim()
        .to_lowercase();
    let editor = ProfileEditor::Staff(&user, &email);
    let target = ProfileTarget::Staff(email.clone());
    save_as(&state, &req, editor, target, &staff_link(&email), posted).await
}

/// `GET /speaker-photos/{hash}.jpg` and `/speaker-photos/{hash}-96.jpg`: a
/// public photo. The hash is the content's, so the answer never changes:
/// cached for a year, immutable, with an `ETag`.
pub async fn photo(
    State(state): State<AppState>,
    req: Req,
    headers: HeaderMap,
    Path(file): Path<String>,
) -> Response {
    let Some(stem) = file.strip_suffix(".jpg") else {
        return error_page(&state, &req, &AppError::NotFound);
    };
    let (hash, thumb) = match stem.strip_suffix("-96") {
        Some(h) => (h, true),
        None => (stem, false),
    };
    if hash.len() != 20 || !hash.bytes().all(|b| b.is_ascii_hexdigit()) {
        return error_page(&state, &req, &AppError::NotFound);
    }
    let etag = format!("\"{stem}\"");
    let bytes = match state.portal.speaker_photo(hash, thumb).await {
        Ok(Some(b)) => b,
        Ok(None) => return error_page(&state, &req, &AppError::NotFound),
        Err(e) => return error_page(&state, &req, &e),
    };
    let mut res = if headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag))
    {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        ([(header::CONTENT_TYPE, "image/jpeg")], bytes).into_response()
    };
    let h = res.headers_mut();
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=31536000, immutable"),
    );
    if let Ok(v) = HeaderValue::from_str(&etag) {
        h.insert(header::ETAG, v);
    }
    res
}
