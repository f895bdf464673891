//! `/proposals/{code}/withdraw` and `/confirm`: withdrawing a proposal and
//! confirming an accepted session.

use super::*;
use crate::middleware::SignedIn;

pub(super) fn withdraw_page(state: &AppState, req: &Req, p: ProposalView) -> Response {
    page(
        state,
        req,
        StatusCode::OK,
        title(req, "withdraw-title"),
        move || {
            view! { <WithdrawPage code=p.code title=p.form.title/> }
        },
    )
}

/// `GET /proposals/{code}/withdraw`: asks for confirmation.
pub async fn withdraw_form(
    State(state): State<AppState>,
    req: Req,
    SignedIn(user): SignedIn,
    Path(code): Path<String>,
) -> Response {
    match state.portal.proposal(&user, &code).await {
        Ok(p) if p.status == ProposalStatus::Withdrawn => {
            see_other(&format!("/proposals/{}", p.code), None, false)
        }
        Ok(p) => withdraw_page(&state, &req, p),
        Err(e) => error_page(&state, &req, &e),
    }
}

/// `POST /proposals/{code}/withdraw`
pub async fn withdraw(
    State(state): State<AppState>,
    req: Req,
    SignedIn(user): SignedIn,
    Path(code): Path<String>,
) -> Response {
    match state
        .portal
        .withdraw_proposal(&user, &code, &req.meta)
        .await
    {
        Ok(()) => see_other(
            &format!("/proposals/{}", code.to_uppercase()),
            Some("proposal-withdrawn"),
            state.config.secure_cookies(),
        ),
        Err(e) => error_page(&state, &req, &e),
    }
}

/// `GET /proposals/{code}/confirm` (the link in the acceptance e-mail):
/// the proposal page, where the confirmation button is.
pub async fn confirm_form(_: SignedIn, Path(code): Path<String>) -> Response {
    see_other(
        &format!("/proposals/{}#confirm", code.to_uppercase()),
        None,
        false,
    )
}

/// `POST /proposals/{code}/confirm`: the organizers confirm the session.
pub async fn confirm(
    State(state): State<AppState>,
    req: Req,
    SignedIn(user): SignedIn,
    Path(code): Path<String>,
) -> Response {
    match state.portal.confirm_session(&user, &code, &req.meta).await {
        Ok(()) => see_other(
            &format!("/proposals/{}", code.to_uppercase()),
            Some("session-confirmed"),
            state.config.secure_cookies(),
        ),
        Err(e) => error_page(&state, &req, &e),
    }
}
