//! The consultation's outcomes report: how many submissions came from
//! which kinds, stakeholder types, regions and countries, the Action Lines
//! and SDGs they concern (beside the sessions the programme holds on each),
//! the themes organizers tagged, and the submissions whose authors agreed
//! to publication. Organizers write its words and publish it; the public
//! reads it at `/consultation/outcomes` (and as CSV).

use super::organize::SubmissionSummary;
use crate::domain::agenda::exports::csv_cell;
use crate::domain::submission::SubmissionKind;
use crate::error::ConflictCode;
use crate::error::{AppError, AppResult};
use crate::services::Audit;
use crate::services::review::count_dimension;
use crate::services::{CurrentUser, Dimension, Portal, RequestMeta};
use crate::validation::{FieldErrors, text_block};
use serde::{Deserialize, Serialize};
use serde_json::json;
use time::OffsetDateTime;

/// The report as organizers and the public see it.
#[derive(Debug, Clone, Serialize)]
pub struct OutcomesReport {
    /// The edition's title.
    pub edition: String,
    /// Organizers' summary (Markdown).
    pub summary: String,
    /// How the programme answers the consultation (Markdown).
    pub programme_answer: String,
    /// When it was published; `None` while it is not public.
    pub published_at: Option<OffsetDateTime>,
    /// Optimistic-concurrency version (0 before the first save).
    pub version: i64,
    /// Sent submissions counted.
    pub total: i64,
    /// Of which received at consultation meetings.
    pub from_meetings: i64,
    /// Counts per kind, stakeholder type, region, country.
    pub dimensions: Vec<Dimension>,
    /// Counts per Action Line, and the programme's sessions per line.
    pub lines: Dimension,
    /// Accepted sessions per Action Line.
    pub sessions_per_line: Dimension,
    /// Counts per SDG.
    pub sdgs: Dimension,
    /// Counts per organizers' tag.
    pub tags: Dimension,
    /// The submissions whose authors agreed to publication.
    pub listed: Vec<SubmissionSummary>,
}

/// The organizers' form.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct OutcomesForm {
    /// Summary.
    #[serde(default)]
    pub summary: String,
    /// How the programme answers.
    #[serde(default)]
    pub programme_answer: String,
    /// `publish`, `unpublish`, or anything else to save only.
    #[serde(default)]
    pub action: String,
    /// Version the form was loaded with.
    #[serde(default)]
    pub version: i64,
}

#[derive(sqlx::FromRow)]
struct ReportRow {
    summary: String,
    programme_answer: String,
    published_at: Option<OffsetDateTime>,
    version: i64,
}

/// Report texts may be long, but not unbounded.
const TEXT_MAX: u32 = 20_000;

