//! The automatic scheduler: places the sessions that are not on the grid yet,
//! never breaking a hard rule of [`super::conflicts`] and keeping the soft
//! ones low. Sessions already placed stay where the organizers put them.
//!
//! Greedy with one repair pass: the most constrained session first (remote
//! panels need hybrid rooms, big audiences need big rooms, long panels need
//! long gaps), each to the cheapest free spot. Cost counts sessions of the
//! same main Action Line running at once (heavy), sessions already on that
//! day and at that time (to spread the programme) and seats left empty.
//! Occupancy is kept per grid step, so checking a spot costs a few array
//! reads: 300 sessions on 12 rooms over 5 days take milliseconds.

use super::{Board, Placement, Span};
use std::collections::HashMap;

/// What the scheduler proposes; nothing is applied until the organizer agrees.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plan {
    /// New placements, for sessions that were not on the grid.
    pub placements: Vec<Placement>,
    /// Sessions no free spot could take without breaking a hard rule.
    pub unplaced: Vec<i64>,
    /// Pairs of same-line sessions the plan runs at once.
    pub same_line_pairs: u32,
}

/// Weight of one pair of same-line sessions at once.
const SAME_LINE: u64 = 1_000;
/// Weight of one session already on the same day.
const DAY_LOAD: u64 = 4;
/// Weight of one session already running at the same time.
const TIME_LOAD: u64 = 6;

struct Grid<'a> {
    board: &'a Board,
    slots: usize,
    step: u16,
    /// `[room][day][slot]`: sessions in the room.
    room_use: Vec<u16>,
    /// `[room][day][slot]`: closed (break, plenary).
    closed: Vec<bool>,
    /// `[day][slot]`: sessions running anywhere.
    all_use: Vec<u16>,
    /// `[day]`: sessions on the day.
    day_load: Vec<u64>,
    /// Main line → `[day][slot]` count.
    line_use: HashMap<&'a str, Vec<u16>>,
    /// Person → (day, span, building index) of their sessions.
    busy: HashMap<&'a str, Vec<(usize, Span, usize)>>,
    /// Person → times they cannot attend.
    away: HashMap<&'a str, Vec<Span>>,
    buildings: Vec<usize>,
}

