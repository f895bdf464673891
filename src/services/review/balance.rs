//! Balance across the programme (organizers' dashboard) and the Action Line
//! facilitators' report (page and CSV).

use super::OrganizerRow;
use crate::domain::Role;
use crate::domain::review::{line_within, sees_others_reviews};
use crate::error::{AppError, AppResult};
use crate::services::Portal;
use crate::services::sessions::CurrentUser;
use serde::Serialize;
use std::collections::BTreeMap;

/// Counts along one dimension (stakeholder type, region, gender, …).
#[derive(Debug, Clone, Serialize)]
pub struct Dimension {
    /// `stakeholder`, `region`, `gender`, `line`, `sdg`, `format`, `country`.
    pub key: &'static str,
    /// Code and count, largest first.
    pub counts: Vec<(String, i64)>,
    /// The total the shares are of.
    pub total: i64,
}

/// The balance of all submissions and of the accepted set.
#[derive(Debug, Clone, Serialize)]
pub struct BalanceReport {
    /// Submitted proposals (not drafts, not withdrawn).
    pub submitted: i64,
    /// Accepted ones (decided, released or not).
    pub accepted: i64,
    /// Decisions waiting for release.
    pub pending: i64,
    /// Proposals with at least one review.
    pub reviewed: i64,
    /// Dimensions over all submissions.
    pub all: Vec<Dimension>,
    /// Dimensions over the accepted set.
    pub selected: Vec<Dimension>,
}

/// A facilitator's view of one Action Line.
#[derive(Debug, Clone, Serialize)]
pub struct LineReport {
    /// The line's code.
    pub line: String,
    /// Organization names are hidden (blind review, not staff).
    pub blind: bool,
    /// Its submissions.
    pub rows: Vec<OrganizerRow>,
    /// Their balance.
    pub balance: Vec<Dimension>,
}

pub(crate) fn count<I: IntoIterator<Item = String>>(
    key: &'static str,
    items: I,
    total: i64,
) -> Dimension {
    let mut map: BTreeMap<String, i64> = BTreeMap::new();
    for i in items {
        if !i.is_empty() {
            *map.entry(i).or_default() += 1;
        }
    }
    let mut counts: Vec<(String, i64)> = map.into_iter().collect();
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    Dimension { key, counts, total }
}

fn accepted(r: &OrganizerRow) -> bool {
    r.decision.as_deref() == Some("accept")
        || matches!(r.status.as_str(), "accepted" | "confirmed" | "scheduled")
}

impl Portal {
    /// Panelists' genders per proposal code.
    async fn genders(&self) -> AppResult<Vec<(String, String)>> {
        let edition = self.current_edition().await?;
        let rows: Vec<(String, String)> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT p.code, s.gender FROM proposal_speakers s JOIN proposals p ON p.id = \
                 s.proposal_id WHERE p.edition_id = $1",
            )
            .bind(edition.id)
            .fetch_all(pool)
            .await
        })?;
        Ok(rows)
    }

    fn dimensions(rows: &[&OrganizerRow], genders: &[(String, String)]) -> Vec<Dimension> {
        let n = rows.len() as i64;
        let panel: Vec<String> = genders
            .iter()
            .filter(|(code, _)| rows.iter().any(|r| r.code == *code))
            .map(|(_, g)| g.clone())
            .collect();
        let panel_total = panel.len() as i64;
        let lines: Vec<String> = rows.iter().flat_map(|r| r.action_lines.clone()).collect();
        let line_total = lines.len() as i64;
        let sdgs: Vec<String> = rows
            .iter()
            .flat_map(|r| r.sdgs.iter().map(|s| s.to_string()))
            .collect();
        let sdg_total = sdgs.len() as i64;
        vec![
            count(
                "stakeholder",
                rows.iter().map(|r| r.stakeholder_type.clone()),
                n,
            ),
            count("region", rows.iter().map(|r| r.region.clone()), n),
            count("gender", panel, panel_total),
            count("line", lines, line_total),
            count("sdg", sdgs, sdg_total),
            count("format", rows.iter().map(|r| r.format_code.clone()), n),
            count("country", rows.iter().map(|r| r.country.clone()), n),
        ]
    }

    /// The organizers' balance dashboard. Organizers and admins only.
    pub async fn balance_report(&self, actor: &CurrentUser) -> AppResult<BalanceReport> {
        actor.require_staff()?;
        let rows = self.organizer_rows().await?;
        let live: Vec<&OrganizerRow> = rows
            .iter()
            .filter(|r| !matches!(r.status.as_str(), "withdrawn" | "merged"))
            .collect();
        let chosen: Vec<&OrganizerRow> = live.iter().copied().filter(|r| accepted(r)).collect();
        let genders = self.genders().await?;
        Ok(BalanceReport {
            submitted: live.len() as i64,
            accepted: chosen.len() as i64,
            pending: live
                .iter()
                .filter(|r| r.decision.is_some() && !r.released)
                .count() as i64,
            reviewed: live.iter().filter(|r| r.aggregate.count > 0).count() as i64,
            all: Self::dimensions(&live, &genders),
            selected: Self::dimensions(&chosen, &genders),
        })
    }

    /// The lines a reader may report on: all for organizers, their own for
    /// facilitators.
    pub async fn reportable_lines(&self, actor: &CurrentUser) -> AppResult<Vec<String>> {
        if actor.is_staff() {
            return Ok(crate::domain::taxonomy::action_line_codes()
                .into_iter()
                .map(str::to_owned)
                .collect());
        }
        if actor.has(Role::Facilitator) {
            return self.facilitator_lines(actor.id).await;
        }
        Err(AppError::Forbidden)
    }

    /// The facilitator's report on `line` (sub-lines and sub-themes
    /// included): submissions, decisions and balance. Facilitators of the
    /// line (or a parent line), organizers and admins.
    pub async fn line_report(&self, actor: &CurrentUser, line: &str) -> AppResult<LineReport> {
        let line = line.trim().to_uppercase();
        if !crate::domain::taxonomy::action_line_codes().contains(&line.as_str()) {
            return Err(AppError::NotFound);
        }
        let staff = actor.is_staff();
        if !staff {
            let mine = self.reportable_lines(actor).await?;
            if !mine.iter().any(|m| line_within(&line, m)) {
                return Err(AppError::Forbidden);
            }
        }
        let blind = !staff && self.review_settings().await?.blind_review;
        let mut rows: Vec<OrganizerRow> = self
            .organizer_rows()
            .await?
            .into_iter()
            .filter(|r| {
                r.status != "withdrawn" && r.action_lines.iter().any(|l| line_within(l, &line))
            })
            .collect();
        // A facilitator with a conflict does not see that proposal at all.
        if !staff {
            let mut kept = Vec::with_capacity(rows.len());
            for r in rows {
                let id = self.proposal_id(&r.code).await?;
                if self.conflict_reason(id, actor).await?.is_none() {
                    kept.push(r);
                }
            }
            rows = kept;
        }
        if blind {
            for r in &mut rows {
                r.organization = String::new();
            }
        }
        // Pending decisions are the Secretariat's until released, and review
        // results reach a facilitator as they do on the review page: in a
        // phase that shows them, for proposals it has reviewed itself.
        if !staff {
            let phase_shows = self.current_phase().await?.reviewers_see_others;
            let reviewed = self.codes_reviewed_by(actor).await?;
            for r in &mut rows {
                if !r.released {
                    r.decision = None;
                }
                if !sees_others_reviews(staff, phase_shows, reviewed.contains(&r.code)) {
                    r.aggregate = Default::default();
                    r.results_hidden = true;
                }
            }
        }
        let genders = self.genders().await?;
        let refs: Vec<&OrganizerRow> = rows.iter().collect();
        let balance = Self::dimensions(&refs, &genders);
        Ok(LineReport {
            line,
            blind,
            rows,
            balance,
        })
    }
}

