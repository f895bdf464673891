//! CSV sheets (RFC 4180, CRLF) for organizers and partners who work in
//! spreadsheets. Titles and names come from proposers, so every cell is
//! neutralised against formula injection before it reaches a spreadsheet.

use super::{Matrix, iso_date, session_url};
use crate::domain::agenda::{Programme, clock};

/// Columns of [`sessions_csv`].
const SESSION_COLUMNS: [&str; 15] = [
    "code",
    "title",
    "format",
    "date",
    "start",
    "end",
    "room",
    "building",
    "action_lines",
    "sdgs",
    "organizations",
    "speakers",
    "languages",
    "participation",
    "url",
];

/// One CSV cell.
///
/// A value starting with `=`, `+`, `-`, `@`, tab or carriage return gets a
/// leading `'`, so spreadsheets show it as text instead of running it as a
/// formula (OWASP "CSV injection"). A value holding a comma, a double quote
/// or a line break is quoted, its quotes doubled (RFC 4180).
pub fn cell(value: &str) -> String {
    let guarded = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_string()
    };
    if guarded.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

/// One record: cells joined by commas, ended by CRLF.
fn record<S: AsRef<str>>(out: &mut String, cells: &[S]) {
    let line: Vec<String> = cells.iter().map(|c| cell(c.as_ref())).collect();
    out.push_str(&line.join(","));
    out.push_str("\r\n");
}

/// The programme's sessions, one row each in programme order, after a
/// header row. Lists within a cell (Action Lines, SDGs, organizations,
/// speakers, languages) are separated by `; `; remote speakers are marked
/// `(remote)`.
pub fn sessions_csv(p: &Programme) -> String {
    let mut out = String::new();
    record(&mut out, &SESSION_COLUMNS);
    for s in &p.sessions {
        let room = p.room(s.room);
        let join = |items: Vec<String>| items.join("; ");
        let row = [
            s.code.clone(),
            s.title.clone(),
            s.format_name.clone(),
            iso_date(s.span.day),
            clock(s.span.start),
            clock(s.span.end),
            room.map(|r| r.name.clone()).unwrap_or_default(),
            room.map(|r| r.building.clone()).unwrap_or_default(),
            join(s.action_lines.iter().map(|l| l.code.clone()).collect()),
            join(s.sdgs.iter().map(|g| g.code.clone()).collect()),
            join(s.organizations.iter().map(|o| o.name.clone()).collect()),
            join(
                s.persons
                    .iter()
                    .map(|x| {
                        if x.remote {
                            format!("{} (remote)", x.name)
                        } else {
                            x.name.clone()
                        }
                    })
                    .collect(),
            ),
            join(s.languages.clone()),
            s.participation_mode.clone(),
            session_url(p, &s.code),
        ];
        record(&mut out, &row);
    }
    out
}

/// The WSIS–SDG matrix: a header row (`action_line`, `title`, `SDG 1` …
/// `SDG 17`, `sessions`), one row per Action Line whose cells list session
/// codes separated by spaces and end with the line's count of distinct
/// sessions, and a last `total` row with the count per SDG.
pub fn matrix_csv(m: &Matrix) -> String {
    let mut out = String::new();
    let mut header = vec!["action_line".to_string(), "title".to_string()];
    header.extend(m.sdgs.iter().map(|n| format!("SDG {n}")));
    header.push("sessions".into());
    record(&mut out, &header);
    for (i, line) in m.lines.iter().enumerate() {
        let mut row = vec![line.code.clone(), line.title.clone()];
        row.extend(line.cells.iter().map(|codes| codes.join(" ")));
        row.push(m.row_total(i).to_string());
        record(&mut out, &row);
    }
    let mut totals = vec!["total".to_string(), String::new()];
    totals.extend((0..m.sdgs.len()).map(|c| m.column_total(c).to_string()));
    totals.push(m.total().to_string());
    record(&mut out, &totals);
    out
}

#[cfg(test)]
mod tests {
    use super::super::fixture::programme;
    use super::super::matrix;
    use super::*;

    #[test]
    fn cells_that_look_like_formulas_become_text() {
        assert_eq!(cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(cell("+1"), "'+1");
        assert_eq!(cell("-2"), "'-2");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("\tx"), "'\tx");
        assert_eq!(cell("\rx"), "\"'\rx\"");
        assert_eq!(cell("a=b"), "a=b");
    }

    #[test]
    fn cells_with_separators_quotes_or_line_breaks_are_quoted() {
        assert_eq!(cell("plain"), "plain");
        assert_eq!(cell("a,b"), "\"a,b\"");
        assert_eq!(cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(cell("two\nlines"), "\"two\nlines\"");
        assert_eq!(cell("semi;colon"), "semi;colon");
        assert_eq!(cell(""), "");
    }

    #[test]
    fn the_sessions_sheet_has_a_header_and_one_row_per_session() {
        let mut p = programme();
        p.sessions[1].title = "=cmd|' /C calc'!A0".into();
        p.sessions[1].persons[0].remote = true;
        let csv = sessions_csv(&p);
        let rows: Vec<&str> = csv.split_terminator("\r\n").collect();
        assert_eq!(rows.len(), 1 + p.sessions.len());
        assert_eq!(rows[0], SESSION_COLUMNS.join(","));
        assert!(rows[1].starts_with(
            "WF27-0012,Session 12,Thematic workshop,2027-05-04,09:00,10:30,Room \
             A,CICG,C7-EHEALTH; C1,3; 16,ITU,"
        ));
        assert!(rows[2].contains(",'=cmd|' /C calc'!A0,"));
        assert!(rows[2].contains("Speaker 15 (remote)"));
        assert!(rows[3].contains("الذكاء الاصطناعي"));
    }

    #[test]
    fn the_matrix_sheet_lists_codes_and_totals() {
        let csv = matrix_csv(&matrix(&programme()));
        let rows: Vec<&str> = csv.split_terminator("\r\n").collect();
        assert_eq!(rows.len(), 1 + 11 + 1);
        assert!(rows[0].starts_with("action_line,title,SDG 1,SDG 2,"));
        assert!(rows[0].ends_with(",SDG 17,sessions"));
        assert!(rows[1].contains(",WF27-0012 WF27-0015 WF27-0020,,3"));
        assert!(rows[12].starts_with("total,,0,0,1,"));
        assert!(rows[12].ends_with(",3"));
    }
}
