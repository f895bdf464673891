//! Decision e-mail templates per outcome and language, with previews.

use super::*;
use crate::services::Audit;

impl Portal {
    /// The template for `outcome` in `locale`: the organizers' version or the
    /// built-in text.
    pub async fn decision_template(
        &self,
        outcome: Outcome,
        locale: Locale,
    ) -> AppResult<DecisionTemplate> {
        let edition = self.current_edition().await?;
        let row: Option<(String, String)> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT subject, body FROM decision_templates WHERE edition_id = $1 AND outcome \
                 = $2 AND locale = $3",
            )
            .bind(edition.id)
            .bind(outcome.code())
            .bind(locale.tag())
            .fetch_optional(pool)
            .await
        })?;
        Ok(match row {
            Some((subject, body)) => DecisionTemplate {
                outcome: outcome.code().into(),
                locale: locale.tag().into(),
                subject,
                body,
                custom: true,
            },
            None => {
                let args: Vec<(&'static str, String)> = PLACEHOLDERS
                    .iter()
                    .map(|p| (*p, format!("{{{p}}}")))
                    .collect();
                let c = compose(locale, &format!("decision-{}", outcome.code()), &args);
                DecisionTemplate {
                    outcome: outcome.code().into(),
                    locale: locale.tag().into(),
                    subject: c.subject,
                    body: c.body,
                    custom: false,
                }
            }
        })
    }

    /// Every outcome's template in `locale` (organizers).
    pub async fn decision_templates(
        &self,
        actor: &CurrentUser,
        locale: Locale,
    ) -> AppResult<Vec<DecisionTemplate>> {
        actor.require_staff()?;
        let mut out = Vec::new();
        for o in Outcome::ALL {
            out.push(self.decision_template(o, locale).await?);
        }
        Ok(out)
    }

    pub(super) fn check_template(subject: &str, body: &str) -> AppResult<(String, String)> {
        let mut e = FieldErrors::default();
        let subject = e.check("subject", single_line(subject, 3, 200));
        let body = e.check("body", text_block(body, 10_000, true));
        if let Some(s) = &subject
            && unknown_placeholders(s)
        {
            e.push("subject", "unknown-placeholder");
        }
        if let Some(b) = &body
            && unknown_placeholders(b)
        {
            e.push("body", "unknown-placeholder");
        }
        match (subject, body) {
            (Some(s), Some(b)) if e.is_empty() => Ok((s, b)),
            _ => Err(AppError::Validation(e)),
        }
    }

    /// Shows a template filled with the first proposal of the edition (or
    /// sample values), without saving it.
    pub async fn preview_template(
        &self,
        actor: &CurrentUser,
        subject: &str,
        body: &str,
    ) -> AppResult<TemplatePreview> {
        actor.require_staff()?;
        let (subject, body) = Self::check_template(subject, body)?;
        let edition = self.current_edition().await?;
        let sample: Option<(String, String, String)> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_as(
                "SELECT p.code, p.title, u.name FROM proposals p JOIN users u ON u.id = \
                 p.created_by WHERE p.edition_id = $1 AND p.status <> 'draft' ORDER BY p.seq \
                 LIMIT 1",
            )
            .bind(edition.id)
            .fetch_optional(pool)
            .await
        })?;
        let (code, title, name) = sample.unwrap_or_else(|| {
            (
                format!("{}-0001", edition.code),
                "Community networks for the last billion".into(),
                "Amina Diallo".into(),
            )
        });
        let values = [
            ("name", name),
            ("link", self.link(&format!("/proposals/{code}"))),
            ("code", code),
            ("title", title),
            ("edition", edition.title.clone()),
        ];
        Ok(TemplatePreview {
            subject: fill(&subject, &values),
            body: fill(&body, &values),
        })
    }

    /// Saves the organizers' wording of a decision e-mail.
    pub async fn save_decision_template(
        &self,
        actor: &CurrentUser,
        outcome: &str,
        locale: Locale,
        subject: &str,
        body: &str,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        actor.require_staff()?;
        let outcome = Outcome::from_code(outcome).ok_or(AppError::NotFound)?;
        let (subject, body) = Self::check_template(subject, body)?;
        let edition = self.current_edition().await?;
        let now = self.clock.now();
        crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                sqlx::query(
                    "INSERT INTO decision_templates (edition_id, outcome, locale, subject, body, \
                     updated_by, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT \
                     (edition_id, outcome, locale) DO UPDATE SET subject = $4, body = $5, \
                     updated_by = $6, updated_at = $7",
                )
                .bind(edition.id)
                .bind(outcome.code())
                .bind(locale.tag())
                .bind(&subject)
                .bind(&body)
                .bind(actor.id.0)
                .bind(now)
                .execute(&mut *tx)
                .await?;
                crate::audit!(
                    &mut *tx,
                    Audit {
                        at: now,
                        actor: Some(actor.id),
                        action: "decision.template",
                        target_kind: "edition",
                        target: edition.code.to_string(),
                        before: None,
                        after: Some(json!({
                            "outcome": outcome.code(),
                            "locale": locale.tag(),
                            "subject": subject,
                        })),
                        client_addr: &meta.client_addr
                    }
                )?;
                tx.commit().await
            }
            .await
        })?;
        Ok(())
    }
}