impl Portal {
    async fn report_row(&self, edition: i64) -> AppResult<Option<ReportRow>> {
        let row: Option<ReportRow> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT summary, programme_answer, published_at, version FROM outcomes_reports \
                 WHERE edition_id = $1",
            )
            .bind(edition)
            .fetch_optional(pool)
            .await
        })?;
        Ok(row)
    }

    /// Builds the report from the current data.
    async fn build_outcomes(&self) -> AppResult<OutcomesReport> {
        let edition = self.current_edition().await?;
        let row = self.report_row(edition.id).await?;
        let sent: Vec<SubmissionSummary> = self
            .edition_submissions()
            .await?
            .into_iter()
            .filter(|s| s.status == super::STATUS_SUBMITTED)
            .collect();
        let total = sent.len() as i64;
        let dim = |key: &'static str, f: &dyn Fn(&SubmissionSummary) -> Vec<String>| {
            count_dimension(key, sent.iter().flat_map(f), total)
        };
        let mut kinds = dim("kind", &|s| vec![s.kind.code().to_owned()]);
        // Every kind is listed, also those nobody used, in form order.
        for k in SubmissionKind::ALL {
            if !kinds.counts.iter().any(|(c, _)| c == k.code()) {
                kinds.counts.push((k.code().to_owned(), 0));
            }
        }
        let dimensions = vec![
            kinds,
            dim("stakeholder", &|s| vec![s.stakeholder_type.clone()]),
            dim("region", &|s| vec![s.region.clone()]),
            dim("country", &|s| vec![s.country_code.clone()]),
        ];
        let lines = dim("line", &|s| s.action_lines.clone());
        let sdgs = dim("sdg", &|s| s.sdgs.clone());
        let tags = dim("tag", &|s| s.tags.clone());
        let accepted_lines: Vec<String> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_scalar(
                "SELECT l.code FROM proposal_action_lines l JOIN proposals p ON p.id = \
                 l.proposal_id WHERE p.edition_id = $1 AND p.status IN ('accepted', 'confirmed', \
                 'scheduled')",
            )
            .bind(edition.id)
            .fetch_all(pool)
            .await
        })?;
        let sessions: i64 = crate::dispatch!(&self.db, |pool| {
            sqlx::query_scalar(
                "SELECT COUNT(*) FROM proposals WHERE edition_id = $1 AND status IN ('accepted', \
                 'confirmed', 'scheduled')",
            )
            .bind(edition.id)
            .fetch_one(pool)
            .await
        })?;
        let sessions_per_line = count_dimension("line", accepted_lines, sessions);
        let from_meetings = sent.iter().filter(|s| s.meeting_id.is_some()).count() as i64;
        let listed = sent.into_iter().filter(|s| s.consent).collect();
        let (summary, programme_answer, published_at, version) = row
            .map(|r| (r.summary, r.programme_answer, r.published_at, r.version))
            .unwrap_or_default();
        Ok(OutcomesReport {
            edition: edition.title,
            summary,
            programme_answer,
            published_at,
            version,
            total,
            from_meetings,
            dimensions,
            lines,
            sessions_per_line,
            sdgs,
            tags,
            listed,
        })
    }

    /// The report as it stands, published or not. Organizers and admins.
    pub async fn outcomes_draft(&self, actor: &CurrentUser) -> AppResult<OutcomesReport> {
        actor.require_staff()?;
        self.build_outcomes().await
    }

    /// The published report; `NotFound` until organizers publish it.
    pub async fn published_outcomes(&self) -> AppResult<OutcomesReport> {
        let report = self.build_outcomes().await?;
        if report.published_at.is_none() {
            return Err(AppError::NotFound);
        }
        Ok(report)
    }

    /// Saves the report's words and publishes or withdraws it. Organizers
    /// and admins only. Returns whether it is public afterwards.
    pub async fn save_outcomes(
        &self,
        actor: &CurrentUser,
        form: &OutcomesForm,
        meta: &RequestMeta,
    ) -> AppResult<bool> {
        actor.require_staff()?;
        let edition = self.current_edition().await?;
        let mut e = FieldErrors::default();
        let summary = e.check("summary", text_block(&form.summary, TEXT_MAX, false));
        let answer = e.check(
            "programme_answer",
            text_block(&form.programme_answer, TEXT_MAX, false),
        );
        let (Some(summary), Some(answer)) = (summary, answer) else {
            return Err(AppError::Validation(e));
        };
        let publish = form.action == "publish";
        if publish && summary.is_empty() {
            e.push("summary", "required");
        }
        e.into_result()?;
        let now = self.clock.now();
        let existing = self.report_row(edition.id).await?;
        let published_at = match form.action.as_str() {
            "publish" => Some(
                existing
                    .as_ref()
                    .and_then(|r| r.published_at)
                    .unwrap_or(now),
            ),
            "unpublish" => None,
            _ => existing.as_ref().and_then(|r| r.published_at),
        };
        let done: u64 = crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                let n = if existing.is_none() {
                    if form.version != 0 {
                        0
                    } else {
                        sqlx::query(
                            "INSERT INTO outcomes_reports (edition_id, summary, \
                             programme_answer, published_at, created_at, updated_at) VALUES ($1, \
                             $2, $3, $4, $5, $5) ON CONFLICT DO NOTHING",
                        )
                        .bind(edition.id)
                        .bind(&summary)
                        .bind(&answer)
                        .bind(published_at)
                        .bind(now)
                        .execute(&mut *tx)
                        .await?
                        .rows_affected()
                    }
                } else {
                    sqlx::query(
                        "UPDATE outcomes_reports SET summary = $3, programme_answer = $4, \
                         published_at = $5, updated_at = $6, version = version + 1 WHERE \
                         edition_id = $1 AND version = $2",
                    )
                    .bind(edition.id)
                    .bind(form.version)
                    .bind(&summary)
                    .bind(&answer)
                    .bind(published_at)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected()
                };
                if n == 1 {
                    crate::audit!(
                        &mut *tx,
                        Audit {
                            at: now,
                            actor: Some(actor.id),
                            action: "outcomes.save",
                            target_kind: "outcomes",
                            target: edition.code.to_string(),
                            before: None,
                            after: Some(json!({"published": published_at.is_some()})),
                            client_addr: &meta.client_addr
                        }
                    )?;
                }
                tx.commit().await?;
                Ok::<_, sqlx::Error>(n)
            }
            .await
        })?;
        if done == 1 {
            Ok(published_at.is_some())
        } else {
            Err(AppError::Conflict(ConflictCode::StaleVersion))
        }
    }
}

