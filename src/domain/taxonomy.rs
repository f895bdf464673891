//! The WSIS reference lists shipped with the portal (`src/data/taxonomy.json`):
//! Action Lines with their sub-lines and moderated sub-themes, the 17 SDGs,
//! session formats and the UN languages. Organizers adapt formats per edition;
//! these are the seeds and the codes everything refers to.

use serde::Deserialize;
use std::sync::LazyLock;

/// An Action Line, a C7 sub-line, or a moderated sub-theme.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct ActionLine {
    /// `C1` … `C11`, `C7-EHEALTH`, `C3-LIB` …
    pub code: String,
    /// English name (other languages: Fluent key `al-<code>`).
    pub name: String,
    /// Partner organization that moderates a sub-theme (e.g. IFLA).
    #[serde(default)]
    pub moderator: Option<String>,
    /// C7's sub-lines.
    #[serde(default)]
    pub sub_lines: Vec<ActionLine>,
    /// Moderated sub-themes.
    #[serde(default)]
    pub sub_themes: Vec<ActionLine>,
}

/// A session format's seed values.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct FormatSeed {
    /// Stable code, e.g. `thematic-workshop`.
    pub code: String,
    /// English name.
    pub name: String,
    /// Default length in minutes.
    pub default_minutes: u32,
}

/// A Sustainable Development Goal.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Sdg {
    /// 1 … 17.
    pub number: u8,
    /// English name.
    pub name: String,
}

/// A UN language (content language of sessions).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct UnLanguage {
    /// ISO 639-1 code.
    pub code: String,
    /// Its own name.
    pub name: String,
}

#[derive(Deserialize)]
struct Taxonomy {
    action_lines: Vec<ActionLine>,
    sdgs: Vec<Sdg>,
    session_formats: Vec<FormatSeed>,
    un_languages: Vec<UnLanguage>,
}

static TAXONOMY: LazyLock<Taxonomy> = LazyLock::new(|| {
    serde_json::from_str(include_str!("../data/taxonomy.json")).unwrap_or(Taxonomy {
        action_lines: Vec::new(),
        sdgs: Vec::new(),
        session_formats: Vec::new(),
        un_languages: Vec::new(),
    })
});

/// The eleven Action Lines, each with its sub-lines and sub-themes.
pub fn action_lines() -> &'static [ActionLine] {
    &TAXONOMY.action_lines
}

/// Every selectable Action Line code: the lines, C7's sub-lines and the
/// moderated sub-themes, in reading order.
pub fn action_line_codes() -> Vec<&'static str> {
    let mut out = Vec::new();
    for al in action_lines() {
        out.push(al.code.as_str());
        out.extend(al.sub_lines.iter().map(|s| s.code.as_str()));
        out.extend(al.sub_themes.iter().map(|s| s.code.as_str()));
    }
    out
}

/// The English name of an Action Line, C7 sub-line or sub-theme.
pub fn action_line_name(code: &str) -> Option<&'static str> {
    action_lines().iter().find_map(|al| {
        std::iter::once(al)
            .chain(al.sub_lines.iter())
            .chain(al.sub_themes.iter())
            .find(|l| l.code == code)
            .map(|l| l.name.as_str())
    })
}

/// The 17 SDGs.
pub fn sdgs() -> &'static [Sdg] {
    &TAXONOMY.sdgs
}

/// The session formats with their default lengths.
pub fn format_seeds() -> &'static [FormatSeed] {
    &TAXONOMY.session_formats
}

/// The six UN languages.
pub fn un_languages() -> &'static [UnLanguage] {
    &TAXONOMY.un_languages
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_taxonomy_has_every_line_goal_format_and_language() {
        assert_eq!(action_lines().len(), 11);
        let codes = action_line_codes();
        assert!(
            codes.contains(&"C7-EHEALTH") && codes.contains(&"C3-LIB") && codes.contains(&"C11")
        );
        assert_eq!(codes.len(), 11 + 8 + 2);
        assert_eq!(sdgs().len(), 17);
        assert_eq!(format_seeds().len(), 9);
        assert_eq!(un_languages().len(), 6);
    }
}
