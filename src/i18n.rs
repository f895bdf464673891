//! Translations. Every user-visible string, in pages and in e-mails, is a
//! Fluent message in `locales/<lang>/main.ftl`; this module looks them up.
//! A test fails when a key exists in one language and not in another.

use crate::domain::Locale;
pub use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // Pages use <bdi> where direction matters; isolation marks in plain
        // text (e-mails, titles) only confuse.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

static IDS: LazyLock<HashMap<Locale, LanguageIdentifier>> = LazyLock::new(|| {
    Locale::ALL
        .into_iter()
        .filter_map(|l| l.tag().parse().ok().map(|id| (l, id)))
        .collect()
});

/// The undetermined language: the loader then falls back to English.
static UNDETERMINED: LazyLock<LanguageIdentifier> = LazyLock::new(LanguageIdentifier::default);

fn id(locale: Locale) -> &'static LanguageIdentifier {
    IDS.get(&locale).unwrap_or(&UNDETERMINED)
}

/// The message `key` in `locale` (English when missing there).
pub fn tr(locale: Locale, key: &str) -> String {
    LOCALES.lookup(id(locale), key)
}

/// The message `key`, or `fallback` when no language has it (an Action
/// Line sub-theme that organizers added has no translation).
pub fn tr_or(locale: Locale, key: &str, fallback: &str) -> String {
    LOCALES
        .try_lookup(id(locale), key)
        .unwrap_or_else(|| fallback.to_owned())
}

/// The message `key` with named arguments, e.g. `[("name", "Amina".into())]`.
pub fn tr_args(locale: Locale, key: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
    let map: HashMap<Cow<'static, str>, FluentValue<'static>> = args
        .iter()
        .map(|(k, v)| (Cow::Borrowed(*k), v.clone()))
        .collect();
    LOCALES.lookup_with_args(id(locale), key, &map)
}

/// Translates a validation error (`error-<code>`, with `$limit` when set).
pub fn tr_field_error(locale: Locale, e: &crate::FieldError) -> String {
    let key = format!("error-{}", e.code);
    match e.limit {
        Some(limit) => tr_args(locale, &key, &[("limit", FluentValue::from(limit))]),
        None => tr(locale, &key),
    }
}

/// Message ids defined in an `.ftl` text (top-level messages only).
pub fn message_ids(ftl: &str) -> std::collections::BTreeSet<String> {
    ftl.lines()
        .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_lowercase()))
        .filter_map(|l| l.split_once('=').map(|(k, _)| k.trim().to_owned()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ftl(lang: &str) -> String {
        std::fs::read_to_string(format!(
            "{}/locales/{lang}/main.ftl",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap()
    }

    #[test]
    fn every_language_has_exactly_the_english_keys() {
        let en = message_ids(&ftl("en"));
        assert!(en.len() > 50, "suspiciously few keys: {}", en.len());
        for l in Locale::ALL {
            let other = message_ids(&ftl(l.tag()));
            let missing: Vec<_> = en.difference(&other).collect();
            let extra: Vec<_> = other.difference(&en).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{}: missing {missing:?}, extra {extra:?}",
                l.tag()
            );
        }
    }

    #[test]
    fn no_language_defines_a_key_twice() {
        // Fluent refuses a bundle with a repeated id at start-up.
        for l in Locale::ALL {
            let text = ftl(l.tag());
            let mut seen = std::collections::BTreeSet::new();
            for id in text
                .lines()
                .filter(|line| line.chars().next().is_some_and(|c| c.is_ascii_lowercase()))
                .filter_map(|line| line.split_once('=').map(|(k, _)| k.trim()))
            {
                assert!(seen.insert(id), "{}: {id} is defined twice", l.tag());
            }
        }
    }

    #[test]
    fn every_language_renders_every_message() {
        // Each bundle loads and each key yields text (not the key itself).
        let en = message_ids(&ftl("en"));
        for l in Locale::ALL {
            for key in ["nav-home", "day-long", "email-verify-email-subject"] {
                assert!(en.contains(key));
                let text = tr(l, key);
                assert!(!text.is_empty() && text != key, "{}: {key}", l.tag());
            }
            assert_ne!(
                l == Locale::En,
                tr(l, "nav-home") != tr(Locale::En, "nav-home")
            );
        }
    }

    #[test]
    fn every_conflict_has_a_message_in_every_language() {
        for l in Locale::ALL {
            let ids = message_ids(&ftl(l.tag()));
            for c in crate::error::ConflictCode::ALL {
                let key = format!("error-{c}");
                assert!(ids.contains(key.as_str()), "{}: no message {key}", l.tag());
            }
        }
    }

    #[test]
    fn every_validation_code_used_by_the_domain_has_a_message() {
        let en = message_ids(&ftl("en"));
        for code in [
            "required",
            "too-short",
            "too-long",
            "bad-characters",
            "email-invalid",
            "password-too-short",
            "choose-from-list",
            "consent-required",
            "login-failed",
            "token-invalid",
            "email-unverified",
            "password-wrong",
            "rate-limited",
        ] {
            assert!(
                en.contains(&format!("error-{code}")),
                "no message for error-{code}"
            );
        }
    }

    #[test]
    fn arguments_are_substituted_in_both_languages() {
        let e = crate::FieldError {
            field: "name".into(),
            code: "too-long".into(),
            limit: Some(120),
        };
        assert!(tr_field_error(Locale::En, &e).contains("120"));
        assert!(tr_field_error(Locale::Ar, &e).contains("120"));
        assert_ne!(tr(Locale::Ar, "nav-home"), tr(Locale::En, "nav-home"));
    }
}
