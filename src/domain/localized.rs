//! Texts that organizers enter in several of the six UN languages (a
//! criterion's scale texts, and more as issue 20 lands). Each language is
//! optional; a reader without their language sees the first one entered,
//! marked with its language.

use super::Locale;
use serde::ser::{Serialize, SerializeSeq, Serializer};

/// One text in up to six languages, in the order they were first entered.
///
/// Stored as a JSON array of `[tag, text]` pairs in a TEXT column; the
/// empty string stores "no text in any language".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LocalizedText(Vec<(Locale, String)>);

/// A stored value that is not a [`LocalizedText`]: the data was written by
/// something other than this code, so it is reported, never guessed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("stored localized text is not valid JSON of [language, text] pairs: {0}")]
pub struct BadLocalizedText(String);

impl LocalizedText {
    /// The text in exactly `locale`, if entered.
    pub fn exact(&self, locale: Locale) -> Option<&str> {
        self.0
            .iter()
            .find(|(l, _)| *l == locale)
            .map(|(_, t)| t.as_str())
    }

    /// The text in `locale`, or else the first one entered, with the
    /// language it is written in (for the `lang` attribute).
    pub fn best(&self, locale: Locale) -> Option<(Locale, &str)> {
        self.0
            .iter()
            .find(|(l, _)| *l == locale)
            .or_else(|| self.0.first())
            .map(|(l, t)| (*l, t.as_str()))
    }

    /// True when no language has a text.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The languages entered, first entered first.
    pub fn languages(&self) -> impl Iterator<Item = Locale> + '_ {
        self.0.iter().map(|(l, _)| *l)
    }

    /// This text after an edit that gives every language's value at once
    /// (empty removes it). Languages kept stay where they were, so "the
    /// first one entered" does not change when a translation is added.
    pub fn edited(&self, typed: &[(Locale, String)]) -> LocalizedText {
        let value = |l: Locale| {
            typed
                .iter()
                .find(|(t, _)| *t == l)
                .map(|(_, v)| v.trim())
                .filter(|v| !v.is_empty())
        };
        let mut out: Vec<(Locale, String)> = self
            .0
            .iter()
            .filter_map(|(l, _)| value(*l).map(|v| (*l, v.to_owned())))
            .collect();
        for (l, _) in typed {
            if !out.iter().any(|(o, _)| o == l)
                && let Some(v) = value(*l)
            {
                out.push((*l, v.to_owned()));
            }
        }
        LocalizedText(out)
    }

    /// The stored form: JSON pairs, or the empty string for no text.
    pub fn to_stored(&self) -> String {
        if self.0.is_empty() {
            return String::new();
        }
        let pairs: Vec<(&str, &str)> = self.0.iter().map(|(l, t)| (l.tag(), t.as_str())).collect();
        serde_json::to_string(&pairs).unwrap_or_default()
    }

    /// Reads the stored form written by [`LocalizedText::to_stored`].
    pub fn from_stored(raw: &str) -> Result<LocalizedText, BadLocalizedText> {
        if raw.trim().is_empty() {
            return Ok(LocalizedText::default());
        }
        let pairs: Vec<(String, String)> =
            serde_json::from_str(raw).map_err(|e| BadLocalizedText(e.to_string()))?;
        pairs
            .into_iter()
            .map(|(tag, text)| match Locale::from_tag(&tag) {
                Some(l) if l.tag() == tag => Ok((l, text)),
                _ => Err(BadLocalizedText(format!("unknown language {tag:?}"))),
            })
            .collect::<Result<Vec<_>, _>>()
            .map(LocalizedText)
    }
}

/// In JSON (the API, page data): `[{"lang": "fr", "text": "…"}, …]`, first
/// entered first.
impl Serialize for LocalizedText {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(serde::Serialize)]
        struct Version<'a> {
            lang: &'static str,
            text: &'a str,
        }
        let mut seq = s.serialize_seq(Some(self.0.len()))?;
        for (l, text) in &self.0 {
            seq.serialize_element(&Version {
                lang: l.tag(),
                text,
            })?;
        }
        seq.end()
    }
}

impl TryFrom<String> for LocalizedText {
    type Error = BadLocalizedText;

    fn try_from(raw: String) -> Result<Self, Self::Error> {
        LocalizedText::from_stored(&raw)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(pairs: &[(Locale, &str)]) -> Vec<(Locale, String)> {
        pairs.iter().map(|(l, t)| (*l, (*t).to_owned())).collect()
    }

    #[test]
    fn the_readers_language_wins_then_the_first_entered() {
        let t = LocalizedText::default()
            .edited(&typed(&[(Locale::Fr, "Faible"), (Locale::En, "Weak")]));
        assert_eq!(t.best(Locale::En), Some((Locale::En, "Weak")));
        assert_eq!(t.best(Locale::Ar), Some((Locale::Fr, "Faible")));
        assert_eq!(t.exact(Locale::Ar), None);
        assert_eq!(LocalizedText::default().best(Locale::En), None);
    }

    #[test]
    fn an_edit_keeps_the_first_language_first_and_drops_emptied_ones() {
        let t = LocalizedText::default().edited(&typed(&[(Locale::Es, "Débil")]));
        // The form posts all six in the UN order; Arabic comes before
        // Spanish there, yet Spanish was entered first and stays first.
        let t = t.edited(&typed(&[
            (Locale::Ar, "ضعيف"),
            (Locale::Es, "Débil"),
            (Locale::En, "  "),
        ]));
        assert_eq!(
            t.languages().collect::<Vec<_>>(),
            vec![Locale::Es, Locale::Ar]
        );
        let t = t.edited(&typed(&[(Locale::Ar, "ضعيف"), (Locale::Es, "")]));
        assert_eq!(t.languages().collect::<Vec<_>>(), vec![Locale::Ar]);
    }

    #[test]
    fn the_stored_form_round_trips_and_refuses_what_it_did_not_write() {
        let t = LocalizedText::default().edited(&typed(&[
            (Locale::Zh, "弱"),
            (Locale::Ru, "Слабо \"очень\""),
        ]));
        let stored = t.to_stored();
        assert_eq!(LocalizedText::from_stored(&stored), Ok(t));
        assert_eq!(LocalizedText::from_stored(""), Ok(LocalizedText::default()));
        assert_eq!(LocalizedText::default().to_stored(), "");
        assert!(LocalizedText::from_stored("Weak").is_err());
        assert!(LocalizedText::from_stored(r#"[["xx","?"]]"#).is_err());
        assert!(LocalizedText::from_stored(r#"[["EN","?"]]"#).is_err());
    }
}
