//! Progress on a terminal for long commands (`seed-demo`, `backup`): a bar
//! per stage when standard error is a terminal, nothing otherwise, so logs
//! and CI output stay clean. Each command still ends with a one-line
//! summary on standard output.

use indicatif::{ProgressBar, ProgressStyle};
use std::time::Duration;

/// A bar of `len` steps labelled `stage`.
pub fn bar(stage: &str, len: u64) -> ProgressBar {
    let bar = ProgressBar::new(len);
    if let Ok(style) = ProgressStyle::with_template("{msg:>10} [{bar:32}] {pos}/{len} ({elapsed})")
    {
        bar.set_style(style.progress_chars("=> "));
    }
    bar.set_message(stage.to_owned());
    bar
}

/// A spinner for a step whose length is not known in advance.
pub fn spinner(stage: &str) -> ProgressBar {
    let spinner = ProgressBar::new_spinner();
    spinner.set_message(stage.to_owned());
    spinner.enable_steady_tick(Duration::from_millis(120));
    spinner
}
