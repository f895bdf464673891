//! Which tables make up an edition, with the type of every column and the
//! table each foreign key points to. The order is the insertion order: a
//! table comes after every table it refers to (except `proposals.merged_into`,
//! which points into its own table and is filled in afterwards).
//!
//! `tests/services/transfer.rs` fails when a migration adds a column or a table that
//! is neither listed here nor in [`EXCLUDED`], so the format cannot silently
//! fall behind the schema.

pub use super::columns::{Column, Kind, Table};
use super::columns::{OF_EDITION, OF_PROPOSALS, OF_REVIEWS, OF_SUBMISSIONS, col, fk, opt, opt_fk};
use Kind::{Bool, Date, Int, Text, Time};

/// Tables that are not part of an edition file, and why.
pub const EXCLUDED: &[(&str, &str)] = &[
    ("auth_sessions", "sign-ins belong to one installation"),
    ("user_tokens", "e-mail confirmation and reset links expire"),
    (
        "email_outbox",
        "e-mails already sent stay where they were sent",
    ),
    ("login_attempts", "throttling state"),
    ("audit_events", "the installation's own log"),
    ("organization_join_requests", "not tied to an edition"),
    ("api_tokens", "secrets of one installation"),
    (
        "programme_stars",
        "attendees' choices in one installation's programme",
    ),
    ("calendar_feeds", "secrets of one installation"),
    (
        "speaker_profiles",
        "a person's own profile and photo, not tied to an edition",
    ),
];