impl<'a> Grid<'a> {
    fn new(board: &'a Board) -> Grid<'a> {
        let step = board.step.max(5);
        let slots = board.day_end.saturating_sub(board.day_start).div_ceil(step) as usize;
        let (nr, nd) = (board.rooms.len(), board.days.len());
        let mut names: Vec<&str> = Vec::new();
        let buildings = board
            .rooms
            .iter()
            .map(|r| match names.iter().position(|n| *n == r.building) {
                Some(i) => i,
                None => {
                    names.push(&r.building);
                    names.len() - 1
                }
            })
            .collect();
        let mut g = Grid {
            board,
            slots,
            step,
            room_use: vec![0; nr * nd * slots],
            closed: vec![false; nr * nd * slots],
            all_use: vec![0; nd * slots],
            day_load: vec![0; nd],
            line_use: HashMap::new(),
            busy: HashMap::new(),
            away: HashMap::new(),
            buildings,
        };
        for b in &board.blocks {
            let Some(d) = g.day(b.span.day) else { continue };
            for (r, room) in board.rooms.iter().enumerate() {
                if b.covers(room.id) {
                    for s in g.slot_range(&b.span) {
                        let i = g.at(r, d, s);
                        g.closed[i] = true;
                    }
                }
            }
        }
        for u in &board.unavailable {
            g.away.entry(u.person.as_str()).or_default().push(u.span);
        }
        g
    }

    fn day(&self, day: time::Date) -> Option<usize> {
        self.board.days.iter().position(|d| *d == day)
    }

    fn at(&self, room: usize, day: usize, slot: usize) -> usize {
        (room * self.board.days.len() + day) * self.slots + slot
    }

    /// Grid steps a span touches (conservatively: any overlap counts).
    fn slot_range(&self, span: &Span) -> std::ops::Range<usize> {
        let from = span.start.saturating_sub(self.board.day_start) / self.step;
        let to = span
            .end
            .saturating_sub(self.board.day_start)
            .div_ceil(self.step);
        (from as usize).min(self.slots)..(to as usize).min(self.slots)
    }

    fn add(&mut self, s: &'a super::Session, room: usize, day: usize, span: Span, sign: i32) {
        let bump = |v: &mut u16| *v = (*v as i32 + sign).max(0) as u16;
        for slot in self.slot_range(&span) {
            let i = self.at(room, day, slot);
            bump(&mut self.room_use[i]);
            if self.counts_in_parallel(room) {
                bump(&mut self.all_use[day * self.slots + slot]);
            }
            if let Some(line) = s.lines.first() {
                let n = self.board.days.len() * self.slots;
                bump(
                    &mut self
                        .line_use
                        .entry(line.as_str())
                        .or_insert_with(|| vec![0; n])[day * self.slots + slot],
                );
            }
        }
        self.day_load[day] = (self.day_load[day] as i64 + sign as i64).max(0) as u64;
        let building = self.buildings[room];
        for p in &s.people {
            let list = self.busy.entry(p.key.as_str()).or_default();
            if sign > 0 {
                list.push((day, span, building));
            } else if let Some(i) = list.iter().position(|e| *e == (day, span, building)) {
                list.swap_remove(i);
            }
        }
    }

    /// Stands in a multi-session room (an exhibition area) do not compete
    /// for the audience, so they do not count towards the venue's limit.
    fn counts_in_parallel(&self, room: usize) -> bool {
        self.board.rooms[room].parallel <= 1
    }

    /// The cost of `s` at `span` in `room`, or `None` when a hard rule breaks.
    fn cost(&self, s: &super::Session, room: usize, day: usize, span: &Span) -> Option<u64> {
        let r = &self.board.rooms[room];
        if span.end > self.board.day_end || span.start < self.board.day_start {
            return None;
        }
        let mut time_load = 0u64;
        let mut same_line = 0u64;
        let line = s.lines.first().and_then(|l| self.line_use.get(l.as_str()));
        for slot in self.slot_range(span) {
            let i = self.at(room, day, slot);
            if self.closed[i] || self.room_use[i] >= r.parallel.max(1) {
                return None;
            }
            let running = self.all_use[day * self.slots + slot];
            if self.board.max_parallel > 0
                && self.counts_in_parallel(room)
                && running >= self.board.max_parallel
            {
                return None;
            }
            time_load = time_load.max(running as u64);
            if let Some(l) = line {
                same_line = same_line.max(l[day * self.slots + slot] as u64);
            }
        }
        let building = self.buildings[room];
        let travel = self.board.travel_minutes;
        for p in &s.people {
            if let Some(list) = self.busy.get(p.key.as_str()) {
                for (d, other, b) in list {
                    if *d != day {
                        continue;
                    }
                    if other.overlaps(span) {
                        return None;
                    }
                    if *b != building && span.gap_to(other).is_some_and(|g| g < travel) {
                        return None;
                    }
                }
            }
            if let Some(list) = self.away.get(p.key.as_str())
                && list.iter().any(|a| a.overlaps(span))
            {
                return None;
            }
        }
        let waste = (r.capacity.saturating_sub(s.audience) as u64 * 10) / r.capacity.max(1) as u64;
        Some(same_line * SAME_LINE + self.day_load[day] * DAY_LOAD + time_load * TIME_LOAD + waste)
    }

    /// The cheapest free spot for `s`.
    fn best(&self, s: &super::Session) -> Option<(u64, usize, usize, Span)> {
        let mut best: Option<(u64, usize, usize, Span)> = None;
        for (room, r) in self.board.rooms.iter().enumerate() {
            if r.capacity < s.audience || (s.remote && !r.hybrid) {
                continue;
            }
            for (day, date) in self.board.days.iter().enumerate() {
                for slot in 0..self.slots {
                    let start = self.board.day_start + slot as u16 * self.step;
                    let span = Span {
                        day: *date,
                        start,
                        end: start + s.minutes,
                    };
                    if let Some(c) = self.cost(s, room, day, &span)
                        && best.as_ref().is_none_or(|b| c < b.0)
                    {
                        best = Some((c, room, day, span));
                    }
                }
            }
        }
        best
    }
}

/// Proposes places for every session of `board` that is not placed yet.
pub fn schedule(board: &Board) -> Plan {
    let mut grid = Grid::new(board);
    let placed: HashMap<i64, &Placement> =
        board.placements.iter().map(|p| (p.session, p)).collect();
    for s in &board.sessions {
        if let Some(p) = placed.get(&s.id) {
            let room = board.rooms.iter().position(|r| r.id == p.room);
            if let (Some(room), Some(day)) = (room, grid.day(p.span.day)) {
                grid.add(s, room, day, p.span, 1);
            }
        }
    }
    let mut todo: Vec<&super::Session> = board
        .sessions
        .iter()
        .filter(|s| !placed.contains_key(&s.id) && s.minutes > 0)
        .collect();
    todo.sort_by_key(|s| {
        (
            !s.remote,
            std::cmp::Reverse(s.audience),
            std::cmp::Reverse(s.people.len()),
            std::cmp::Reverse(s.minutes),
            s.id,
        )
    });

    let mut plan = Plan::default();
    let mut chosen: Vec<(&super::Session, usize, usize, Span)> = Vec::new();
    for s in todo {
        match grid.best(s) {
            Some((_, room, day, span)) => {
                grid.add(s, room, day, span, 1);
                chosen.push((s, room, day, span));
            }
            None => plan.unplaced.push(s.id),
        }
    }

    // Repair: move a session that runs beside one of its line if a spot
    // without that clash exists.
    for entry in chosen.iter_mut() {
        let (s, room, day, span) = *entry;
        grid.add(s, room, day, span, -1);
        let current = grid.cost(s, room, day, &span).unwrap_or(u64::MAX);
        if current >= SAME_LINE
            && let Some((c, r2, d2, sp2)) = grid.best(s)
            && c < current
        {
            *entry = (s, r2, d2, sp2);
        }
        let (s, room, day, span) = *entry;
        grid.add(s, room, day, span, 1);
    }

    plan.placements = chosen
        .iter()
        .map(|(s, room, _, span)| Placement {
            session: s.id,
            room: board.rooms[*room].id,
            span: *span,
        })
        .collect();
    let mut all = board.clone();
    all.placements.extend(plan.placements.iter().copied());
    plan.same_line_pairs = super::conflicts::find_conflicts(&all)
        .iter()
        .filter(|c| matches!(c, super::conflicts::Conflict::SameLine { .. }))
        .count() as u32;
    plan
}

mod synthetic;
pub use synthetic::synthetic_board;

#[cfg(test)]
mod tests;
