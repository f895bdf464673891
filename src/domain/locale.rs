//! UI languages.

use serde::{Deserialize, Serialize};

/// A language the interface is available in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Locale {
    /// English, the default.
    #[default]
    En,
    /// Arabic, written right to left.
    Ar,
    /// Chinese (simplified).
    Zh,
    /// French.
    Fr,
    /// Russian.
    Ru,
    /// Spanish.
    Es,
}

impl Locale {
    /// Languages offered in the language switcher, in this order.
    /// The six official UN languages, in the UN's (English alphabetical) order.
    pub const ALL: [Locale; 6] = [
        Locale::Ar,
        Locale::Zh,
        Locale::En,
        Locale::Fr,
        Locale::Ru,
        Locale::Es,
    ];

    /// BCP 47 tag, used for `<html lang>` and the cookie.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Ar => "ar",
            Locale::Zh => "zh",
            Locale::Fr => "fr",
            Locale::Ru => "ru",
            Locale::Es => "es",
        }
    }

    /// The language's own name, as shown in the switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Ar => "العربية",
            Locale::Zh => "中文",
            Locale::Fr => "Français",
            Locale::Ru => "Русский",
            Locale::Es => "Español",
        }
    }

    /// True for scripts written right to left.
    pub fn is_rtl(self) -> bool {
        matches!(self, Locale::Ar)
    }

    /// `rtl` or `ltr`, for the `dir` attribute.
    pub fn dir(self) -> &'static str {
        if self.is_rtl() { "rtl" } else { "ltr" }
    }

    /// Parses a tag such as `ar`, `ar-EG` or `EN-us`.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Locale::ALL.into_iter().find(|l| l.tag() == primary)
    }

    /// Picks the best supported language from an `Accept-Language` header,
    /// honouring q-values; `None` when nothing matches.
    pub fn from_accept_language(header: &str) -> Option<Locale> {
        let mut best: Option<(f32, Locale)> = None;
        for part in header.split(',') {
            let mut bits = part.split(';');
            let tag = bits.next().unwrap_or_default();
            let q = bits
                .find_map(|b| b.trim().strip_prefix("q="))
                .and_then(|q| q.parse::<f32>().ok())
                .unwrap_or(1.0);
            if let Some(l) = Locale::from_tag(tag)
                && q > 0.0
                && best.is_none_or(|(bq, _)| q > bq)
            {
                best = Some((q, l));
            }
        }
        best.map(|(_, l)| l)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_picks_the_highest_supported_quality() {
        assert_eq!(
            Locale::from_accept_language("de-CH, ar;q=0.8, en;q=0.5"),
            Some(Locale::Ar)
        );
        assert_eq!(
            Locale::from_accept_language("fr-CH, ar;q=0.8, en;q=0.5"),
            Some(Locale::Fr)
        );
        assert_eq!(
            Locale::from_accept_language("zh-CN,zh;q=0.9,en;q=0.8"),
            Some(Locale::Zh)
        );
        assert_eq!(Locale::from_accept_language("ru-RU"), Some(Locale::Ru));
        assert_eq!(Locale::from_accept_language("es-419"), Some(Locale::Es));
        assert_eq!(
            Locale::from_accept_language("en-GB,en;q=0.9,ar;q=0.1"),
            Some(Locale::En)
        );
        assert_eq!(Locale::from_accept_language("de, ja"), None);
        assert_eq!(Locale::from_accept_language("ar;q=0"), None);
    }

    #[test]
    fn arabic_is_right_to_left() {
        assert_eq!(Locale::Ar.dir(), "rtl");
        for l in Locale::ALL.into_iter().filter(|l| *l != Locale::Ar) {
            assert_eq!(l.dir(), "ltr", "{}", l.tag());
        }
        assert_eq!(Locale::from_tag("AR-eg"), Some(Locale::Ar));
    }
}
