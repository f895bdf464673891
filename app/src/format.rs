//! Formatting shared by pages: times in the venue's time zone, status badges.

use crate::render::{t, t_args};
use leptos::prelude::*;
use portal::domain::proposal::ProposalStatus;
use time::{OffsetDateTime, UtcOffset};

/// A date and time with its zone named, e.g. `2027-02-15 23:59 Geneva time
/// (UTC+1)`. Times of a Europe/Zurich edition are shown in Geneva time; any
/// other zone is shown in UTC.
pub fn datetime(at: OffsetDateTime, zone: &str) -> String {
    let (local, label) = if zone == "Europe/Zurich" {
        let off = portal::domain::geneva::offset_at(at);
        (
            at.to_offset(off),
            t_args(
                "tz-geneva",
                &[("offset", format!("{:+}", off.whole_hours()))],
            ),
        )
    } else {
        (at.to_offset(UtcOffset::UTC), t("tz-utc"))
    };
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02} {label}",
        local.year(),
        u8::from(local.month()),
        local.day(),
        local.hour(),
        local.minute()
    )
}

/// A status as a labelled badge (text, not colour alone).
pub fn status_badge(s: ProposalStatus) -> impl IntoView {
    let class = format!("badge badge-{}", s.code());
    view! { <span class=class>{t(&format!("status-{}", s.code()))}</span> }
}
