//! A panel's balance by gender, region and stakeholder type, with notes.

use super::*;

/// A gentle note about a panel that lacks diversity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum BalanceNote {
    /// Every panelist states the same gender.
    SingleGender,
    /// Every panelist is from one ITU region.
    SingleRegion,
    /// Every panelist is of one stakeholder type.
    SingleStakeholder,
}

impl BalanceNote {
    /// Stable code (Fluent key `balance-note-<code>`).
    pub fn code(self) -> &'static str {
        match self {
            BalanceNote::SingleGender => "single-gender",
            BalanceNote::SingleRegion => "single-region",
            BalanceNote::SingleStakeholder => "single-stakeholder",
        }
    }
}

/// The mix of a panel: counts per gender, region and stakeholder type, over
/// the panelists whose answers are valid.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PanelBalance {
    /// Panelists counted.
    pub size: usize,
    /// Count per gender code.
    pub genders: Vec<(String, usize)>,
    /// Count per ITU region letter.
    pub regions: Vec<(String, usize)>,
    /// Count per stakeholder type code.
    pub stakeholders: Vec<(String, usize)>,
    /// Notes for the proposer.
    pub notes: Vec<BalanceNote>,
}

pub(super) fn tally(items: impl Iterator<Item = String>) -> Vec<(String, usize)> {
    let mut map: std::collections::BTreeMap<String, usize> = Default::default();
    for i in items {
        *map.entry(i).or_default() += 1;
    }
    map.into_iter().collect()
}

/// Computes the balance of `speakers`. Notes appear only from two panelists
/// on, and "undisclosed" genders never count as a single gender.
pub fn panel_balance(speakers: &[SpeakerInput]) -> PanelBalance {
    let genders = tally(
        speakers
            .iter()
            .filter_map(|s| Gender::from_code(&s.gender))
            .map(|g| g.code().to_owned()),
    );
    let regions: Vec<Region> = speakers
        .iter()
        .filter_map(|s| Country::parse(&s.country).ok())
        .map(|c| c.region)
        .collect();
    let regions = tally(regions.iter().map(|r| r.code().to_string()));
    let stakeholders = tally(
        speakers
            .iter()
            .filter_map(|s| StakeholderType::parse(&s.stakeholder_type).ok())
            .map(|s| s.code().to_owned()),
    );
    let size = speakers.iter().filter(|s| !s.is_blank()).count();
    let mut notes = Vec::new();
    let only = |v: &Vec<(String, usize)>| v.len() == 1 && v[0].1 >= 2;
    if only(&genders) && genders[0].0 != Gender::Undisclosed.code() {
        notes.push(BalanceNote::SingleGender);
    }
    if only(&regions) {
        notes.push(BalanceNote::SingleRegion);
    }
    if only(&stakeholders) {
        notes.push(BalanceNote::SingleStakeholder);
    }
    PanelBalance {
        size,
        genders,
        regions,
        stakeholders,
        notes,
    }
}

crate::domain::stored::stored_code!(ProposalStatus, "proposal status");
