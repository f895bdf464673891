//! Speaker photos: an upload becomes a 400 px square and a 96 px thumbnail,
//! both JPEG.
//!
//! Uploads are hostile until decoded. The file name's extension and the
//! bytes must both say JPEG, PNG or WebP. The decoder runs under explicit
//! limits: a side of at most [`MAX_SIDE`] px, [`MAX_PIXELS`] pixels and
//! [`MAX_ALLOC`] bytes of memory. A small file that declares a huge canvas
//! (a decompression bomb) is therefore refused before its pixels are
//! allocated. The pixels are turned upright by their EXIF orientation. They
//! are then cropped to the centre square, scaled and encoded afresh. The
//! output carries no metadata at all: no EXIF, no GPS, no camera serial.

use image::codecs::jpeg::JpegEncoder;
use image::imageops::FilterType;
use image::{DynamicImage, ImageDecoder, ImageError, ImageFormat, ImageReader, Limits};
use sha2::{Digest, Sha256};
use std::io::Cursor;

/// Largest upload accepted, in bytes (5 MiB).
pub const MAX_UPLOAD_BYTES: usize = 5 * 1024 * 1024;
/// Largest width or height accepted.
pub const MAX_SIDE: u32 = 12_000;
/// Largest number of pixels accepted (a 48-megapixel phone photo fits).
pub const MAX_PIXELS: u64 = 50_000_000;
/// Most memory the decoder may allocate.
pub const MAX_ALLOC: u64 = 256 * 1024 * 1024;
/// Smallest side accepted: smaller pictures would print as a blur.
pub const MIN_SIDE: u32 = 96;
/// Side of the stored photo, in pixels.
pub const LARGE_SIDE: u32 = 400;
/// Side of the stored thumbnail, in pixels.
pub const THUMB_SIDE: u32 = 96;

/// A processed photo, ready to store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Photo {
    /// The 400 px square, JPEG.
    pub large: Vec<u8>,
    /// The 96 px square, JPEG.
    pub thumb: Vec<u8>,
    /// Content hash of both (hex, 20 characters): their URLs' version.
    pub hash: String,
}

/// Why an upload was refused. Each has a message beside the field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhotoError {
    /// Over [`MAX_UPLOAD_BYTES`].
    TooLarge,
    /// Not a JPEG, PNG or WebP file (by name or by content).
    WrongType,
    /// Cut short or damaged.
    Corrupt,
    /// Wider, taller or with more pixels than the limits allow.
    TooManyPixels,
    /// Smaller than [`MIN_SIDE`].
    TooSmall,
}

impl PhotoError {
    /// The field error code (messages `field-error-photo-…`).
    pub fn code(self) -> &'static str {
        match self {
            PhotoError::TooLarge => "photo-too-large",
            PhotoError::WrongType => "photo-wrong-type",
            PhotoError::Corrupt => "photo-corrupt",
            PhotoError::TooManyPixels => "photo-too-many-pixels",
            PhotoError::TooSmall => "photo-too-small",
        }
    }
}

/// The formats accepted, with their file name extensions.
const ACCEPTED: &[(ImageFormat, &[&str])] = &[
    (ImageFormat::Jpeg, &["jpg", "jpeg", "jfif"]),
    (ImageFormat::Png, &["png"]),
    (ImageFormat::WebP, &["webp"]),
];

/// Checks, decodes and re-encodes an upload named `file_name`.
pub fn process(bytes: &[u8], file_name: &str) -> Result<Photo, PhotoError> {
    if bytes.len() > MAX_UPLOAD_BYTES {
        return Err(PhotoError::TooLarge);
    }
    let format = accepted_format(bytes, file_name)?;
    let image = decode(bytes, format)?;
    let square = centre_square(&image);
    // Large first, then the thumbnail from it: scaling a 400 px square is
    // much cheaper than scaling the original a second time.
    let large = square.resize_exact(LARGE_SIDE, LARGE_SIDE, FilterType::CatmullRom);
    let thumb = large.resize_exact(THUMB_SIDE, THUMB_SIDE, FilterType::Lanczos3);
    let large = encode_jpeg(&large, 84)?;
    let thumb = encode_jpeg(&thumb, 80)?;
    let mut h = Sha256::new();
    h.update(&large);
    h.update(&thumb);
    let hash = h.finalize()[..10]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    Ok(Photo { large, thumb, hash })
}

