//! Each edition's Action Lines and SDGs. The shipped lists
//! (`src/data/taxonomy.json`) are copied into the edition on first use;
//! organizers then rename entries, retire them (no longer offered to
//! proposers; proposals that chose one keep it) and add moderated
//! sub-themes under an Action Line. Stakeholder types, ITU regions and
//! countries are the UN's and ITU's own lists and are not edited here.

use super::Portal;
use super::sessions::CurrentUser;
use crate::domain::taxonomy::{KIND_ACTION_LINE, KIND_SDG, ThemeEntry, Themes, seed_entries};
use crate::error::ConflictCode;
use crate::error::{AppError, AppResult};
use crate::services::Audit;
use crate::services::RequestMeta;
use crate::validation::{FieldErrors, single_line};
use serde::{Deserialize, Serialize};
use serde_json::json;

/// The organizers' form for one entry.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ThemeForm {
    /// The name to show; empty for the shipped name.
    #[serde(default)]
    pub name: String,
    /// Who moderates it (Action Lines only); may be empty.
    #[serde(default)]
    pub moderator: String,
    /// Present when proposers may choose it.
    #[serde(default)]
    pub active: Option<String>,
    /// The version the form was loaded with.
    #[serde(default)]
    pub version: i64,
}

/// The organizers' form for a new sub-theme.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct NewThemeForm {
    /// The Action Line it belongs to, e.g. `C3`.
    #[serde(default)]
    pub parent: String,
    /// Its code, e.g. `C3-OPENDATA`.
    #[serde(default)]
    pub code: String,
    /// Its name.
    #[serde(default)]
    pub name: String,
    /// Who moderates it; may be empty.
    #[serde(default)]
    pub moderator: String,
}

#[derive(sqlx::FromRow)]
struct EntryRow {
    kind: String,
    code: String,
    parent_code: String,
    name: String,
    moderator: String,
    is_active: bool,
    is_custom: bool,
    version: i64,
}

impl From<EntryRow> for ThemeEntry {
    fn from(r: EntryRow) -> Self {
        ThemeEntry {
            kind: r.kind,
            code: r.code,
            parent: r.parent_code,
            name: r.name,
            moderator: r.moderator,
            active: r.is_active,
            custom: r.is_custom,
            version: r.version,
        }
    }
}

/// `C3-OPENDATA` under `C3`: the parent, a hyphen, 2 to 12 capitals or digits.
fn sub_theme_code_ok(parent: &str, code: &str) -> bool {
    code.strip_prefix(parent)
        .and_then(|rest| rest.strip_prefix('-'))
        .is_some_and(|tail| {
            (2..=12).contains(&tail.len())
                && tail
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        })
}

impl Portal {
    async fn read_taxonomy(&self, edition: i64) -> AppResult<Vec<ThemeEntry>> {
        let rows: Vec<EntryRow> = crate::dispatch!(&self.db, |pool| {
            sqlx::query_as(
            "SELECT kind, code, parent_code, name, moderator, is_active, is_custom, version FROM \
             taxonomy_entries WHERE edition_id = $1 ORDER BY kind, position, id",
        )
        .bind(edition)
        .fetch_all(pool)
        .await
        })?;
        Ok(rows.into_iter().map(ThemeEntry::from).collect())
    }

    /// The current edition's entries for the page where organizers edit
    /// them. Organizers and admins only.
    pub async fn taxonomy_to_edit(&self, actor: &CurrentUser) -> AppResult<Vec<ThemeEntry>> {
        actor.require_staff()?;
        let edition = self.current_edition().await?;
        self.taxonomy(edition.id).await
    }

