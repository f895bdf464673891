//! ISO 3166-1 countries and their ITU administrative regions.
//!
//! The list ships with the binary (`src/data/countries.csv`): code, ITU
//! region and the short name in each UN language.

use crate::validation::{FieldError, invalid};
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

/// ITU administrative regions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Region {
    /// A: The Americas.
    A,
    /// B: Western Europe.
    B,
    /// C: Eastern Europe and Northern Asia.
    C,
    /// D: Africa.
    D,
    /// E: Asia and Australasia.
    E,
}

impl Region {
    /// The region's letter.
    pub fn code(self) -> char {
        match self {
            Region::A => 'A',
            Region::B => 'B',
            Region::C => 'C',
            Region::D => 'D',
            Region::E => 'E',
        }
    }

    fn from_code(c: &str) -> Option<Region> {
        Some(match c {
            "A" => Region::A,
            "B" => Region::B,
            "C" => Region::C,
            "D" => Region::D,
            "E" => Region::E,
            _ => return None,
        })
    }
}

/// One country with its names in the UN languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Country {
    /// ISO 3166-1 alpha-2 code, upper case.
    pub code: String,
    /// ITU region.
    pub region: Region,
    /// Names in en, ar, zh, fr, ru, es order.
    names: [String; 6],
}

impl Country {
    /// The short name in a language tag (`en`, `ar`, `zh`, `fr`, `ru`, `es`);
    /// English when the tag is unknown.
    pub fn name(&self, lang: &str) -> &str {
        let i = ["en", "ar", "zh", "fr", "ru", "es"]
            .iter()
            .position(|l| *l == lang)
            .unwrap_or(0);
        &self.names[i]
    }

    /// Parses a country code from a form; must be in the list.
    pub fn parse(code: &str) -> Result<&'static Country, FieldError> {
        let code = code.trim();
        if code.is_empty() {
            return Err(invalid("required"));
        }
        country(code).ok_or_else(|| invalid("choose-from-list"))
    }
}

static COUNTRIES: LazyLock<Vec<Country>> =
    LazyLock::new(|| parse_csv(include_str!("../data/countries.csv")));

/// All countries, sorted by code.
pub fn countries() -> &'static [Country] {
    &COUNTRIES
}

/// Looks a country up by its code, in any case.
pub fn country(code: &str) -> Option<&'static Country> {
    let code = code.to_ascii_uppercase();
    COUNTRIES
        .binary_search_by(|c| c.code.as_str().cmp(&code))
        .ok()
        .map(|i| &COUNTRIES[i])
}

fn parse_csv(text: &str) -> Vec<Country> {
    let mut out: Vec<Country> = text
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .filter_map(|line| {
            let f = split_csv_line(line);
            if f.len() != 8 {
                return None;
            }
            Some(Country {
                code: f[0].to_ascii_uppercase(),
                region: Region::from_code(&f[1])?,
                names: [
                    f[2].clone(),
                    f[3].clone(),
                    f[4].clone(),
                    f[5].clone(),
                    f[6].clone(),
                    f[7].clone(),
                ],
            })
        })
        .collect();
    out.sort_by(|a, b| a.code.cmp(&b.code));
    out
}

/// Splits one RFC 4180 line (quoted fields may hold commas and `""`).
fn split_csv_line(line: &str) -> Vec<String> {
    let mut fields = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                cur.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => fields.push(std::mem::take(&mut cur)),
            (c, _) => cur.push(c),
        }
    }
    fields.push(cur);
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_country_list_is_complete_and_mapped_to_itu_regions() {
        assert!(
            countries().len() >= 240,
            "only {} countries",
            countries().len()
        );
        assert_eq!(country("ch").unwrap().region, Region::B);
        assert_eq!(country("BR").unwrap().region, Region::A);
        assert_eq!(country("KE").unwrap().region, Region::D);
        assert_eq!(country("IN").unwrap().region, Region::E);
        assert_eq!(country("KZ").unwrap().region, Region::C);
        assert_eq!(country("EG").unwrap().name("en"), "Egypt");
        assert!(!country("EG").unwrap().name("ar").is_empty());
    }

    #[test]
    fn unknown_or_empty_country_codes_are_refused() {
        assert_eq!(Country::parse("").unwrap_err().code, "required");
        assert_eq!(Country::parse("XX").unwrap_err().code, "choose-from-list");
        assert_eq!(Country::parse(" fr ").unwrap().code, "FR");
    }

    #[test]
    fn quoted_csv_fields_keep_commas_and_quotes() {
        assert_eq!(
            split_csv_line(r#"a,"b, c","d ""e""""#),
            vec!["a", "b, c", r#"d "e""#]
        );
    }
}
