//! `POST /language`: switch the interface language.

use crate::middleware::{LANG_COOKIE, Req};
use crate::render::{safe_next, see_other, set_cookie};
use crate::state::AppState;
use axum::Form;
use axum::extract::State;
use axum::http::header;
use axum::response::Response;
use portal::domain::Locale;
use serde::Deserialize;

/// The switcher's form.
#[derive(Debug, Deserialize)]
pub struct LanguageForm {
    #[serde(default)]
    lang: String,
    #[serde(default)]
    next: Option<String>,
}

/// Remembers the chosen language for a year and returns to the page.
pub async fn switch(
    State(state): State<AppState>,
    req: Req,
    Form(form): Form<LanguageForm>,
) -> Response {
    let next = safe_next(form.next.as_deref());
    let mut res = see_other(&next, None, state.config.secure_cookies());
    if let Some(locale) = Locale::from_tag(&form.lang) {
        res.headers_mut().append(
            header::SET_COOKIE,
            set_cookie(
                LANG_COOKIE,
                locale.tag(),
                365 * 24 * 3600,
                state.config.secure_cookies(),
            ),
        );
        if let Some(user) = &req.user
            && let Err(e) = state.portal.set_locale(user.id, locale).await
        {
            crate::error::log_internal(&e);
        }
    }
    res
}