/// The report's counts as CSV: dimension, code, submissions, share of all
/// sent submissions (and, for Action Lines, the programme's sessions).
pub fn outcomes_counts_csv(r: &OutcomesReport) -> String {
    let mut out = String::from("dimension,code,submissions,share_percent,sessions\r\n");
    let share = |n: i64, total: i64| {
        if total == 0 {
            "0.0".to_owned()
        } else {
            format!("{:.1}", n as f64 * 100.0 / total as f64)
        }
    };
    let mut put = |d: &Dimension, sessions: Option<&Dimension>| {
        for (code, n) in &d.counts {
            let s = sessions
                .map(|s| {
                    s.counts
                        .iter()
                        .find(|(c, _)| c == code)
                        .map(|(_, m)| m.to_string())
                        .unwrap_or_else(|| "0".into())
                })
                .unwrap_or_default();
            let cells = [
                d.key.to_owned(),
                code.clone(),
                n.to_string(),
                share(*n, d.total),
                s,
            ];
            let line: Vec<String> = cells.iter().map(|c| csv_cell(c)).collect();
            out.push_str(&line.join(","));
            out.push_str("\r\n");
        }
    };
    for d in &r.dimensions {
        put(d, None);
    }
    put(&r.lines, Some(&r.sessions_per_line));
    put(&r.sdgs, None);
    put(&r.tags, None);
    out
}

/// The submissions listed in the report, one row each. Recommended and
/// nominated people are not named: they did not agree to publication.
pub fn outcomes_list_csv(r: &OutcomesReport) -> String {
    let mut out = String::from(
        "code,kind,title,from,stakeholder_type,country,region,action_lines,sdgs,tags,received,text\r\n",
    );
    for s in &r.listed {
        let text = if s.kind.names_a_person() {
            String::new()
        } else {
            s.body.clone()
        };
        let cells = [
            s.code.clone(),
            s.kind.code().to_owned(),
            s.title.clone(),
            s.from.clone(),
            s.stakeholder_type.clone(),
            s.country_code.clone(),
            s.region.clone(),
            s.action_lines.join("; "),
            s.sdgs.join("; "),
            s.tags.join("; "),
            s.received.clone(),
            text,
        ];
        let line: Vec<String> = cells.iter().map(|c| csv_cell(c)).collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}
