//! Geneva time (Europe/Zurich), the forum's default zone. Deadlines are
//! stored in UTC and shown and entered in Geneva time, with the offset named.
//! Central European rules: UTC+2 from the last Sunday of March 01:00 UTC to
//! the last Sunday of October 01:00 UTC, else UTC+1.

use time::{Date, Month, OffsetDateTime, PrimitiveDateTime, UtcOffset, Weekday};

fn last_sunday(year: i32, month: Month) -> Option<Date> {
    let mut d = Date::from_calendar_date(year, month, month.length(year)).ok()?;
    while d.weekday() != Weekday::Sunday {
        d = d.previous_day()?;
    }
    Some(d)
}

fn hours(h: i8) -> UtcOffset {
    UtcOffset::from_hms(h, 0, 0).unwrap_or(UtcOffset::UTC)
}

/// Geneva's offset from UTC at instant `t`.
pub fn offset_at(t: OffsetDateTime) -> UtcOffset {
    let year = t.to_offset(UtcOffset::UTC).year();
    let switch =
        |m| last_sunday(year, m).map(|d| d.midnight().assume_utc() + time::Duration::hours(1));
    match (switch(Month::March), switch(Month::October)) {
        (Some(s), Some(e)) if t >= s && t < e => hours(2),
        _ => hours(1),
    }
}

/// `t` as Geneva wall-clock time.
pub fn to_local(t: OffsetDateTime) -> OffsetDateTime {
    t.to_offset(offset_at(t))
}

/// The instant at which Geneva clocks show `local`. In the autumn hour that
/// happens twice, the first is taken; in the spring hour that does not exist,
/// the time is read as winter time.
pub fn from_local(local: PrimitiveDateTime) -> OffsetDateTime {
    for h in [2, 1] {
        let candidate = local.assume_offset(hours(h));
        if offset_at(candidate) == hours(h) {
            return candidate.to_offset(UtcOffset::UTC);
        }
    }
    local.assume_offset(hours(1)).to_offset(UtcOffset::UTC)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn geneva_switches_to_summer_time_on_the_last_sundays() {
        assert_eq!(offset_at(datetime!(2027-02-15 22:59 UTC)).whole_hours(), 1);
        assert_eq!(offset_at(datetime!(2027-03-28 00:59 UTC)).whole_hours(), 1);
        assert_eq!(offset_at(datetime!(2027-03-28 01:00 UTC)).whole_hours(), 2);
        assert_eq!(offset_at(datetime!(2027-10-31 00:59 UTC)).whole_hours(), 2);
        assert_eq!(offset_at(datetime!(2027-10-31 01:00 UTC)).whole_hours(), 1);
    }

    #[test]
    fn local_times_round_trip_in_winter_and_summer() {
        assert_eq!(
            from_local(datetime!(2027-02-15 23:59)),
            datetime!(2027-02-15 22:59 UTC)
        );
        assert_eq!(
            from_local(datetime!(2027-05-10 09:00)),
            datetime!(2027-05-10 07:00 UTC)
        );
        let t = datetime!(2027-05-10 07:00 UTC);
        assert_eq!(
            from_local(PrimitiveDateTime::new(
                to_local(t).date(),
                to_local(t).time()
            )),
            t
        );
    }
}
