//! Account pages: register, verify, sign in and out, reset and change the
//! password.

use super::forms::TokenParam;
use crate::error::{error_page, log_internal};
use crate::form_post::{NOTHING_TYPED, form_failed};
use crate::middleware::{Req, SESSION_COOKIE, SignedIn};
use crate::render::{page, safe_next, see_other, set_cookie};
use crate::state::AppState;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::{StatusCode, header};
use axum::response::Response;
use leptos::prelude::*;
use portal::AppError;
use portal::domain::{LoginForm, RegistrationForm};
use portal_app::forms::FormState;
use portal_app::pages::{
    AccountPage, ForgotPasswordPage, LoginPage, RegisterDonePage, RegisterPage, ResetPasswordPage,
    VerifyEmailPage, VerifyState,
};
use serde::{Deserialize, Serialize};

fn title(req: &Req, key: &str) -> String {
    portal::i18n::tr(req.locale, key)
}

/// Signed-in users are sent on; the forms below are for visitors.
fn already_signed_in(req: &Req) -> Option<Response> {
    req.user
        .as_ref()
        .map(|_| see_other("/account", None, false))
}

/// `GET /register`
pub async fn register_form(State(state): State<AppState>, req: Req) -> Response {
    if let Some(r) = already_signed_in(&req) {
        return r;
    }
    page(
        &state,
        &req,
        StatusCode::OK,
        title(&req, "register-title"),
        || {
            view! { <RegisterPage form=FormState::default()/> }
        },
    )
}

/// `POST /register`
pub async fn register(
    State(state): State<AppState>,
    req: Req,
    Form(form): Form<RegistrationForm>,
) -> Response {
    let outcome = match form.parse() {
        Ok(acc) => state.portal.register(acc, &req.meta).await,
        Err(errs) => Err(AppError::Validation(errs)),
    };
    match outcome {
        Ok(()) => see_other("/register/check-email", None, state.config.secure_cookies()),
        Err(e) => {
            form_failed(&state, &req, e, &form, async |fs| {
                page(
                    &state,
                    &req,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    error_title(&req, "register-title"),
                    || view! { <RegisterPage form=fs/> },
                )
            })
            .await
        }
    }
}

/// Page titles of forms with errors start with "Error:", so screen reader
/// users hear at once that the submission did not go through.
pub(super) fn error_title(req: &Req, key: &str) -> String {
    format!("{} {}", title(req, "title-error-prefix"), title(req, key))
}

/// `GET /register/check-email`
pub async fn register_done(State(state): State<AppState>, req: Req) -> Response {
    page(
        &state,
        &req,
        StatusCode::OK,
        title(&req, "register-done-title"),
        || view! { <RegisterDonePage/> },
    )
}

/// `GET /verify-email?token=…`: asks for confirmation (changes nothing).
pub async fn verify_form(
    State(state): State<AppState>,
    req: Req,
    Query(q): Query<TokenParam>,
) -> Response {
    let st = if q.token.is_empty() {
        VerifyState::Invalid
    } else {
        VerifyState::Confirm
    };
    page(
        &state,
        &req,
        StatusCode::OK,
        title(&req, "verify-title"),
        move || {
            view! { <VerifyEmailPage token=q.token state=st/> }
        },
    )
}

/// `POST /verify-email`
pub async fn verify(
    State(state): State<AppState>,
    req: Req,
    Form(f): Form<TokenParam>,
) -> Response {
    match state.portal.verify_email(&f.token, &req.meta).await {
        Ok(()) => see_other(
            "/login",
            Some("email-verified"),
            state.config.secure_cookies(),
        ),
        Err(AppError::Conflict(_)) => page(
            &state,
            &req,
            StatusCode::BAD_REQUEST,
            title(&req, "verify-invalid-title"),
            || {
                view! { <VerifyEmailPage token=String::new() state=VerifyState::Invalid/> }
            },
        ),
        Err(e) => error_page(&state, &req, &e),
    }
}

/// Query of the sign-in page.
#[derive(Debug, Deserialize)]
pub struct NextParam {
    next: Option<String>,
}

/// `GET /login`
pub async fn login_form(
    State(state): State<AppState>,
    req: Req,
    Query(q): Query<NextParam>,
) -> Response {
    if let Some(r) = already_signed_in(&req) {
        return r;
    }
    let next = q.next.map(|n| safe_next(Some(&n)));
    page(
        &state,
        &req,
        StatusCode::OK,
        title(&req, "login-title"),
        move || {
            view! { <LoginPage form=FormState::default() next=next/> }
        },
    )
}

/// `POST /login`: a new session (the old one, if any, is ended).
pub async fn login(
    State(state): State<AppState>,
    req: Req,
    Form(form): Form<LoginForm>,
) -> Response {
    let secure = state.config.secure_cookies();
    match state
        .portal
        .login(&form.email, &form.password, &req.meta)
        .await
    {
        Ok(outcome) => {
            if let Some(old) = &req.session_token
                && let Err(e) = state.portal.end_session(old, &req.meta).await
            {
                log_internal(&e);
            }
            let mut res = see_other(&safe_next(form.next.as_deref()), None, secure);
            let max_age = state.portal.settings.session_idle.whole_seconds();
            res.headers_mut().append(
                header::SET_COOKIE,
                set_cookie(SESSION_COOKIE, &outcome.session.token, max_age, secure),
            );
            res
        }
        Err(e) => {
            let status = if matches!(e, AppError::RateLimited { .. }) {
                StatusCode::TOO_MANY_REQUESTS
            } else {
                StatusCode::UNPROCESSABLE_ENTITY
            };
            let next = form.next.as_deref().map(|n| safe_next(Some(n)));
            form_failed(&state, &req, e, &form, async |fs| {
                page(
                    &state,
                    &req,
                    status,
                    error_title(&req, "login-title"),
                    move || view! { <LoginPage form=fs next=next/> },
                )
            })
            .await
        }
    }
}

