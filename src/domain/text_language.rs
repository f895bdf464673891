//! The language something is written in: one of the six UN languages, or
//! another language by its ISO 639 code (`sw`, `pt`, `fil`).

/// The value of the "another language" choice in forms.
pub const OTHER: &str = "other";

/// Languages written right to left, by ISO 639 code, for `dir`.
const RTL: [&str; 10] = ["ar", "he", "fa", "ur", "ps", "sd", "ug", "yi", "dv", "ckb"];

/// Normalizes a typed language code: trimmed, lower case.
pub fn normalize(code: &str) -> String {
    code.trim().to_ascii_lowercase()
}

/// True for a plausible ISO 639 code: two or three lower-case letters.
pub fn is_valid(code: &str) -> bool {
    (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase())
}

/// True when text in `code` is written right to left.
pub fn is_rtl(code: &str) -> bool {
    RTL.contains(&code)
}

/// `rtl` or `ltr` for text in `code`.
pub fn dir(code: &str) -> &'static str {
    if is_rtl(code) { "rtl" } else { "ltr" }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_two_or_three_lower_case_letters() {
        assert!(is_valid("fr") && is_valid("fil"));
        assert!(!is_valid("french") && !is_valid("f") && !is_valid("FR") && !is_valid("f1"));
        assert_eq!(normalize("  SW "), "sw");
    }

    #[test]
    fn arabic_and_other_right_to_left_scripts_say_so() {
        assert_eq!(dir("ar"), "rtl");
        assert_eq!(dir("fa"), "rtl");
        assert_eq!(dir("zh"), "ltr");
    }
}
