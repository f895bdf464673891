use super::*;
use image::ImageEncoder;
use image::codecs::png::PngEncoder;

/// A `w`×`h` colour gradient.
fn picture(w: u32, h: u32) -> image::RgbImage {
    image::RgbImage::from_fn(w, h, |x, y| {
        image::Rgb([(x * 255 / w) as u8, (y * 255 / h) as u8, 128])
    })
}

fn png(w: u32, h: u32) -> Vec<u8> {
    let mut out = Vec::new();
    PngEncoder::new(&mut out)
        .write_image(picture(w, h).as_raw(), w, h, image::ExtendedColorType::Rgb8)
        .expect("png");
    out
}

fn jpeg(w: u32, h: u32) -> Vec<u8> {
    let mut out = Vec::new();
    JpegEncoder::new_with_quality(&mut out, 90)
        .encode_image(&picture(w, h))
        .expect("jpeg");
    out
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

fn chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut out = (data.len() as u32).to_be_bytes().to_vec();
    let mut body = kind.to_vec();
    body.extend_from_slice(data);
    out.extend_from_slice(&body);
    out.extend_from_slice(&crc32(&body).to_be_bytes());
    out
}

/// A valid PNG header that declares a `w`×`h` greyscale canvas, followed
/// by a few bytes of compressed zeros: a hundred bytes that would need
/// `w`×`h` bytes of memory once decoded.
fn declared_png(w: u32, h: u32) -> Vec<u8> {
    let mut ihdr = w.to_be_bytes().to_vec();
    ihdr.extend_from_slice(&h.to_be_bytes());
    ihdr.extend_from_slice(&[8, 0, 0, 0, 0]);
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    out.extend(chunk(b"IHDR", &ihdr));
    out.extend(chunk(b"IDAT", &[0x78, 0x9c, 0x63, 0x60, 0x18, 0x05, 0x00]));
    out.extend(chunk(b"IEND", &[]));
    out
}

/// An EXIF block with a GPS directory (latitude 46°12'16" N).
fn exif_with_gps() -> Vec<u8> {
    let mut t = b"II\x2a\x00\x08\x00\x00\x00".to_vec();
    // IFD0: one entry, GPSInfo (0x8825) pointing at offset 26.
    t.extend_from_slice(&1u16.to_le_bytes());
    t.extend_from_slice(&[0x25, 0x88, 4, 0, 1, 0, 0, 0, 26, 0, 0, 0]);
    t.extend_from_slice(&0u32.to_le_bytes());
    // GPS IFD: GPSLatitudeRef "N", GPSLatitude 3 rationals at offset 56.
    t.extend_from_slice(&2u16.to_le_bytes());
    t.extend_from_slice(&[1, 0, 2, 0, 2, 0, 0, 0, b'N', 0, 0, 0]);
    t.extend_from_slice(&[2, 0, 5, 0, 3, 0, 0, 0, 56, 0, 0, 0]);
    t.extend_from_slice(&0u32.to_le_bytes());
    for n in [46u32, 12, 16] {
        t.extend_from_slice(&n.to_le_bytes());
        t.extend_from_slice(&1u32.to_le_bytes());
    }
    let mut app1 = b"Exif\0\0".to_vec();
    app1.extend(t);
    app1
}

/// `jpeg` with `exif` as an APP1 segment right after the start marker.
fn with_exif(jpeg: &[u8], exif: &[u8]) -> Vec<u8> {
    let mut out = jpeg[..2].to_vec();
    out.extend_from_slice(&[0xFF, 0xE1]);
    out.extend_from_slice(&((exif.len() + 2) as u16).to_be_bytes());
    out.extend_from_slice(exif);
    out.extend_from_slice(&jpeg[2..]);
    out
}

fn side(jpeg: &[u8]) -> (u32, u32) {
    let img = image::load_from_memory_with_format(jpeg, ImageFormat::Jpeg).expect("output decodes");
    (img.width(), img.height())
}

#[test]
fn every_accepted_format_becomes_two_jpeg_squares() {
    let webp = {
        let mut out = Vec::new();
        image::codecs::webp::WebPEncoder::new_lossless(&mut out)
            .encode(
                picture(300, 500).as_raw(),
                300,
                500,
                image::ExtendedColorType::Rgb8,
            )
            .expect("webp");
        out
    };
    for (bytes, name) in [
        (png(640, 480), "portrait.png"),
        (jpeg(480, 640), "Portrait.JPG"),
        (webp, "p.webp"),
        (png(200, 200), "no-extension"),
    ] {
        let photo = process(&bytes, name).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        assert_eq!(side(&photo.large), (400, 400), "{name}");
        assert_eq!(side(&photo.thumb), (96, 96), "{name}");
        assert_eq!(photo.hash.len(), 20);
        assert!(photo.thumb.len() < photo.large.len());
    }
}

