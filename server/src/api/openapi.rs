//! The OpenAPI 3 document of `/api/v1`, written by hand next to the routes
//! it describes; `server/tests/http/api_http.rs` fails when the two differ.

use serde_json::{Value, json};

fn op(
    summary: &str,
    tag: &str,
    scope: &str,
    params: Value,
    body: Option<&str>,
    ok: (&str, &str),
) -> Value {
    let mut o = json!({
        "summary": summary,
        "tags": [tag],
        "security": [{ "bearer": [scope] }],
        "parameters": params,
        "responses": {
            ok.0: { "description": ok.1, "content": { "application/json": { "schema": { "type": "object" } } } },
            "400": { "$ref": "#/components/responses/Error" },
            "401": { "$ref": "#/components/responses/Error" },
            "403": { "$ref": "#/components/responses/Error" },
            "404": { "$ref": "#/components/responses/Error" },
            "409": { "$ref": "#/components/responses/Error" },
            "413": { "description": "The request body is larger than the portal accepts" },
            "422": { "$ref": "#/components/responses/Error" },
            "429": { "$ref": "#/components/responses/Error" }
        }
    });
    if ok.0 == "204" {
        o["responses"]["204"] = json!({ "description": ok.1 });
    }
    if let Some(schema) = body {
        o["requestBody"] = json!({
            "required": true,
            "content": { "application/json": { "schema": { "$ref": format!("#/components/schemas/{schema}") } } }
        });
    }
    o
}

fn path_param(name: &str, kind: &str, about: &str) -> Value {
    let schema = if kind == "integer" {
        json!({ "type": "integer", "format": "int64", "minimum": 1 })
    } else {
        json!({ "type": kind })
    };
    json!({ "name": name, "in": "path", "required": true, "description": about, "schema": schema })
}

fn paging() -> Value {
    json!([
        { "name": "page", "in": "query", "schema": { "type": "integer", "format": "int64", "minimum": 1, "maximum": 1_000_000, "default": 1 } },
        { "name": "per_page", "in": "query", "schema": { "type": "integer", "minimum": 1, "maximum": 100, "default": 50 } }
    ])
}

/// A 64-bit integer (what the server reads; larger numbers are refused).
fn int64() -> Value {
    json!({ "type": "integer", "format": "int64" })
}

fn string() -> Value {
    json!({ "type": "string" })
}

