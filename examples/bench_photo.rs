//! Benchmark: the speaker photo pipeline on an upload at the size limit. A
//! 12-megapixel (4032 × 3024, a phone camera's) picture with photo-like
//! detail is encoded as JPEG at the highest quality that stays within
//! 5 MiB, then checked, decoded, turned upright, cropped, scaled and
//! re-encoded (`portal::photo::process`) `RUNS` times.
//!
//! Run: `cargo run --release --no-default-features --features photo --example bench_photo`
//! Options: `-- RUNS` (default 10).

use image::codecs::jpeg::JpegEncoder;
use portal::photo::{MAX_UPLOAD_BYTES, process};
use std::time::Instant;

/// Smooth light and shade, edges and sensor-like noise, so the JPEG is as
/// large as a real photo's.
fn picture(w: u32, h: u32) -> image::RgbImage {
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    image::RgbImage::from_fn(w, h, |x, y| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let noise = (seed % 48) as f32 - 24.0;
        let (fx, fy) = (x as f32 / w as f32, y as f32 / h as f32);
        let wave = ((fx * 40.0).sin() * (fy * 30.0).cos()) * 40.0;
        let c = |base: f32| (base + wave + noise).clamp(0.0, 255.0) as u8;
        image::Rgb([
            c(60.0 + 150.0 * fx),
            c(90.0 + 100.0 * fy),
            c(140.0 - 80.0 * fx * fy),
        ])
    })
}

fn main() {
    let runs: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(10)
        .max(1);
    let (w, h) = (4032, 3024);
    let img = picture(w, h);
    let (upload, quality) = (60..=100u8)
        .rev()
        .find_map(|q| {
            let mut out = Vec::new();
            JpegEncoder::new_with_quality(&mut out, q)
                .encode_image(&img)
                .ok()?;
            (out.len() <= MAX_UPLOAD_BYTES).then_some((out, q))
        })
        .expect("some quality fits in 5 MiB");
    let mut times = Vec::with_capacity(runs);
    let mut last = None;
    for _ in 0..runs {
        let started = Instant::now();
        let photo = process(&upload, "camera.jpg").expect("accepted");
        times.push(started.elapsed().as_secs_f64() * 1000.0);
        last = Some(photo);
    }
    times.sort_by(f64::total_cmp);
    let photo = last.expect("at least one run");
    println!(
        "input: {w} x {h} JPEG (quality {quality}), {} bytes",
        upload.len()
    );
    println!(
        "process: median {:.0} ms (min {:.0}, max {:.0}) over {runs} runs",
        times[runs / 2],
        times[0],
        times[runs - 1]
    );
    println!(
        "output: 400 px {} bytes, 96 px {} bytes",
        photo.large.len(),
        photo.thumb.len()
    );
}