#[test]
fn the_same_upload_gives_the_same_hash_and_another_one_another() {
    let a = process(&png(300, 300), "a.png").expect("a");
    assert_eq!(a, process(&png(300, 300), "a.png").expect("again"));
    assert_ne!(a.hash, process(&png(301, 300), "b.png").expect("b").hash);
}

#[test]
fn exif_and_its_gps_position_are_gone_from_the_output() {
    let exif = exif_with_gps();
    let input = with_exif(&jpeg(500, 500), &exif);
    // The fixture really carries the position, and a decoder sees it.
    let mut decoder = ImageReader::with_format(Cursor::new(&input), ImageFormat::Jpeg)
        .into_decoder()
        .expect("decoder");
    assert!(decoder.exif_metadata().expect("exif").is_some());
    assert!(contains(&input, b"Exif\0\0"));

    let photo = process(&input, "holiday.jpg").expect("processed");
    for out in [&photo.large, &photo.thumb] {
        assert!(!contains(out, b"Exif"));
        assert!(!contains(out, &exif[6..]));
        let mut decoder = ImageReader::with_format(Cursor::new(out), ImageFormat::Jpeg)
            .into_decoder()
            .expect("decoder");
        assert_eq!(decoder.exif_metadata().expect("read"), None);
    }
}

#[test]
fn a_decompression_bomb_is_refused_before_its_pixels_are_allocated() {
    // 20,000 × 20,000: 400 megapixels from about a hundred bytes.
    let bomb = declared_png(20_000, 20_000);
    assert!(bomb.len() < 200);
    assert_eq!(process(&bomb, "bomb.png"), Err(PhotoError::TooManyPixels));
    // Each side within limits, the product not.
    assert_eq!(
        process(&declared_png(10_000, 10_000), "square.png"),
        Err(PhotoError::TooManyPixels)
    );
}

#[test]
fn a_huge_dimension_is_refused() {
    assert_eq!(
        process(&declared_png(100_000, 100), "strip.png"),
        Err(PhotoError::TooManyPixels)
    );
}

#[test]
fn a_truncated_file_is_refused_as_corrupt() {
    let full = png(400, 400);
    let cut = &full[..full.len() / 2];
    assert_eq!(process(cut, "cut.png"), Err(PhotoError::Corrupt));
    // Only the signature and part of a header.
    assert_eq!(process(&full[..20], "cut.png"), Err(PhotoError::Corrupt));
}

#[test]
fn a_file_with_the_wrong_extension_or_content_is_refused() {
    // Text dressed as a photo.
    assert_eq!(
        process(b"<svg xmlns='http://www.w3.org/2000/svg'/>", "me.jpg"),
        Err(PhotoError::WrongType)
    );
    // A real photo under a name that is not a photo's.
    assert_eq!(
        process(&png(200, 200), "me.svg"),
        Err(PhotoError::WrongType)
    );
    assert_eq!(
        process(&png(200, 200), "me.png.exe"),
        Err(PhotoError::WrongType)
    );
    // A GIF (not accepted) named as a PNG.
    let gif = b"GIF89a\x01\x00\x01\x00\x00\x00\x00;".to_vec();
    assert_eq!(process(&gif, "me.png"), Err(PhotoError::WrongType));
    // A JPEG named as a PNG is still a photo: the content decides the decoder.
    assert!(process(&jpeg(200, 200), "me.png").is_ok());
}

#[test]
fn oversized_and_tiny_uploads_are_refused() {
    let big = vec![0u8; MAX_UPLOAD_BYTES + 1];
    assert_eq!(process(&big, "big.jpg"), Err(PhotoError::TooLarge));
    assert_eq!(
        process(&png(60, 300), "thin.png"),
        Err(PhotoError::TooSmall)
    );
}

#[test]
fn transparency_is_laid_on_white() {
    let clear = image::RgbaImage::from_pixel(200, 200, image::Rgba([0, 0, 0, 0]));
    let mut bytes = Vec::new();
    PngEncoder::new(&mut bytes)
        .write_image(clear.as_raw(), 200, 200, image::ExtendedColorType::Rgba8)
        .expect("png");
    let photo = process(&bytes, "clear.png").expect("processed");
    let out = image::load_from_memory(&photo.thumb)
        .expect("decodes")
        .to_rgb8();
    assert!(out.pixels().all(|p| p.0.iter().all(|&c| c > 245)));
}
