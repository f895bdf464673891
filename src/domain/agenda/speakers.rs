//! The speakers of a released programme (`/speakers`): every moderator and
//! speaker once, with the sessions they are on, searchable and filtered by
//! country, stakeholder type and Action Line.

use super::{Programme, ProgrammePerson, ProgrammeSession};

/// A person on one or more panels of the programme.
#[derive(Debug, Clone)]
pub struct SpeakerEntry<'a> {
    /// As named on their first session (the release holds one identity per
    /// id, so the others agree).
    pub person: &'a ProgrammePerson,
    /// Their sessions, in programme order.
    pub sessions: Vec<&'a ProgrammeSession>,
}

/// What the speakers list is narrowed by (from the query string).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SpeakerFilter {
    /// Words in the name, job title or organization.
    pub q: String,
    /// ISO country code of the speaker.
    pub country: String,
    /// Stakeholder type of an organization of one of their sessions.
    pub stakeholder: String,
    /// Action Line of one of their sessions (sub-lines included).
    pub line: String,
}

impl SpeakerFilter {
    /// Whether `e` passes every filter.
    pub fn matches(&self, e: &SpeakerEntry<'_>) -> bool {
        let q = self.q.trim().to_lowercase();
        let p = e.person;
        let text = || format!("{} {} {}", p.name, p.title, p.organization).to_lowercase();
        let line_prefix = format!("{}-", self.line);
        (q.is_empty() || q.split_whitespace().all(|w| text().contains(w)))
            && (self.country.is_empty() || p.country == self.country)
            && (self.stakeholder.is_empty()
                || e.sessions.iter().any(|s| {
                    s.organizations
                        .iter()
                        .any(|o| o.stakeholder_type == self.stakeholder)
                }))
            && (self.line.is_empty()
                || e.sessions.iter().any(|s| {
                    s.action_lines
                        .iter()
                        .any(|l| l.code == self.line || l.code.starts_with(&line_prefix))
                }))
    }

    /// Whether any filter is set.
    pub fn is_empty(&self) -> bool {
        *self == SpeakerFilter::default()
    }
}

impl Programme {
    /// Every person on a panel, once, ordered by name (case and accents
    /// ignored).
    pub fn speakers(&self) -> Vec<SpeakerEntry<'_>> {
        let mut out: Vec<SpeakerEntry<'_>> = Vec::new();
        let mut at = std::collections::HashMap::new();
        for s in &self.sessions {
            for p in &s.persons {
                match at.get(p.id.as_str()) {
                    Some(&i) => {
                        let e: &mut SpeakerEntry<'_> = &mut out[i];
                        if !e.sessions.iter().any(|x| x.id == s.id) {
                            e.sessions.push(s);
                        }
                    }
                    None => {
                        at.insert(p.id.as_str(), out.len());
                        out.push(SpeakerEntry {
                            person: p,
                            sessions: vec![s],
                        });
                    }
                }
            }
        }
        out.sort_by_cached_key(|e| (sort_key(&e.person.name), e.person.id.clone()));
        out
    }
}

/// `name` for sorting: lower case without accents, so "Émile" sorts with
/// "Emile" and not after "Zoe".
fn sort_key(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::is_combining_mark;
    name.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::agenda::exports::fixture;

    #[test]
    fn each_speaker_is_listed_once_with_all_their_sessions() {
        let mut p = fixture::programme();
        // The speaker of session 12 also speaks in session 15.
        let shared = p.sessions[0].persons[0].clone();
        p.sessions[1].persons.push(shared.clone());
        let list = p.speakers();
        let ids: Vec<&str> = list.iter().map(|e| e.person.id.as_str()).collect();
        let mut unique = ids.clone();
        unique.dedup();
        assert_eq!(ids, unique, "once each");
        let names: Vec<String> = list.iter().map(|e| sort_key(&e.person.name)).collect();
        let mut sorted = names.clone();
        sorted.sort();
        assert_eq!(names, sorted, "by name");
        let theirs = list.iter().find(|e| e.person.id == shared.id).unwrap();
        assert_eq!(theirs.sessions.len(), 2);
    }

    #[test]
    fn names_sort_without_regard_to_case_or_accents() {
        assert_eq!(sort_key("Émile Ñúñez"), "emile nunez");
        assert!(sort_key("Émile") < sort_key("zoe"));
        assert_eq!(sort_key("Ярослава"), "ярослава");
        assert_eq!(sort_key("أحمد"), "احمد", "hamza above is a mark too");
    }

    #[test]
    fn filters_narrow_by_words_country_stakeholder_and_line() {
        let mut p = fixture::programme();
        p.sessions[0].persons[0].name = "Amina Diallo".into();
        p.sessions[0].persons[0].country = "SN".into();
        p.sessions[1].organizations[0].stakeholder_type = "civil-society".into();
        let list = p.speakers();
        let count = |f: SpeakerFilter| list.iter().filter(|e| f.matches(e)).count();
        assert_eq!(count(SpeakerFilter::default()), list.len());
        let q = |q: &str| SpeakerFilter {
            q: q.into(),
            ..SpeakerFilter::default()
        };
        assert_eq!(count(q("diallo")), 1);
        assert_eq!(count(q("  AMINA   diallo ")), 1, "any case, any spacing");
        assert_eq!(count(q("amina smith")), 0, "every word must match");
        let country = SpeakerFilter {
            country: "SN".into(),
            ..SpeakerFilter::default()
        };
        assert_eq!(count(country), 1);
        let stakeholder = SpeakerFilter {
            stakeholder: "civil-society".into(),
            ..SpeakerFilter::default()
        };
        assert_eq!(count(stakeholder), 1);
        // Session 12 is on C7-EHEALTH: asking for C7 includes its sub-themes.
        let line = SpeakerFilter {
            line: "C7".into(),
            ..SpeakerFilter::default()
        };
        assert_eq!(count(line), 1);
        let none = SpeakerFilter {
            line: "C7".into(),
            country: "CH".into(),
            ..SpeakerFilter::default()
        };
        assert_eq!(count(none), 0, "filters combine");
        assert!(SpeakerFilter::default().is_empty());
    }
}
