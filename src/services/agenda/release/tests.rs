use super::*;

#[test]
fn stable_uuids_are_deterministic_and_shaped_like_uuids() {
    let a = stable_uuid("WF27:session:WF27-0001");
    assert_eq!(a, stable_uuid("WF27:session:WF27-0001"));
    assert_ne!(a, stable_uuid("WF27:session:WF27-0002"));
    assert_eq!(a.len(), 36);
    assert_eq!(&a[14..15], "5");
    assert!(
        person_id("ana@example.org")
            .chars()
            .all(|c| c.is_ascii_hexdigit())
    );
}