/// Every exported table, in insertion order.
#[rustfmt::skip]
pub const TABLES: &[Table] = &[
    Table {
        name: "organizations",
        has_id: true,
        scope: None,
        columns: &[
            col("name", Text), col("name_key", Text), col("stakeholder_type", Text),
            col("country_code", Text), opt("website", Text), col("created_at", Time),
            col("updated_at", Time), col("version", Int),
        ],
    },
    Table {
        name: "users",
        has_id: true,
        scope: None,
        columns: &[
            col("email", Text), col("name", Text), col("password_hash", Text),
            opt("email_verified_at", Time), opt_fk("organization_id", "organizations"),
            col("locale", Text), col("is_active", Bool), col("created_at", Time),
            col("updated_at", Time), col("version", Int),
        ],
    },
    Table {
        name: "role_grants",
        has_id: true,
        scope: None,
        columns: &[
            fk("user_id", "users"), col("role", Text), col("scope", Text),
            opt_fk("granted_by", "users"), col("created_at", Time),
        ],
    },
    Table {
        name: "editions",
        has_id: true,
        scope: Some("id = $1"),
        columns: &[
            col("code", Text), col("title", Text), col("starts_on", Date), col("ends_on", Date),
            col("venue", Text), col("time_zone", Text), col("submissions_open_at", Time),
            col("submissions_close_at", Time), col("is_current", Bool), col("created_at", Time),
            col("updated_at", Time), col("version", Int), col("reviewers_per_proposal", Int),
            col("blind_review", Bool), col("disagreement_threshold", Int),
            col("agenda_day_start", Int), col("agenda_day_end", Int), col("agenda_step", Int),
            col("travel_minutes", Int), col("max_parallel", Int), col("proposal_seq", Int),
        ],
    },
    Table {
        name: "formats",
        has_id: true,
        scope: Some(OF_EDITION),
        columns: &[
            fk("edition_id", "editions"), col("code", Text), col("name", Text),
            col("minutes", Int), col("min_panel", Int), col("max_panel", Int),
            opt("deadline", Time), col("is_open", Bool), col("position", Int),
            col("created_at", Time), col("updated_at", Time), col("version", Int),
        ],
    },
    Table {
        name: "taxonomy_entries",
        has_id: true,
        scope: Some(OF_EDITION),
        columns: &[
            fk("edition_id", "editions"), col("kind", Text), col("code", Text),
            col("parent_code", Text), col("name", Text), col("moderator", Text),
            col("position", Int), col("is_active", Bool), col("is_custom", Bool),
            col("created_at", Time), col("updated_at", Time), col("version", Int),
        ],
    },
    Table {
        name: "format_questions",
        has_id: true,
        scope: Some(OF_EDITION),
        columns: &[
            fk("edition_id", "editions"), col("format_code", Text), col("position", Int),
            col("label", Text), col("kind", Text), col("choices", Text), col("required", Bool),
            col("created_at", Time),
        ],
    },
    Table {
        name: "access_codes",
        has_id: true,
        scope: Some(OF_EDITION),
        columns: &[
            fk("edition_id", "editions"), col("code", Text), col("label", Text),
            col("formats", Text), col("max_uses", Int), col("uses", Int),
            col("expires_at", Time), opt_fk("created_by", "users"), col("created_at", Time),
        ],
    },
    Table {
        name: "proposals",
        has_id: true,
        scope: Some(OF_EDITION),
        columns: &[
            fk("edition_id", "editions"), col("seq", Int), col("code", Text),
            fk("organization_id", "organizations"), fk("created_by", "users"),
            col("status", Text), col("title", Text), col("format_code", Text),
            col("abstract_text", Text), col("description", Text), col("objectives", Text),
            col("outcomes", Text), col("participation_mode", Text), col("preferred_days", Text),
            col("special_requirements", Text), opt("submitted_at", Time), col("created_at", Time),
            col("updated_at", Time), col("version", Int), opt_fk("access_code_id", "access_codes"),
            opt("reminded_at", Time), opt_fk("merged_into", "proposals"),
            col("expected_audience", Int),
            col("text_language", Text),
        ],
    },
    Table {
        name: "proposal_action_lines",
        has_id: false,
        scope: Some(OF_PROPOSALS),
        columns: &[
            fk("proposal_id", "proposals"), col("position", Int), col("code", Text),
            col("rationale", Text),
        ],
    },
    Table {
        name: "proposal_sdgs",
        has_id: false,
        scope: Some(OF_PROPOSALS),
        columns: &[
            fk("proposal_id", "proposals"), col("position", Int), col("sdg", Int),
            col("rationale", Text),
        ],
    },
    Table {
        name: "proposal_languages",
        has_id: false,
        scope: Some(OF_PROPOSALS),
        columns: &[fk("proposal_id", "proposals"), col("language", Text)],
    },
    Table {
        name: "proposal_speakers",
        has_id: true,
        scope: Some(OF_PROPOSALS),
        columns: &[
            fk("proposal_id", "proposals"), col("position", Int), col("role", Text),
            col("name", Text), col("title", Text), col("organization", Text), col("email", Text),
            col("country_code", Text), col("stakeholder_type", Text), col("gender", Text),
            col("remote", Bool),
        ],
    },
    Table {
        name: "proposal_events",
        has_id: true,
        scope: Some(OF_PROPOSALS),
        columns: &[
            fk("proposal_id", "proposals"), col("status", Text),
            opt_fk("actor_user_id", "users"), col("at", Time),
        ],
    },
    Table {
        name: "speaker_confirmations",
        has_id: true,
        scope: Some(OF_PROPOSALS),
        columns: &[
            fk("proposal_id", "proposals"), col("email", Text), col("token_hash", Text),
            col("created_at", Time), opt("answered_at", Time), opt("answer", Text),
        ],
    },
    Table {
        name: "proposal_coorganizers",
        has_id: true,
        scope: Some(OF_PROPOSALS),
        columns: &[
            fk("proposal_id", "proposals"), col("email", Text), col("organization", Text),
            col("stakeholder_type", Text), col("country_code", Text), col("token_hash", Text),
            col("status", Text), opt_fk("user_id", "users"), opt_fk("invited_by", "users"),
            col("invited_at", Time), opt("answered_at", Time),
        ],
    },
    Table {
        name: "proposal_answers",
        has_id: false,
        scope: Some(OF_PROPOSALS),
        columns: &[
            fk("proposal_id", "proposals"), fk("question_id", "format_questions"),
            col("value", Text),
        ],
    },
    Table {
        name: "review_phases",
        has_id: true,
        scope: Some(OF_EDITION),
        columns: &[
            fk("edition_id", "editions"), col("name", Text), col("starts_at", Time),
            col("ends_at", Time), col("reviewers_may_review", Bool),
            col("reviewers_see_others", Bool), col("proposers_may_edit", Bool),
            col("created_at", Time), col("updated_at", Time), col("version", Int),
        ],
    },
    Table {
        name: "review_criteria",
        has_id: true,
        scope: Some(OF_EDITION),
        columns: &[
            fk("edition_id", "editions"), col("code", Text), col("name", Text),
            col("description", Text), col("weight", Int), col("scale_max", Int),
            col("position", Int), col("created_at", Time), col("updated_at", Time),
            col("version", Int), col("scale_low", Text), col("scale_high", Text),
        ],
    },
    Table {
        name: "review_teams",
        has_id: true,
        scope: Some(OF_EDITION),
        columns: &[
            fk("edition_id", "editions"), col("name", Text), col("action_lines", Text),
            col("formats", Text), col("created_at", Time), col("updated_at", Time),
            col("version", Int),
        ],
    },
    Table {
        name: "review_team_members",
        has_id: false,
        scope: Some("team_id IN (SELECT id FROM review_teams WHERE edition_id = $1)"),
        columns: &[fk("team_id", "review_teams"), fk("user_id", "users")],
    },
    Table {
        name: "review_assignments",
        has_id: true,
        scope: Some(OF_PROPOSALS),
        columns: &[
            fk("proposal_id", "proposals"), fk("reviewer_id", "users"), col("source", Text),
            opt_fk("assigned_by", "users"), col("created_at", Time),
        ],
    },
    Table {
        name: "review_conflicts",
        has_id: false,
        scope: Some(OF_PROPOSALS),
        columns: &[
            fk("proposal_id", "proposals"), fk("user_id", "users"), col("reason", Text),
            opt_fk("declared_by", "users"), col("created_at", Time),
        ],
    },
    Table {
        name: "reviews",
        has_id: true,
        scope: Some(OF_PROPOSALS),
        columns: &[
            fk("proposal_id", "proposals"), fk("reviewer_id", "users"), col("confidence", Int),
            col("recommendation", Text), col("comment", Text), col("state", Text),
            col("locked", Bool), col("flagged", Bool), col("created_at", Time),
            col("updated_at", Time), col("version", Int),
        ],
    },
    Table {
        name: "review_scores",
        has_id: false,
        scope: Some(OF_REVIEWS),
        columns: &[
            fk("review_id", "reviews"), fk("criterion_id", "review_criteria"),
            col("score", Int), col("note", Text),
        ],
    },
    Table {
        name: "review_moderation",
        has_id: true,
        scope: Some(OF_REVIEWS),
        columns: &[
            fk("review_id", "reviews"), col("action", Text), col("reason", Text),
            opt_fk("actor_user_id", "users"), opt("before_json", Text), opt("after_json", Text),
            col("at", Time),
        ],
    },
    Table {
        name: "review_comments",
        has_id: true,
        scope: Some(OF_PROPOSALS),
        columns: &[
            fk("proposal_id", "proposals"), opt_fk("author_id", "users"), col("body", Text),
            col("created_at", Time),
        ],
    },
    Table {
        name: "decisions",
        has_id: false,
        scope: Some(OF_PROPOSALS),
        columns: &[
            fk("proposal_id", "proposals"), col("outcome", Text), col("note", Text),
            opt_fk("decided_by", "users"), col("decided_at", Time),
            opt("released_outcome", Text), opt("released_at", Time), col("version", Int),
        ],
    },
    Table {
        name: "decision_templates",
        has_id: false,
        scope: Some(OF_EDITION),
        columns: &[
            fk("edition_id", "editions"), col("outcome", Text), col("locale", Text),
            col("subject", Text), col("body", Text), opt_fk("updated_by", "users"),
            col("updated_at", Time),
        ],
    },
    Table {
        name: "proposal_merges",
        has_id: false,
        scope: Some("source_id IN (SELECT id FROM proposals WHERE edition_id = $1)"),
        columns: &[
            fk("source_id", "proposals"), fk("target_id", "proposals"), col("title", Text),
            opt_fk("merged_by", "users"), col("merged_at", Time), opt("applied_at", Time),
        ],
    },
    Table {
        name: "rooms",
        has_id: true,
        scope: Some(OF_EDITION),
        columns: &[
            fk("edition_id", "editions"), col("name", Text), col("building", Text),
            col("capacity", Int), col("hybrid", Bool), col("interpretation", Text),
            col("parallel", Int), col("remote_url", Text), col("position", Int),
            col("created_at", Time), col("updated_at", Time), col("version", Int),
        ],
    },
    Table {
        name: "agenda_blocks",
        has_id: true,
        scope: Some(OF_EDITION),
        columns: &[
            fk("edition_id", "editions"), col("kind", Text), col("title", Text),
            col("day", Date), col("start_minute", Int), col("end_minute", Int),
            col("created_at", Time), col("updated_at", Time), col("version", Int),
        ],
    },
    Table {
        name: "agenda_block_rooms",
        has_id: false,
        scope: Some("block_id IN (SELECT id FROM agenda_blocks WHERE edition_id = $1)"),
        columns: &[fk("block_id", "agenda_blocks"), fk("room_id", "rooms")],
    },
    Table {
        name: "placements",
        has_id: false,
        scope: Some(OF_EDITION),
        columns: &[
            fk("proposal_id", "proposals"), fk("edition_id", "editions"),
            opt_fk("room_id", "rooms"), opt("day", Date), opt("start_minute", Int),
            opt("end_minute", Int), opt_fk("placed_by", "users"), col("created_at", Time),
            col("updated_at", Time), col("version", Int),
        ],
    },
    Table {
        name: "unavailability",
        has_id: true,
        scope: Some(OF_EDITION),
        columns: &[
            fk("edition_id", "editions"), col("email", Text), col("day", Date),
            col("start_minute", Int), col("end_minute", Int), col("note", Text),
            col("created_at", Time), col("by_speaker", Bool),
        ],
    },
    Table {
        name: "agenda_releases",
        has_id: true,
        scope: Some(OF_EDITION),
        columns: &[
            fk("edition_id", "editions"), col("number", Int), col("snapshot", Text),
            col("changelog", Text), col("note", Text), opt_fk("released_by", "users"),
            col("released_at", Time), col("revision", Int), opt("revised_at", Time),
        ],
    },
    Table {
        name: "submission_kinds",
        has_id: true,
        scope: Some(OF_EDITION),
        columns: &[
            fk("edition_id", "editions"), col("kind", Text), col("is_open", Bool),
            opt("deadline", Time), col("max_per_organization", Int), col("max_chars", Int),
            col("created_at", Time), col("updated_at", Time), col("version", Int),
        ],
    },
    Table {
        name: "consultation_meetings",
        has_id: true,
        scope: Some(OF_EDITION),
        columns: &[
            fk("edition_id", "editions"), col("title", Text), col("mode", Text),
            col("starts_at", Time), col("ends_at", Time), col("location", Text),
            col("remote_url", Text), col("created_at", Time), col("updated_at", Time),
            col("version", Int),
        ],
    },
    Table {
        name: "submissions",
        has_id: true,
        scope: Some(OF_EDITION),
        columns: &[
            fk("edition_id", "editions"), col("kind", Text), col("seq", Int), col("code", Text),
            opt_fk("organization_id", "organizations"), opt_fk("created_by", "users"),
            col("status", Text), col("title", Text), col("body", Text),
            col("person_name", Text), col("person_organization", Text),
            col("person_country", Text), col("person_stakeholder", Text),
            col("person_gender", Text), col("person_email", Text), col("space_size", Text),
            col("consent_public", Bool), col("stakeholder_type", Text),
            col("country_code", Text), opt_fk("meeting_id", "consultation_meetings"),
            col("on_behalf_of", Text), opt("submitted_at", Time), col("created_at", Time),
            col("updated_at", Time), col("version", Int),
        ],
    },
    Table {
        name: "submission_action_lines",
        has_id: false,
        scope: Some(OF_SUBMISSIONS),
        columns: &[fk("submission_id", "submissions"), col("position", Int), col("code", Text)],
    },
    Table {
        name: "submission_sdgs",
        has_id: false,
        scope: Some(OF_SUBMISSIONS),
        columns: &[fk("submission_id", "submissions"), col("position", Int), col("sdg", Int)],
    },
    Table {
        name: "submission_tags",
        has_id: false,
        scope: Some(OF_SUBMISSIONS),
        columns: &[fk("submission_id", "submissions"), col("tag", Text), col("created_at", Time)],
    },
    Table {
        name: "submission_uses",
        has_id: true,
        scope: Some(OF_SUBMISSIONS),
        columns: &[
            fk("submission_id", "submissions"), col("use_kind", Text), col("target_code", Text),
            col("note", Text), opt_fk("created_by", "users"), col("created_at", Time),
        ],
    },
    Table {
        name: "outcomes_reports",
        has_id: true,
        scope: Some(OF_EDITION),
        columns: &[
            fk("edition_id", "editions"), col("summary", Text), col("programme_answer", Text),
            opt("published_at", Time), col("created_at", Time), col("updated_at", Time),
            col("version", Int),
        ],
    },
];

/// The table named `name`.
pub fn table(name: &str) -> Option<&'static Table> {
    TABLES.iter().find(|t| t.name == name)
}
