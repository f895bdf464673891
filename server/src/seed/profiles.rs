//! Demo speaker profiles: most panelists get a biography and links, most
//! of those a photo (their initials drawn on a colour), all of it through
//! the same upload pipeline as a real photo; a few declare a time they
//! cannot speak, through their own confirmation link as a real panelist
//! would. Run before the agenda is scheduled and released, so the
//! scheduler avoids those times and the first release carries the
//! profiles.

use super::Rng;
use portal::AppResult;
use portal::domain::agenda::Person;
use portal::domain::speaker_profile::{AvailabilityForm, SpeakerProfileForm};
use portal::services::{CurrentUser, PhotoChange, Portal, ProfileEditor, RequestMeta};

/// Capital letters in a 5×7 pixel font, one row per byte (low five bits,
/// leftmost pixel highest).
const FONT: [[u8; 7]; 26] = [
    [14, 17, 17, 31, 17, 17, 17], // A
    [30, 17, 17, 30, 17, 17, 30], // B
    [14, 17, 16, 16, 16, 17, 14], // C
    [30, 17, 17, 17, 17, 17, 30], // D
    [31, 16, 16, 30, 16, 16, 31], // E
    [31, 16, 16, 30, 16, 16, 16], // F
    [14, 17, 16, 23, 17, 17, 15], // G
    [17, 17, 17, 31, 17, 17, 17], // H
    [14, 4, 4, 4, 4, 4, 14],      // I
    [7, 2, 2, 2, 2, 18, 12],      // J
    [17, 18, 20, 24, 20, 18, 17], // K
    [16, 16, 16, 16, 16, 16, 31], // L
    [17, 27, 21, 21, 17, 17, 17], // M
    [17, 17, 25, 21, 19, 17, 17], // N
    [14, 17, 17, 17, 17, 17, 14], // O
    [30, 17, 17, 30, 16, 16, 16], // P
    [14, 17, 17, 17, 21, 18, 13], // Q
    [30, 17, 17, 30, 20, 18, 17], // R
    [15, 16, 16, 14, 1, 1, 30],   // S
    [31, 4, 4, 4, 4, 4, 4],       // T
    [17, 17, 17, 17, 17, 17, 14], // U
    [17, 17, 17, 17, 17, 10, 4],  // V
    [17, 17, 17, 21, 21, 21, 10], // W
    [17, 17, 10, 4, 10, 17, 17],  // X
    [17, 17, 10, 4, 4, 4, 4],     // Y
    [31, 1, 2, 4, 8, 16, 31],     // Z
];

/// Background colours dark enough for white letters (contrast over 4.5).
const COLOURS: [[u8; 3]; 6] = [
    [0, 84, 147],
    [122, 38, 110],
    [0, 102, 68],
    [153, 51, 0],
    [51, 51, 102],
    [120, 60, 0],
];

/// Pixels per font pixel.
const SCALE: u32 = 12;
/// Side of the drawn picture.
const SIDE: u32 = 240;

/// A PNG of `name`'s initials in white on a colour.
pub fn initials_png(name: &str, colour: usize) -> Vec<u8> {
    let initials: Vec<char> = name
        .split_whitespace()
        .filter_map(|w| w.chars().next())
        .map(|c| c.to_ascii_uppercase())
        .filter(char::is_ascii_uppercase)
        .take(2)
        .collect();
    let [r, g, b] = COLOURS[colour % COLOURS.len()];
    let mut img = image::RgbImage::from_pixel(SIDE, SIDE, image::Rgb([r, g, b]));
    let (w, h) = (5 * SCALE, 7 * SCALE);
    let gap = 2 * SCALE;
    let total = initials.len() as u32 * (w + gap) - gap.min(initials.len() as u32 * gap);
    let (x0, y0) = ((SIDE - total) / 2, (SIDE - h) / 2);
    for (i, c) in initials.iter().enumerate() {
        let glyph = FONT[(*c as u8 - b'A') as usize];
        let left = x0 + i as u32 * (w + gap);
        for (row, bits) in glyph.iter().enumerate() {
            for col in 0..5u32 {
                if bits & (1 << (4 - col)) == 0 {
                    continue;
                }
                for dy in 0..SCALE {
                    for dx in 0..SCALE {
                        let (x, y) = (left + col * SCALE + dx, y0 + row as u32 * SCALE + dy);
                        img.put_pixel(x, y, image::Rgb([255, 255, 255]));
                    }
                }
            }
        }
    }
    let mut out = std::io::Cursor::new(Vec::new());
    // Encoding a small in-memory picture cannot fail; an empty upload would
    // only be refused by the pipeline with a message.
    let _ = img.write_to(&mut out, image::ImageFormat::Png);
    out.into_inner()
}