/// `POST /logout`
pub async fn logout(State(state): State<AppState>, req: Req) -> Response {
    let secure = state.config.secure_cookies();
    if let Some(token) = &req.session_token
        && let Err(e) = state.portal.end_session(token, &req.meta).await
    {
        return error_page(&state, &req, &e);
    }
    let mut res = see_other("/", Some("signed-out"), secure);
    res.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(SESSION_COOKIE, "", 0, secure),
    );
    res
}

/// The e-mail field of the forgotten-password form.
#[derive(Debug, Deserialize, Serialize)]
pub struct EmailParam {
    #[serde(default)]
    email: String,
}

/// Query of the forgotten-password page.
#[derive(Debug, Deserialize)]
pub struct SentParam {
    #[serde(default)]
    sent: Option<String>,
}

/// `GET /forgot-password`
pub async fn forgot_form(
    State(state): State<AppState>,
    req: Req,
    Query(q): Query<SentParam>,
) -> Response {
    let sent = q.sent.is_some();
    page(
        &state,
        &req,
        StatusCode::OK,
        title(&req, "forgot-title"),
        move || {
            view! { <ForgotPasswordPage form=FormState::default() sent=sent/> }
        },
    )
}

/// `POST /forgot-password`
pub async fn forgot(
    State(state): State<AppState>,
    req: Req,
    Form(f): Form<EmailParam>,
) -> Response {
    match state
        .portal
        .request_password_reset(&f.email, &req.meta)
        .await
    {
        Ok(()) => see_other(
            "/forgot-password?sent=1",
            None,
            state.config.secure_cookies(),
        ),
        Err(e) => {
            form_failed(&state, &req, e, &f, async |fs| {
                page(
                    &state,
                    &req,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    error_title(&req, "forgot-title"),
                    move || view! { <ForgotPasswordPage form=fs sent=false/> },
                )
            })
            .await
        }
    }
}

/// `GET /reset-password?token=…`
pub async fn reset_form(
    State(state): State<AppState>,
    req: Req,
    Query(q): Query<TokenParam>,
) -> Response {
    let valid = match state.portal.reset_token_is_valid(&q.token).await {
        Ok(v) => v,
        Err(e) => return error_page(&state, &req, &e),
    };
    page(
        &state,
        &req,
        StatusCode::OK,
        title(&req, "reset-title"),
        move || {
            view! { <ResetPasswordPage form=FormState::default() token=q.token valid=valid/> }
        },
    )
}

/// The new-password form.
#[derive(Debug, Deserialize)]
pub struct ResetForm {
    #[serde(default)]
    token: String,
    #[serde(default)]
    password: String,
}

/// `POST /reset-password`
pub async fn reset(State(state): State<AppState>, req: Req, Form(f): Form<ResetForm>) -> Response {
    match state
        .portal
        .reset_password(&f.token, &f.password, &req.meta)
        .await
    {
        Ok(()) => see_other(
            "/login",
            Some("password-reset"),
            state.config.secure_cookies(),
        ),
        Err(AppError::Conflict(_)) => page(
            &state,
            &req,
            StatusCode::BAD_REQUEST,
            title(&req, "reset-invalid-title"),
            || {
                view! { <ResetPasswordPage form=FormState::default() token=String::new() valid=false/> }
            },
        ),
        Err(e) => {
            form_failed(&state, &req, e, NOTHING_TYPED, async |fs| {
                page(
                    &state,
                    &req,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    error_title(&req, "reset-title"),
                    move || view! { <ResetPasswordPage form=fs token=f.token valid=true/> },
                )
            })
            .await
        }
    }
}

/// `GET /account`
pub async fn account(
    State(state): State<AppState>,
    req: Req,
    SignedIn(user): SignedIn,
) -> Response {
    let organization = match state.portal.organization_name(user.id).await {
        Ok(o) => o,
        Err(e) => return error_page(&state, &req, &e),
    };
    page(
        &state,
        &req,
        StatusCode::OK,
        title(&req, "account-title"),
        move || {
            view! { <AccountPage form=FormState::default() erase=FormState::default() organization=organization/> }
        },
    )
}

/// The change-password form.
#[derive(Debug, Deserialize)]
pub struct ChangePasswordForm {
    #[serde(default)]
    current_password: String,
    #[serde(default)]
    new_password: String,
}

/// `POST /account/password`: revokes every session, keeps this browser
/// signed in with a new one.
pub async fn change_password(
    State(state): State<AppState>,
    req: Req,
    SignedIn(user): SignedIn,
    Form(f): Form<ChangePasswordForm>,
) -> Response {
    let secure = state.config.secure_cookies();
    match state
        .portal
        .change_password(&user, &f.current_password, &f.new_password, &req.meta)
        .await
    {
        Ok(session) => {
            let mut res = see_other("/account", Some("password-changed"), secure);
            let max_age = state.portal.settings.session_idle.whole_seconds();
            res.headers_mut().append(
                header::SET_COOKIE,
                set_cookie(SESSION_COOKIE, &session.token, max_age, secure),
            );
            res
        }
        Err(e) => {
            let organization = state.portal.organization_name(user.id).await.ok().flatten();
            form_failed(&state, &req, e, NOTHING_TYPED, async |fs| {
                page(
                    &state,
                    &req,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    error_title(&req, "account-title"),
                    move || {
                        view! { <AccountPage form=fs erase=FormState::default() organization=organization/> }
                    },
                )
            })
            .await
        }
    }
}
