//! Building the programme from the placed sessions, rooms and blocks.

use super::*;

impl Portal {
    pub(super) async fn build_programme(&self) -> AppResult<(Programme, usize)> {
        let data = self.load_agenda().await?;
        let errors = find_conflicts(&data.board)
            .iter()
            .filter(|c| c.severity() == Severity::Error)
            .count();
        let edition = &data.edition;
        let id = edition.id;
        let (details, coorgs, speakers, lines, goals, languages) = crate::dispatch!(
            &self.db,
            |pool| {
                async {
                    let placed = "(SELECT proposal_id FROM placements WHERE edition_id = $1 AND \
                        room_id IS NOT NULL)";
                    let details: Vec<Detail> = sqlx::query_as(&format!(
                        "SELECT p.id, p.abstract_text, p.description, p.participation_mode, p.text_language, \
                         o.name AS org_name, o.stakeholder_type AS org_type, o.country_code AS \
                         org_country FROM proposals p JOIN organizations o ON o.id = \
                         p.organization_id WHERE p.id IN {placed}",
                    ))
                    .bind(id)
                    .fetch_all(pool)
                    .await?;
                    let coorgs: Vec<(i64, String, String, String)> = sqlx::query_as(&format!(
                        "SELECT proposal_id, organization, stakeholder_type, country_code FROM \
                         proposal_coorganizers WHERE status = 'accepted' AND proposal_id IN \
                         {placed} ORDER BY proposal_id, id",
                    ))
                    .bind(id)
                    .fetch_all(pool)
                    .await?;
                    let speakers: Vec<SpeakerRow> = sqlx::query_as(&format!(
                        "SELECT s.proposal_id, s.id, s.role, s.name, s.title, s.organization, \
                         s.email, s.country_code, s.remote FROM proposal_speakers s LEFT JOIN \
                         speaker_confirmations c ON c.proposal_id = s.proposal_id AND c.email = \
                         s.email WHERE s.proposal_id IN {placed} AND (c.answer IS NULL OR \
                         c.answer <> 'declined') ORDER BY s.proposal_id, s.position",
                    ))
                    .bind(id)
                    .fetch_all(pool)
                    .await?;
                    let lines: Themes = sqlx::query_as(&format!(
                        "SELECT proposal_id, code, rationale FROM proposal_action_lines WHERE \
                         proposal_id IN {placed} ORDER BY proposal_id, position",
                    ))
                    .bind(id)
                    .fetch_all(pool)
                    .await?;
                    let goals: Vec<(i64, i64, String)> = sqlx::query_as(&format!(
                        "SELECT proposal_id, sdg, rationale FROM proposal_sdgs WHERE proposal_id \
                         IN {placed} ORDER BY proposal_id, position",
                    ))
                    .bind(id)
                    .fetch_all(pool)
                    .await?;
                    let languages: Vec<(i64, String)> = sqlx::query_as(&format!(
                        "SELECT proposal_id, language FROM proposal_languages WHERE proposal_id \
                         IN {placed} ORDER BY proposal_id, language",
                    ))
                    .bind(id)
                    .fetch_all(pool)
                    .await?;
                    Ok::<_, sqlx::Error>((details, coorgs, speakers, lines, goals, languages))
                }
                .await
            }
        )?;

        let mut details: HashMap<i64, Detail> = details.into_iter().map(|d| (d.id, d)).collect();
        let mut orgs: HashMap<i64, Vec<ProgrammeOrganization>> = HashMap::new();
        for (p, name, kind, country) in coorgs {
            orgs.entry(p).or_default().push(ProgrammeOrganization {
                name,
                stakeholder_type: kind,
                country,
            });
        }
        let mut persons: HashMap<i64, Vec<(String, ProgrammePerson)>> = HashMap::new();
        for SpeakerRow {
            proposal_id: p,
            id: sid,
            role,
            name,
            title,
            organization,
            email,
            country_code: country,
            remote,
        } in speakers
        {
            let identity = match email.trim().to_lowercase() {
                e if e.is_empty() => format!("speaker:{sid}"),
                e => e,
            };
            let person = ProgrammePerson {
                id: person_id(&identity),
                guid: stable_uuid(&format!("person:{identity}")),
                role,
                name,
                title,
                organization,
                country,
                remote,
                ..ProgrammePerson::default()
            };
            persons.entry(p).or_default().push((identity, person));
        }
        // What speakers made public of their own profiles.
        let identities: Vec<String> = persons
            .values()
            .flatten()
            .map(|(identity, _)| identity.clone())
            .collect();
        let profiles = self.profiles_of(&identities).await?;
        let mut persons: HashMap<i64, Vec<ProgrammePerson>> = persons
            .into_iter()
            .map(|(p, list)| {
                let list = list
                    .into_iter()
                    .map(|(identity, mut person)| {
                        if let Some((profile, photo)) = profiles.get(&identity) {
                            crate::services::speaker_profiles::apply_profile(
                                &mut person,
                                profile,
                                photo.as_deref(),
                            );
                        }
                        person
                    })
                    .collect();
                (p, list)
            })
            .collect();
        // The organizers' names win over the shipped ones; a sub-theme they
        // added has only theirs.
        let renamed: HashMap<(String, String), String> = self
            .taxonomy(id)
            .await?
            .into_iter()
            .filter(|e| !e.name.is_empty())
            .map(|e| ((e.kind, e.code), e.name))
            .collect();
        let own =
            |kind: &str, code: &str| renamed.get(&(kind.to_owned(), code.to_owned())).cloned();
        let mut line_map: HashMap<i64, Vec<ThemeRef>> = HashMap::new();
        for (p, code, rationale) in lines {
            let title = own(KIND_ACTION_LINE, &code)
                .unwrap_or_else(|| action_line_name(&code).unwrap_or(&code).to_string());
            line_map.entry(p).or_default().push(ThemeRef {
                code,
                title,
                rationale,
            });
        }
        let mut goal_map: HashMap<i64, Vec<ThemeRef>> = HashMap::new();
        for (p, n, rationale) in goals {
            let title = own(KIND_SDG, &n.to_string()).unwrap_or_else(|| {
                sdgs()
                    .iter()
                    .find(|g| g.number as i64 == n)
                    .map(|g| g.name.clone())
                    .unwrap_or_default()
            });
            goal_map.entry(p).or_default().push(ThemeRef {
                code: n.to_string(),
                title,
                rationale,
            });
        }
        let mut lang_map: HashMap<i64, Vec<String>> = HashMap::new();
        for (p, l) in languages {
            lang_map.entry(p).or_default().push(l);
        }

        let mut sessions = Vec::new();
        for s in &data.sessions {
            let (Some(placed), Some(d)) = (s.placed, details.remove(&s.id)) else {
                continue;
            };
            let mut organizations = vec![ProgrammeOrganization {
                name: d.org_name,
                stakeholder_type: d.org_type,
                country: d.org_country,
            }];
            organizations.extend(orgs.remove(&s.id).unwrap_or_default());
            sessions.push(ProgrammeSession {
                id: s.id,
                code: s.code.clone(),
                guid: stable_uuid(&format!("{}:session:{}", edition.code, s.code)),
                sequence: 0,
                title: s.title.clone(),
                format: s.format.clone(),
                format_name: edition
                    .format(&s.format)
                    .map(|f| f.name.clone())
                    .unwrap_or_else(|| s.format.clone()),
                abstract_text: d.abstract_text,
                description: d.description,
                room: placed.room,
                span: placed.span,
                organizations,
                persons: persons.remove(&s.id).unwrap_or_default(),
                action_lines: line_map.remove(&s.id).unwrap_or_default(),
                sdgs: goal_map.remove(&s.id).unwrap_or_default(),
                languages: lang_map.remove(&s.id).unwrap_or_default(),
                participation_mode: d.participation_mode,
                text_language: d.text_language,
            });
        }
        sessions.sort_by(|a, b| {
            (a.span.day, a.span.start, a.room, &a.code).cmp(&(
                b.span.day,
                b.span.start,
                b.room,
                &b.code,
            ))
        });
        let programme = Programme {
            release: 0,
            released_at: self.clock.now(),
            edition: ProgrammeEdition {
                code: edition.code.clone(),
                title: edition.title.clone(),
                venue: edition.venue.clone(),
                time_zone: edition.time_zone.clone(),
                base_url: self.settings.base_url.trim_end_matches('/').to_string(),
            },
            days: data.board.days.clone(),
            day_start: data.board.day_start,
            day_end: data.board.day_end,
            step: data.board.step,
            rooms: data
                .rooms
                .iter()
                .map(|r| ProgrammeRoom {
                    id: r.id,
                    guid: stable_uuid(&format!("{}:room:{}", edition.code, r.id)),
                    name: r.name.clone(),
                    building: r.building.clone(),
                    capacity: r.capacity.max(0) as u32,
                    hybrid: r.hybrid,
                    interpretation: r
                        .interpretation
                        .split_whitespace()
                        .map(str::to_string)
                        .collect(),
                    remote_url: r.remote_url.clone(),
                })
                .collect(),
            blocks: data
                .blocks
                .iter()
                .map(|b| ProgrammeBlock {
                    id: b.id,
                    guid: stable_uuid(&format!("{}:block:{}", edition.code, b.id)),
                    kind: b.kind,
                    title: b.title.clone(),
                    span: b.span,
                    rooms: b.rooms.clone(),
                })
                .collect(),
            sessions,
        };
        Ok((programme, errors))
    }
}