/// The token of the invitation e-mailed to `email`, from the outbox.
async fn invitation_token(portal: &Portal, email: &str) -> AppResult<Option<String>> {
    Ok(portal
        .outbox(Some(email), 20)
        .await?
        .into_iter()
        .filter(|m| m.template == "speaker-invitation")
        .find_map(|m| {
            m.body_text
                .split_whitespace()
                .find_map(|w| w.split("token=").nth(1).map(str::to_owned))
        }))
}

const FIELDS: &[&str] = &[
    "community networks",
    "digital public infrastructure",
    "AI governance",
    "cybersecurity capacity",
    "open data",
    "e-health",
    "digital skills",
    "e-government",
    "libraries and archives",
    "broadband policy",
];

/// Profiles for four in five of `people` (each once), photos for two in
/// three of those, and a declared afternoon (the forum's second day) for
/// one in fifteen. Returns the number of profiles saved.
pub(crate) async fn seed_profiles(
    portal: &Portal,
    admin: &CurrentUser,
    people: &[Person],
    first_day: Option<time::Date>,
    seed: u64,
    meta: &RequestMeta,
) -> AppResult<usize> {
    let mut rng = Rng(seed ^ 0x005e_ed0f_11e5);
    let mut seen = std::collections::HashSet::new();
    let mut saved = 0;
    for (i, person) in people.iter().enumerate() {
        if !seen.insert(person.key.as_str()) || rng.next().is_multiple_of(5) {
            continue;
        }
        // What the panel says, as the profile page offers it.
        let page = portal
            .speaker_profile_page(ProfileEditor::Staff(admin, &person.key))
            .await?;
        let panel = page.profile;
        let name = panel.print_name.clone();
        // Two different fields of work.
        let n = FIELDS.len() as u64;
        let first = rng.next() % n;
        let field = FIELDS[first as usize];
        let other = FIELDS[((first + 1 + rng.next() % (n - 1)) % n) as usize];
        let with_photo = !rng.next().is_multiple_of(3);
        let form = SpeakerProfileForm {
            print_name: name.clone(),
            honorific: ["", "", "Dr.", "Prof.", "H.E."][(rng.next() % 5) as usize].into(),
            job_title: panel.job_title.clone(),
            organization: panel.organization.clone(),
            bio: format!(
                "{name} works on **{field}** at {}, and has advised governments and civil \
                 society on {other}. Speaks regularly at regional WSIS consultations.",
                panel.organization
            ),
            links: if rng.next().is_multiple_of(2) {
                format!("https://example.org/people/{}", i + 1)
            } else {
                String::new()
            },
            pronouns: String::new(),
            public_details: Some("yes".into()),
            public_bio: Some("yes".into()),
            public_links: Some("yes".into()),
            public_pronouns: None,
            public_photo: with_photo.then(|| "yes".into()),
            remove_photo: None,
        };
        let photo = if with_photo {
            PhotoChange::Upload {
                bytes: initials_png(&name, (rng.next() % 6) as usize),
                file_name: "initials.png".into(),
            }
        } else {
            PhotoChange::Keep
        };
        portal
            .save_speaker_profile(ProfileEditor::Staff(admin, &person.key), &form, photo, meta)
            .await?;
        saved += 1;
        if let Some(day) = first_day.filter(|_| i % 15 == 7)
            && let Some(token) = invitation_token(portal, &person.key).await?
        {
            let afternoon = AvailabilityForm {
                day: day.next_day().unwrap_or(day).to_string(),
                whole_day: None,
                start: "14:00".into(),
                end: "18:00".into(),
            };
            // A day outside a one-day forum is refused like any input; the
            // demo then has no declaration for this panelist.
            let editor = ProfileEditor::Speaker(&token);
            let _ = portal.declare_unavailable(editor, &afternoon, meta).await;
        }
    }
    Ok(saved)
}

#[cfg(test)]
mod tests {
    #[test]
    fn initials_are_drawn_and_pass_the_upload_pipeline() {
        let png = super::initials_png("Amina Diallo", 2);
        let photo = portal::photo::process(&png, "a.png").expect("accepted");
        assert!(photo.thumb.len() > 300);
        // A name without Latin initials still gives a picture.
        assert!(portal::photo::process(&super::initials_png("李 娜", 0), "b.png").is_ok());
    }
}
