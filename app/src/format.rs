//! Formatting shared by pages: times in the venue's time zone, status badges.

use crate::render::{t, t_args};
use leptos::prelude::*;
use portal::domain::proposal::ProposalStatus;
use time::{Date, Month, OffsetDateTime, UtcOffset, Weekday};

/// The last Sunday of `month` in `year`.
fn last_sunday(year: i32, month: Month) -> Option<Date> {
    let mut d =
        Date::from_calendar_date(year, month, time::util::days_in_month(month, year)).ok()?;
    while d.weekday() != Weekday::Sunday {
        d = d.previous_day()?;
    }
    Some(d)
}

/// Offset of Central European (Geneva) time at `t`: UTC+2 from the last
/// Sunday of March to the last Sunday of October (01:00 UTC), else UTC+1.
pub fn geneva_offset(t: OffsetDateTime) -> UtcOffset {
    let year = t.to_offset(UtcOffset::UTC).year();
    let start = last_sunday(year, Month::March)
        .map(|d| d.midnight().assume_utc() + time::Duration::hours(1));
    let end = last_sunday(year, Month::October)
        .map(|d| d.midnight().assume_utc() + time::Duration::hours(1));
    match (start, end) {
        (Some(s), Some(e)) if t >= s && t < e => {
            UtcOffset::from_hms(2, 0, 0).unwrap_or(UtcOffset::UTC)
        }
        _ => UtcOffset::from_hms(1, 0, 0).unwrap_or(UtcOffset::UTC),
    }
}

/// A date and time with its zone named, e.g. `2027-02-15 23:59 Geneva time
/// (UTC+1)`. Times of a Europe/Zurich edition are shown in Geneva time; any
/// other zone is shown in UTC.
pub fn datetime(at: OffsetDateTime, zone: &str) -> String {
    let (local, label) = if zone == "Europe/Zurich" {
        let off = geneva_offset(at);
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

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn geneva_switches_to_summer_time_on_the_last_sundays() {
        assert_eq!(
            geneva_offset(datetime!(2027-02-15 22:59 UTC)).whole_hours(),
            1
        );
        assert_eq!(
            geneva_offset(datetime!(2027-03-28 00:59 UTC)).whole_hours(),
            1
        );
        assert_eq!(
            geneva_offset(datetime!(2027-03-28 01:00 UTC)).whole_hours(),
            2
        );
        assert_eq!(
            geneva_offset(datetime!(2027-10-31 00:59 UTC)).whole_hours(),
            2
        );
        assert_eq!(
            geneva_offset(datetime!(2027-10-31 01:00 UTC)).whole_hours(),
            1
        );
    }
}