/// The format of `bytes`, when both the name and the content say it is one
/// of the accepted ones. A name without an extension is judged by content.
fn accepted_format(bytes: &[u8], file_name: &str) -> Result<ImageFormat, PhotoError> {
    let sniffed = image::guess_format(bytes).map_err(|_| PhotoError::WrongType)?;
    if !ACCEPTED.iter().any(|(f, _)| *f == sniffed) {
        return Err(PhotoError::WrongType);
    }
    let name = file_name.rsplit(['/', '\\']).next().unwrap_or_default();
    if let Some((_, ext)) = name.rsplit_once('.') {
        let ext = ext.to_ascii_lowercase();
        if !ACCEPTED
            .iter()
            .any(|(_, exts)| exts.contains(&ext.as_str()))
        {
            return Err(PhotoError::WrongType);
        }
    }
    Ok(sniffed)
}

fn limits() -> Limits {
    let mut l = Limits::default();
    l.max_image_width = Some(MAX_SIDE);
    l.max_image_height = Some(MAX_SIDE);
    l.max_alloc = Some(MAX_ALLOC);
    l
}

/// Decodes under [`limits`], checking the declared size before any pixel
/// is allocated, and turns the pixels upright.
fn decode(bytes: &[u8], format: ImageFormat) -> Result<DynamicImage, PhotoError> {
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    reader.limits(limits());
    let mut decoder = reader.into_decoder().map_err(refusal)?;
    decoder.set_limits(limits()).map_err(refusal)?;
    let (w, h) = decoder.dimensions();
    if w > MAX_SIDE || h > MAX_SIDE || u64::from(w) * u64::from(h) > MAX_PIXELS {
        return Err(PhotoError::TooManyPixels);
    }
    if w < MIN_SIDE || h < MIN_SIDE {
        return Err(PhotoError::TooSmall);
    }
    // A damaged orientation tag is no reason to refuse the picture.
    let orientation = decoder
        .orientation()
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut image = DynamicImage::from_decoder(decoder).map_err(refusal)?;
    image.apply_orientation(orientation);
    Ok(image)
}

fn refusal(e: ImageError) -> PhotoError {
    match e {
        ImageError::Limits(_) => PhotoError::TooManyPixels,
        ImageError::Unsupported(_) => PhotoError::WrongType,
        _ => PhotoError::Corrupt,
    }
}

/// The centred square of `image`, with any transparency laid on white.
fn centre_square(image: &DynamicImage) -> DynamicImage {
    let (w, h) = (image.width(), image.height());
    let side = w.min(h);
    let cropped = image.crop_imm((w - side) / 2, (h - side) / 2, side, side);
    if !cropped.color().has_alpha() {
        return DynamicImage::ImageRgb8(cropped.to_rgb8());
    }
    let rgba = cropped.to_rgba8();
    let mut rgb = image::RgbImage::new(side, side);
    for (out, px) in rgb.pixels_mut().zip(rgba.pixels()) {
        let [r, g, b, a] = px.0;
        let over = |c: u8| ((u16::from(c) * u16::from(a) + 255 * (255 - u16::from(a))) / 255) as u8;
        *out = image::Rgb([over(r), over(g), over(b)]);
    }
    DynamicImage::ImageRgb8(rgb)
}

fn encode_jpeg(image: &DynamicImage, quality: u8) -> Result<Vec<u8>, PhotoError> {
    let mut out = Vec::new();
    JpegEncoder::new_with_quality(&mut out, quality)
        .encode_image(&image.to_rgb8())
        .map_err(|_| PhotoError::Corrupt)?;
    Ok(out)
}

#[cfg(test)]
mod tests;