/// The document, with `base_url` as its server.
pub fn document(base_url: &str) -> Value {
    let code = || json!([path_param("code", "string", "Public code, e.g. WF27-0012")]);
    let session_id = || {
        json!([path_param(
            "id",
            "integer",
            "The session's proposal id (see /agenda/placements)"
        )])
    };
    let mut unschedule_params = session_id();
    if let Some(list) = unschedule_params.as_array_mut() {
        list.push(json!({ "name": "version", "in": "query", "required": true, "schema": int64() }));
    }
    let mut reviewer_params = code();
    if let Some(list) = reviewer_params.as_array_mut() {
        list.push(path_param("reviewer", "integer", "The reviewer's user id"));
    }
    json!({
        "openapi": "3.0.3",
        "info": {
            "title": "WSIS Forum Consultation Portal API",
            "version": "1",
            "description": "Personal access tokens (Account → API tokens) act as their account: the same permissions and validation as the pages. GET needs the read scope, changes the write scope. Errors: {error, message, fields}. 300 requests a minute per token and instance."
        },
        "servers": [{ "url": format!("{}/api/v1", base_url.trim_end_matches('/')) }],
        "paths": {
            "/openapi.json": { "get": {
                "summary": "This document", "tags": ["meta"], "security": [],
                "responses": { "200": { "description": "OpenAPI 3 document" } }
            } },
            "/me": { "get": op("The token's account, roles and scopes", "meta", "read", json!([]), None, ("200", "The account")) },
            "/proposals": {
                "get": op("Your proposals; for organizers, every submitted proposal with review aggregates (50 a page)", "proposals", "read", paging(), None, ("200", "A page of proposals")),
                "post": op("Create a draft proposal (stakeholders)", "proposals", "write", json!([]), Some("ProposalForm"), ("201", "{code} of the new draft"))
            },
            "/proposals/{code}": {
                "get": op("One proposal, as its organizers or staff see it", "proposals", "read", code(), None, ("200", "The proposal")),
                "put": op("Save a proposal until the deadline; 409 stale-version when someone saved since version", "proposals", "write", code(), Some("SaveProposal"), ("200", "{code, status}"))
            },
            "/proposals/{code}/submit": { "post": op("Save and submit, every field checked; the receipt is e-mailed", "proposals", "write", code(), Some("SaveProposal"), ("200", "{code, status}")) },
            "/proposals/{code}/reviews": { "get": op("The proposal as its reviewers see it (anonymized under blind review), your review, and others' reviews with the aggregate when you may see them", "reviews", "read", code(), None, ("200", "The review page")) },
            "/proposals/{code}/review": { "put": op("Write your review of a proposal assigned to you; version 0 for a first review", "reviews", "write", code(), Some("Review"), ("204", "Saved")) },
            "/proposals/{code}/assignments": { "post": op("Assign a reviewer (organizers); refused when the reviewer has a conflict", "reviews", "write", code(), Some("Assignment"), ("204", "Assigned")) },
            "/proposals/{code}/assignments/{reviewer}": { "delete": op("Remove an assignment (organizers); a written review stays on record", "reviews", "write", reviewer_params, None, ("204", "Unassigned")) },
            "/decisions": { "post": op("Record the same pending decision for several proposals (organizers)", "decisions", "write", json!([]), Some("Decision"), ("200", "{decided: n}")) },
            "/sessions": { "get": op("Sessions of the latest released agenda", "agenda", "read", paging(), None, ("200", "A page of sessions")) },
            "/sessions/{code}": { "get": op("One released session", "agenda", "read", code(), None, ("200", "The session")) },
            "/agenda/placements": { "get": op("Every session of the board with its place and version (organizers)", "agenda", "read", paging(), None, ("200", "A page of sessions")) },
            "/agenda/placements/{id}": {
                "put": op("Place or move a session; 409 agenda-stale when version is not current (organizers)", "agenda", "write", session_id(), Some("Placement"), ("204", "Placed")),
                "delete": op("Take a session off the grid (organizers)", "agenda", "write", unschedule_params, None, ("204", "Unscheduled"))
            }
        },
        "components": {
            "securitySchemes": { "bearer": { "type": "http", "scheme": "bearer", "description": "A personal access token, wsis_…" } },
            "responses": {
                "Error": { "description": "An error", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } }
            },
            "schemas": {
                "Error": { "type": "object", "required": ["error", "message"], "properties": {
                    "error": string(), "message": string(),
                    "fields": { "type": "array", "items": { "type": "object", "properties": { "field": string(), "error": string(), "message": string() } } }
                } },
                "Theme": { "type": "object", "required": ["code"], "properties": {
                    "code": { "type": "string", "minLength": 1, "description": "An Action Line code or SDG number the edition offers (see the proposal form); others are refused with 422" },
                    "rationale": string()
                } },
                "Speaker": { "type": "object", "properties": {
                    "role": { "type": "string", "enum": ["moderator", "speaker"] }, "name": string(), "title": string(),
                    "organization": string(), "email": string(), "country": string(), "stakeholder_type": string(),
                    "gender": string(), "remote": { "type": "boolean" }
                } },
                "ProposalForm": { "type": "object", "properties": {
                    "title": string(), "format": string(), "abstract_text": string(), "description": string(),
                    "objectives": string(), "outcomes": string(),
                    "action_lines": { "type": "array", "items": { "$ref": "#/components/schemas/Theme" } },
                    "sdgs": { "type": "array", "items": { "$ref": "#/components/schemas/Theme" } },
                    "languages": { "type": "array", "items": string() },
                    "text_language": { "type": "string", "pattern": "^[a-z]{2,3}$", "description": "The language the title and texts are written in (ISO 639); required to submit" },
                    "participation_mode": { "type": "string", "enum": ["in-person", "hybrid", "remote"] },
                    "preferred_days": string(), "special_requirements": string(),
                    "speakers": { "type": "array", "items": { "$ref": "#/components/schemas/Speaker" } }
                } },
                "Decision": { "type": "object", "required": ["codes", "outcome"], "properties": {
                    "codes": { "type": "array", "minItems": 1, "items": string() },
                    "outcome": { "type": "string", "enum": ["accept", "waitlist", "reject"] },
                    "note": string()
                } },
                "SaveProposal": { "type": "object", "required": ["version", "proposal"], "properties": {
                    "version": { "type": "integer", "format": "int64", "description": "The version read (GET /proposals/{code})" },
                    "proposal": { "$ref": "#/components/schemas/ProposalForm" }
                } },
                "Review": { "type": "object", "properties": {
                    "version": { "type": "integer", "format": "int64", "default": 0 },
                    "scores": { "type": "object", "description": "Score per criterion id", "propertyNames": { "pattern": "^[0-9]{1,18}$" }, "additionalProperties": { "type": "integer", "format": "int64" } },
                    "notes": { "type": "object", "description": "Note per criterion id", "propertyNames": { "pattern": "^[0-9]{1,18}$" }, "additionalProperties": string() },
                    "confidence": { "type": "integer", "minimum": 1, "maximum": 3 },
                    "recommendation": { "type": "string", "enum": ["accept", "weak-accept", "weak-reject", "reject"] },
                    "comment": string()
                } },
                "Assignment": { "type": "object", "required": ["reviewer"], "properties": { "reviewer": int64() } },
                "Placement": { "type": "object", "required": ["room", "day", "start", "version"], "additionalProperties": false, "properties": {
                    "room": int64(), "day": { "type": "string", "format": "date" },
                    "start": { "type": "string", "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$", "example": "09:30", "description": "A start on the venue's grid; a cell outside it is refused with 422" },
                    "version": int64()
                } }
            }
        }
    })
}
