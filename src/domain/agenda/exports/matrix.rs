//! The WSIS–SDG matrix: which sessions address each pair of an Action Line
//! and a Sustainable Development Goal. The Forum publishes it to show how
//! the WSIS Action Lines serve the 2030 Agenda.

use super::parent_line;
use crate::domain::agenda::Programme;
use crate::domain::taxonomy;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// Action Lines (rows) × SDGs (columns), each cell the codes of the
/// sessions tagged with both.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Matrix {
    /// C1 … C11, in taxonomy order.
    pub lines: Vec<MatrixLine>,
    /// SDG numbers of the columns, 1 … 17.
    pub sdgs: Vec<u8>,
}

/// One Action Line of the matrix.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MatrixLine {
    /// `C1` … `C11`.
    pub code: String,
    /// English name.
    pub title: String,
    /// Per SDG column (same order as [`Matrix::sdgs`]), the codes of the
    /// sessions tagged with this line (or one of its sub-lines) and the SDG,
    /// in programme order.
    pub cells: Vec<Vec<String>>,
}

impl Matrix {
    /// Distinct sessions in row `line` (a session in several SDG columns
    /// counts once).
    pub fn row_total(&self, line: usize) -> usize {
        self.lines.get(line).map_or(0, |l| {
            l.cells.iter().flatten().collect::<BTreeSet<_>>().len()
        })
    }

    /// Distinct sessions in column `sdg` (an index into [`Matrix::sdgs`]; a
    /// session under several Action Lines counts once).
    pub fn column_total(&self, sdg: usize) -> usize {
        self.lines
            .iter()
            .filter_map(|l| l.cells.get(sdg))
            .flatten()
            .collect::<BTreeSet<_>>()
            .len()
    }

    /// Distinct sessions anywhere in the matrix.
    pub fn total(&self) -> usize {
        self.lines
            .iter()
            .flat_map(|l| l.cells.iter().flatten())
            .collect::<BTreeSet<_>>()
            .len()
    }
}

/// The WSIS–SDG matrix of the programme's sessions. A session tagged with a
/// sub-line (`C7-EHEALTH`) or sub-theme (`C3-LIB`) counts under its parent
/// line, once even if tagged with the parent too. SDGs are read from the
/// session's SDG codes (`"3"`); codes outside the taxonomy are ignored.
pub fn matrix(p: &Programme) -> Matrix {
    let sdgs: Vec<u8> = taxonomy::sdgs().iter().map(|s| s.number).collect();
    let mut lines: Vec<MatrixLine> = taxonomy::action_lines()
        .iter()
        .map(|l| MatrixLine {
            code: l.code.clone(),
            title: l.name.clone(),
            cells: vec![Vec::new(); sdgs.len()],
        })
        .collect();
    for s in &p.sessions {
        let parents: BTreeSet<String> = s
            .action_lines
            .iter()
            .map(|l| parent_line(&l.code))
            .collect();
        let columns: BTreeSet<usize> = s
            .sdgs
            .iter()
            .filter_map(|g| g.code.trim().parse::<u8>().ok())
            .filter_map(|n| sdgs.iter().position(|&m| m == n))
            .collect();
        for line in lines.iter_mut().filter(|l| parents.contains(&l.code)) {
            for &c in &columns {
                line.cells[c].push(s.code.clone());
            }
        }
    }
    Matrix { lines, sdgs }
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{programme, session};
    use super::*;
    use crate::domain::agenda::ThemeRef;

    fn theme(code: &str) -> ThemeRef {
        ThemeRef {
            code: code.into(),
            title: String::new(),
            rationale: String::new(),
        }
    }

    #[test]
    fn the_matrix_has_eleven_lines_and_seventeen_goals() {
        let m = matrix(&programme());
        assert_eq!(m.lines.len(), 11);
        assert_eq!(m.lines[0].code, "C1");
        assert_eq!(m.lines[10].code, "C11");
        assert_eq!(m.sdgs, (1..=17).collect::<Vec<u8>>());
        assert!(m.lines.iter().all(|l| l.cells.len() == 17));
    }

    #[test]
    fn sub_lines_count_under_their_parent_once() {
        let mut p = programme();
        let mut s = session(40, 1, 600, 30);
        s.action_lines = vec![theme("C7-EHEALTH"), theme("C7"), theme("C7-ELEARN")];
        s.sdgs = vec![theme("3"), theme("4")];
        p.sessions = vec![s];
        let m = matrix(&p);
        let c7 = &m.lines[6];
        assert_eq!(c7.code, "C7");
        assert_eq!(c7.cells[2], vec!["WF27-0040".to_string()]);
        assert_eq!(c7.cells[3], vec!["WF27-0040".to_string()]);
        assert_eq!(m.row_total(6), 1);
        assert_eq!(m.column_total(2), 1);
        assert_eq!(m.total(), 1);
    }

    #[test]
    fn a_session_fills_every_pair_of_its_lines_and_goals() {
        let m = matrix(&programme());
        // WF27-0012: C7-EHEALTH and C1 × SDG 3 and 16.
        for (line, sdg) in [(0, 2), (0, 15), (6, 2), (6, 15)] {
            assert!(m.lines[line].cells[sdg].contains(&"WF27-0012".to_string()));
        }
        // WF27-0015 and WF27-0020 are C1 × SDG 16 only.
        assert_eq!(m.lines[0].cells[15].len(), 3);
        assert_eq!(m.column_total(15), 3);
        assert_eq!(m.row_total(0), 3);
        assert_eq!(m.row_total(6), 1);
        assert_eq!(m.row_total(99), 0);
    }
}