    /// The edition's entries, Action Lines first, each in reading order. The
    /// first call for an edition copies the shipped lists into it (safely
    /// when several instances do so at once).
    pub async fn taxonomy(&self, edition: i64) -> AppResult<Vec<ThemeEntry>> {
        let rows = self.read_taxonomy(edition).await?;
        if !rows.is_empty() {
            return Ok(rows);
        }
        let now = self.clock.now();
        let seed = seed_entries();
        crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                for (i, e) in seed.iter().enumerate() {
                    sqlx::query(
                        "INSERT INTO taxonomy_entries (edition_id, kind, code, parent_code, \
                         moderator, position, created_at, updated_at) VALUES ($1, $2, $3, $4, \
                         $5, $6, $7, $7) ON CONFLICT DO NOTHING",
                    )
                    .bind(edition)
                    .bind(&e.kind)
                    .bind(&e.code)
                    .bind(&e.parent)
                    .bind(&e.moderator)
                    .bind(i as i64)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                }
                tx.commit().await
            }
            .await
        })?;
        self.read_taxonomy(edition).await
    }

    /// The codes the current edition offers proposers.
    pub async fn themes(&self) -> AppResult<Themes> {
        let edition = self.current_edition().await?;
        Ok(Themes::of(&self.taxonomy(edition.id).await?))
    }

    /// Changes one entry of the current edition. Organizers and admins only.
    pub async fn update_theme(
        &self,
        actor: &CurrentUser,
        kind: &str,
        code: &str,
        form: &ThemeForm,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        actor.require_staff()?;
        let edition = self.current_edition().await?;
        let entries = self.taxonomy(edition.id).await?;
        let entry = entries
            .iter()
            .find(|e| e.kind == kind && e.code == code)
            .ok_or(AppError::NotFound)?;
        let mut e = FieldErrors::default();
        let name = if form.name.trim().is_empty() && !entry.custom {
            Some(String::new())
        } else {
            e.check("name", single_line(&form.name, 3, 120))
        };
        let moderator = if form.moderator.trim().is_empty() || kind == KIND_SDG {
            Some(String::new())
        } else {
            e.check("moderator", single_line(&form.moderator, 2, 120))
        };
        let active = form.active.is_some();
        let others_active = entries
            .iter()
            .any(|x| x.kind == kind && x.code != code && x.active);
        if !active && !others_active {
            e.push("active", "keep-one-active");
        }
        let (Some(name), Some(moderator)) = (name, moderator) else {
            return Err(AppError::Validation(e));
        };
        e.into_result()?;
        let now = self.clock.now();
        let before =
            json!({"name": entry.name, "moderator": entry.moderator, "active": entry.active});
        let after = json!({"name": name, "moderator": moderator, "active": active});
        let target = format!("{kind}:{code}");
        let done: u64 = crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                let n = sqlx::query(
                    "UPDATE taxonomy_entries SET name = $5, moderator = $6, is_active = $7, \
                     updated_at = $8, version = version + 1 WHERE edition_id = $1 AND kind = $2 \
                     AND code = $3 AND version = $4",
                )
                .bind(edition.id)
                .bind(kind)
                .bind(code)
                .bind(form.version)
                .bind(&name)
                .bind(&moderator)
                .bind(active)
                .bind(now)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if n == 1 {
                    crate::audit!(
                        &mut *tx,
                        Audit {
                            at: now,
                            actor: Some(actor.id),
                            action: "taxonomy.update",
                            target_kind: "theme",
                            target: target.to_string(),
                            before: Some(before),
                            after: Some(after),
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
            Ok(())
        } else {
            Err(AppError::Conflict(ConflictCode::StaleVersion))
        }
    }

    /// Adds a sub-theme under an Action Line of the current edition and
    /// returns its code. Organizers and admins only.
    pub async fn add_sub_theme(
        &self,
        actor: &CurrentUser,
        form: &NewThemeForm,
        meta: &RequestMeta,
    ) -> AppResult<String> {
        actor.require_staff()?;
        let edition = self.current_edition().await?;
        let entries = self.taxonomy(edition.id).await?;
        let parent = form.parent.trim().to_uppercase();
        let code = form.code.trim().to_uppercase();
        let mut e = FieldErrors::default();
        let top = entries
            .iter()
            .any(|x| x.kind == KIND_ACTION_LINE && x.parent.is_empty() && x.code == parent);
        if !top {
            e.push("parent", "choose-from-list");
        } else if code.is_empty() {
            e.push("code", "required");
        } else if !sub_theme_code_ok(&parent, &code) {
            e.push("code", "theme-code-format");
        } else if entries
            .iter()
            .any(|x| x.kind == KIND_ACTION_LINE && x.code == code)
        {
            e.push("code", "theme-code-taken");
        }
        let name = e.check("name", single_line(&form.name, 3, 120));
        let moderator = if form.moderator.trim().is_empty() {
            Some(String::new())
        } else {
            e.check("moderator", single_line(&form.moderator, 2, 120))
        };
        let (Some(name), Some(moderator)) = (name, moderator) else {
            return Err(AppError::Validation(e));
        };
        e.into_result()?;
        let now = self.clock.now();
        let position = entries.len() as i64;
        let target = format!("{KIND_ACTION_LINE}:{code}");
        let added: u64 = crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                let n = sqlx::query(
                    "INSERT INTO taxonomy_entries (edition_id, kind, code, parent_code, name, \
                     moderator, position, is_custom, created_at, updated_at) VALUES ($1, $2, $3, \
                     $4, $5, $6, $7, TRUE, $8, $8) ON CONFLICT DO NOTHING",
                )
                .bind(edition.id)
                .bind(KIND_ACTION_LINE)
                .bind(&code)
                .bind(&parent)
                .bind(&name)
                .bind(&moderator)
                .bind(position)
                .bind(now)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if n == 1 {
                    crate::audit!(
                        &mut *tx,
                        Audit {
                            at: now,
                            actor: Some(actor.id),
                            action: "taxonomy.add",
                            target_kind: "theme",
                            target: target.to_string(),
                            before: None,
                            after: Some(
                                json!({"parent": parent, "name": name, "moderator": moderator})
                            ),
                            client_addr: &meta.client_addr
                        }
                    )?;
                }
                tx.commit().await?;
                Ok::<_, sqlx::Error>(n)
            }
            .await
        })?;
        if added == 1 {
            Ok(code)
        } else {
            // Someone added the same code a moment ago.
            Err(AppError::field("code", "theme-code-taken"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::sub_theme_code_ok;

    #[test]
    fn sub_theme_codes_extend_their_line() {
        assert!(sub_theme_code_ok("C3", "C3-OPENDATA"));
        assert!(sub_theme_code_ok("C7", "C7-AI2"));
        assert!(!sub_theme_code_ok("C3", "C4-OPENDATA"));
        assert!(!sub_theme_code_ok("C3", "C3-X"));
        assert!(!sub_theme_code_ok("C3", "C3-open"));
        assert!(!sub_theme_code_ok("C3", "C3OPENDATA"));
        assert!(!sub_theme_code_ok("C3", "C3-TOOLONGFORACODE"));
    }
}
