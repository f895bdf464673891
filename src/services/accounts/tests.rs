use super::organization_key;

#[test]
fn organization_names_match_regardless_of_case_and_spacing() {
    assert_eq!(
        organization_key("  UNESCO   Office "),
        organization_key("unesco office")
    );
}
