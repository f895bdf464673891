//! The WSIS reference lists shipped with the portal (`src/data/taxonomy.json`):
//! Action Lines with their sub-lines and moderated sub-themes, the 17 SDGs,
//! session formats and the UN languages. Organizers adapt formats per edition;
//! these are the seeds and the codes everything refers to.

use serde::{Deserialize, Serialize};
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

/// Which list an edition's theme belongs to.
pub const KIND_ACTION_LINE: &str = "action_line";
/// See [`KIND_ACTION_LINE`].
pub const KIND_SDG: &str = "sdg";

/// An edition's Action Line, sub-line, sub-theme or SDG, as its organizers
/// set it up (seeded from the shipped lists on first use).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThemeEntry {
    /// [`KIND_ACTION_LINE`] or [`KIND_SDG`].
    pub kind: String,
    /// `C3`, `C7-EHEALTH`, `C3-LIB` …, or `1` … `17`.
    pub code: String,
    /// The Action Line a sub-line or sub-theme belongs to; empty at the top.
    pub parent: String,
    /// The organizers' name; empty means the shipped name in the reader's
    /// language.
    pub name: String,
    /// Who moderates a sub-theme (e.g. IFLA); may be empty.
    pub moderator: String,
    /// Offered to proposers.
    pub active: bool,
    /// Added by the organizers (not in the shipped lists).
    pub custom: bool,
    /// Optimistic-locking version.
    pub version: i64,
}

/// The codes an edition offers proposers: what the submission rules accept,
/// on the server and in the browser alike.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Themes {
    /// Action Line, sub-line and sub-theme codes.
    pub action_lines: Vec<String>,
    /// SDG numbers, as text.
    pub sdgs: Vec<String>,
}

impl Themes {
    /// Every shipped Action Line and SDG (an edition nobody has changed).
    pub fn standard() -> Self {
        Themes {
            action_lines: action_line_codes().into_iter().map(str::to_owned).collect(),
            sdgs: sdgs().iter().map(|g| g.number.to_string()).collect(),
        }
    }

    /// The active codes of `entries`.
    pub fn of(entries: &[ThemeEntry]) -> Self {
        let pick = |kind: &str| {
            entries
                .iter()
                .filter(|e| e.kind == kind && e.active)
                .map(|e| e.code.clone())
                .collect()
        };
        Themes {
            action_lines: pick(KIND_ACTION_LINE),
            sdgs: pick(KIND_SDG),
        }
    }

    /// Whether proposers may choose Action Line `code`.
    pub fn has_action_line(&self, code: &str) -> bool {
        self.action_lines.iter().any(|c| c == code)
    }

    /// Whether proposers may choose SDG `code`.
    pub fn has_sdg(&self, code: &str) -> bool {
        self.sdgs.iter().any(|c| c == code)
    }
}

/// The entries of `kind`, each top-level one followed by those under it
/// (entries come ordered by position; additions go under their parent).
pub fn reading_order<'a>(entries: &'a [ThemeEntry], kind: &str) -> Vec<&'a ThemeEntry> {
    let of_kind = || entries.iter().filter(move |e| e.kind == kind);
    let mut out = Vec::new();
    for top in of_kind().filter(|e| e.parent.is_empty()) {
        out.push(top);
        out.extend(of_kind().filter(|e| e.parent == top.code));
    }
    out
}

/// The shipped lists as an edition's entries, in reading order.
pub fn seed_entries() -> Vec<ThemeEntry> {
    let entry = |kind: &str, code: &str, parent: &str, moderator: Option<&String>| ThemeEntry {
        kind: kind.to_owned(),
        code: code.to_owned(),
        parent: parent.to_owned(),
        name: String::new(),
        moderator: moderator.cloned().unwrap_or_default(),
        active: true,
        custom: false,
        version: 1,
    };
    let mut out = Vec::new();
    for al in action_lines() {
        out.push(entry(KIND_ACTION_LINE, &al.code, "", al.moderator.as_ref()));
        for sub in al.sub_lines.iter().chain(al.sub_themes.iter()) {
            out.push(entry(
                KIND_ACTION_LINE,
                &sub.code,
                &al.code,
                sub.moderator.as_ref(),
            ));
        }
    }
    for g in sdgs() {
        out.push(entry(KIND_SDG, &g.number.to_string(), "", None));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_seed_is_every_shipped_theme_and_all_of_it_is_offered() {
        let seed = seed_entries();
        assert_eq!(seed.len(), 21 + 17);
        assert_eq!(Themes::of(&seed), Themes::standard());
        let lib = seed
            .iter()
            .find(|e| e.code == "C3-LIB")
            .map(|e| e.parent.as_str());
        assert_eq!(lib, Some("C3"));
        let order: Vec<&str> = reading_order(&seed, KIND_ACTION_LINE)
            .iter()
            .map(|e| e.code.as_str())
            .collect();
        assert_eq!(order, action_line_codes());
        let mut added = seed.clone();
        added.push(ThemeEntry {
            code: "C1-NEW".into(),
            parent: "C1".into(),
            custom: true,
            ..seed[0].clone()
        });
        let order: Vec<&str> = reading_order(&added, KIND_ACTION_LINE)
            .iter()
            .map(|e| e.code.as_str())
            .collect();
        assert_eq!(&order[..2], &["C1", "C1-NEW"]);
        let mut retired = seed;
        retired[0].active = false;
        let themes = Themes::of(&retired);
        assert!(!themes.has_action_line("C1") && themes.has_action_line("C2"));
        assert!(themes.has_sdg("17") && !themes.has_sdg("18"));
    }

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
