use super::*;
use time::macros::date;

#[test]
fn a_new_installation_opens_a_ninety_day_call() {
    let e = NewEdition::starting(date!(2026 - 11 - 29));
    assert_eq!(e.submissions_close_at.date(), date!(2027 - 02 - 27));
    assert_eq!(e.code, "WF27");
    assert!(e.starts_on > e.submissions_close_at.date());
}
