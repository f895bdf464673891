//! The builder's side panel: which unscheduled sessions it lists, and one
//! session's pick control.

use super::*;

/// Filters of the unscheduled list.
#[derive(Debug, Clone, Default)]
pub struct UnscheduledFilter {
    /// Words in the code, title or organization.
    pub q: String,
    /// Format code.
    pub format: String,
    /// Action Line (sub-lines included).
    pub line: String,
    /// Rooms shown on the grid (none ticked: every room).
    pub rooms: Vec<i64>,
    /// Minutes per grid row: 15, 30 or 60 (0: the venue's step).
    pub step: u16,
}

impl UnscheduledFilter {
    /// These filters as query parameters, each starting with `&`.
    pub(super) fn query(&self) -> String {
        let mut q = format!(
            "&q={}&format={}&line={}&step={}",
            urlencoding(&self.q),
            urlencoding(&self.format),
            urlencoding(&self.line),
            self.step
        );
        for r in &self.rooms {
            q.push_str(&format!("&room={r}"));
        }
        q
    }

    pub(super) fn matches(&self, s: &SessionInfo) -> bool {
        let q = self.q.trim().to_lowercase();
        (q.is_empty()
            || s.code.to_lowercase().contains(&q)
            || s.title.to_lowercase().contains(&q)
            || s.organization.to_lowercase().contains(&q))
            && (self.format.is_empty() || s.format == self.format)
            && (self.line.is_empty()
                || s.lines
                    .iter()
                    .any(|l| l == &self.line || l.starts_with(&format!("{}-", self.line))))
    }
}

pub(super) fn pick(s: &SessionInfo, picked: Option<i64>, flagged: bool) -> impl IntoView + use<> {
    let id = format!("pick-{}", s.id);
    let value = format!("{}:{}", s.id, s.version);
    let when = s.placed.map(|p| time_range_view(p.span.start, p.span.end));
    let title = s.title.clone();
    let code = s.code.clone();
    let meta = t_args(
        "agenda-card-meta",
        &[
            ("format", t(&format!("format-{}", s.format))),
            ("minutes", s.minutes.to_string()),
        ],
    );
    let session = s.id.to_string();
    view! {
        <div
            class="agenda-card"
            class:agenda-card-conflict=flagged
            draggable="true"
            data-session=session
        >
            <input
                type="radio"
                name="session"
                id=id.clone()
                value=value
                checked=picked == Some(s.id)
            />
            <label for=id>
                <span class="agenda-code">{code}</span>
                " "
                {when
                    .map(|w| {
                        view! {
                            <span class="agenda-when">{w}</span>
                            " "
                        }
                    })}
                <bdi>{title}</bdi>
                <span class="agenda-meta">{meta}</span>
                {flagged
                    .then(|| {
                        view! {
                            <span class="badge badge-warning">{t("agenda-has-conflict")}</span>
                        }
                    })}
            </label>
        </div>
    }
}
