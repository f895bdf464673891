//! The marks of a programme page that the offline copy and the update
//! check read: which release it shows, and two notices rendered hidden,
//! in the reader's language. The service worker unhides the first when it
//! serves the page from its copy; `/offline.js` unhides the second when a
//! newer release is out.

use crate::format::datetime;
use crate::render::{page_context, t, t_args};
use leptos::prelude::*;
use portal::domain::agenda::Programme;

/// The release marks of a page showing release `p`.
pub fn release_marks(p: &Programme) -> impl IntoView + use<> {
    let offline = t_args(
        "offline-notice",
        &[
            ("number", p.release.to_string()),
            ("when", datetime(p.released_at, &p.edition.time_zone)),
        ],
    );
    let here = page_context().path;
    // The worker looks for `data-offline hidden` exactly: keep the order.
    view! {
        <div class="release-marks" data-release=p.release.to_string()>
            <p class="notice offline-notice" role="status" data-offline hidden>
                {offline}
            </p>
            <p class="notice update-notice" role="status" data-update hidden>
                {t("update-notice")}
                " "
                <a href=here>{t("update-show")}</a>
            </p>
        </div>
    }
}