impl Portal {
    /// Codes of the current edition's proposals that `actor` has written a
    /// review of (in any moderation state, as the review page counts it).
    async fn codes_reviewed_by(
        &self,
        actor: &CurrentUser,
    ) -> AppResult<std::collections::HashSet<String>> {
        let edition = self.current_edition().await?.id;
        let codes: Vec<String> = crate::dispatch!(&self.db, |pool| sqlx::query_scalar(
            "SELECT p.code FROM reviews r JOIN proposals p ON p.id = r.proposal_id WHERE \
             r.reviewer_id = $1 AND p.edition_id = $2",
        )
        .bind(actor.id.0)
        .bind(edition)
        .fetch_all(pool)
        .await)?;
        Ok(codes.into_iter().collect())
    }
}

/// Quotes one CSV field (RFC 4180) and defuses spreadsheet formulas.
pub fn csv_field(v: &str) -> String {
    crate::domain::agenda::exports::csv_cell(v)
}

impl LineReport {
    /// The report as CSV, one row per submission.
    pub fn to_csv(&self) -> String {
        let mut out = String::from(
            "code,title,organization,stakeholder_type,country,region,format,action_lines,sdgs,status,decision,reviews,mean,median,std_dev\r\n",
        );
        let num = |v: Option<f64>| v.map(|x| format!("{x:.1}")).unwrap_or_default();
        for r in &self.rows {
            let fields = [
                r.code.clone(),
                r.title.clone(),
                r.organization.clone(),
                r.stakeholder_type.clone(),
                r.country.clone(),
                r.region.clone(),
                r.format_code.clone(),
                r.action_lines.join(" "),
                r.sdgs
                    .iter()
                    .map(|s| s.to_string())
                    .collect::<Vec<_>>()
                    .join(" "),
                r.status.clone(),
                r.decision.clone().unwrap_or_default(),
                if r.results_hidden {
                    "hidden".to_string()
                } else {
                    r.aggregate.count.to_string()
                },
                num(r.aggregate.mean),
                num(r.aggregate.median),
                num(r.aggregate.std_dev),
            ];
            out.push_str(
                &fields
                    .iter()
                    .map(|f| csv_field(f))
                    .collect::<Vec<_>>()
                    .join(","),
            );
            out.push_str("\r\n");
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_and_defuses_formulas() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a, b"), "\"a, b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("=HYPERLINK(1)"), "'=HYPERLINK(1)");
    }

    #[test]
    fn counts_are_sorted_largest_first() {
        let d = count("x", ["b", "a", "b", ""].map(String::from), 4);
        assert_eq!(d.counts, vec![("b".into(), 2), ("a".into(), 1)]);
    }
}
