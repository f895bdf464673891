//! The first admin, and granting and revoking roles.

use super::*;
use crate::services::Audit;

impl Portal {
    /// Creates (or promotes) an administrator; for `portal create-admin`.
    /// Returns the account id and whether it was newly created.
    pub async fn create_admin(
        &self,
        email: &str,
        name: &str,
        password: &str,
    ) -> AppResult<(UserId, bool)> {
        let mut errs = crate::FieldErrors::default();
        let email = errs.check("email", Email::parse(email));
        let name = errs.check("name", PersonName::parse(name));
        let password = errs.check("password", Password::parse(password));
        let (Some(email), Some(name), Some(password)) = (email, name, password) else {
            return Err(AppError::Validation(errs));
        };
        let hash = self.hasher.hash(&password).await?;
        let now = self.clock.now();
        let out: (i64, bool) = crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                let existing: Option<i64> =
                    sqlx::query_scalar("SELECT id FROM users WHERE email = $1")
                        .bind(email.as_str())
                        .fetch_optional(&mut *tx)
                        .await?;
                let (id, created) = match existing {
                    Some(id) => (id, false),
                    None => {
                        let id: i64 = sqlx::query_scalar(
                            "INSERT INTO users (email, name, password_hash, email_verified_at, \
                             locale, is_active, created_at, updated_at) VALUES ($1, $2, $3, $4, \
                             'en', TRUE, $4, $4) RETURNING id",
                        )
                        .bind(email.as_str())
                        .bind(name.as_str())
                        .bind(&hash)
                        .bind(now)
                        .fetch_one(&mut *tx)
                        .await?;
                        (id, true)
                    }
                };
                for role in [Role::Stakeholder, Role::Admin] {
                    sqlx::query(
                        "INSERT INTO role_grants (user_id, role, scope, created_at) VALUES ($1, \
                         $2, '', $3) ON CONFLICT DO NOTHING",
                    )
                    .bind(id)
                    .bind(role.code())
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                }
                crate::audit!(
                    &mut *tx,
                    Audit {
                        at: now,
                        actor: None::<UserId>,
                        action: "user.create-admin",
                        target_kind: "user",
                        target: id.to_string(),
                        before: None,
                        after: Some(json!({
                            "email": email.as_str(),
                            "created": created,
                        })),
                        client_addr: "cli"
                    }
                )?;
                tx.commit().await?;
                Ok::<_, sqlx::Error>((id, created))
            }
            .await
        })?;
        Ok((UserId(out.0), out.1))
    }

    /// Grants `role` to `user`. Only admins may grant roles.
    pub async fn grant_role(
        &self,
        actor: &CurrentUser,
        user: UserId,
        role: Role,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        actor.require_any(&[Role::Admin])?;
        let now = self.clock.now();
        crate::dispatch!(&self.db, |pool| {
            async {
                let mut tx = pool.begin().await?;
                let exists: Option<i64> = sqlx::query_scalar("SELECT id FROM users WHERE id = $1")
                    .bind(user.0)
                    .fetch_optional(&mut *tx)
                    .await?;
                if exists.is_none() {
                    return Err(AppError::NotFound);
                }
                sqlx::query(
                    "INSERT INTO role_grants (user_id, role, scope, granted_by, created_at) \
                     VALUES ($1, $2, '', $3, $4) ON CONFLICT DO NOTHING",
                )
                .bind(user.0)
                .bind(role.code())
                .bind(actor.id.0)
                .bind(now)
                .execute(&mut *tx)
                .await?;
                crate::audit!(
                    &mut *tx,
                    Audit {
                        at: now,
                        actor: Some(actor.id),
                        action: "user.grant-role",
                        target_kind: "user",
                        target: user.to_string(),
                        before: None,
                        after: Some(json!({"role": role.code()})),
                        client_addr: &meta.client_addr
                    }
                )?;
                tx.commit().await?;
                Ok(())
            }
            .await
        })
    }

    /// Withdraws `role` from `user`. Only admins may, and nobody may remove
    /// their own admin role (so the portal never loses its last admin by
    /// accident).
    pub async fn revoke_role(
        &self,
        actor: &CurrentUser,
        user: UserId,
        role: Role,
        meta: &RequestMeta,
    ) -> AppResult<()> {
        actor.require_any(&[Role::Admin])?;
        if actor.id == user && role == Role::Admin {
            return Err(AppError::Conflict(ConflictCode::CannotRevokeOwnAdmin));
        }
        let now = self.clock.now();
        crate::dispatch!(&self.db, |pool| async {
            let mut tx = pool.begin().await?;
            sqlx::query("DELETE FROM role_grants WHERE user_id = $1 AND role = $2")
                .bind(user.0)
                .bind(role.code())
                .execute(&mut *tx)
                .await?;
            crate::audit!(
                &mut *tx,
                Audit {
                    at: now,
                    actor: Some(actor.id),
                    action: "user.revoke-role",
                    target_kind: "user",
                    target: user.to_string(),
                    before: Some(json!({"role": role.code()})),
                    after: None,
                    client_addr: &meta.client_addr
                }
            )?;
            tx.commit().await
        }
        .await)?;
        Ok(())
    }
}
