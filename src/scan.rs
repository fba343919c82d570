//! The camera scanner's decoder: the QR codes in one grayscale camera frame, as text. Compiled
//! into the scanner's worker (`src/bin/scan_worker.rs`), never linked into the app's own wasm.
//!
//! quircs (a Rust port of quirc) was chosen over rqrr by measurement on frames made from the
//! app's own codes (`tests/support/frames.rs`, `examples/scan_frames.rs`, BENCHMARKS.md). A code
//! held far from the camera has about two pixels a module, too few for either as they come: when
//! the frame gives nothing as it is, it is enlarged twice (bilinear) and made black and white
//! against the mean of each pixel's small neighbourhood, which also evens out glare and blur.

/// The texts of the QR codes found in a `width` × `height` frame of luma values (row by row).
pub fn decode(width: usize, height: usize, luma: &[u8]) -> Vec<String> {
    decode_with(width, height, luma, quircs_texts)
}

/// What `decode` does, with `read` for the decoder proper: the frame as it is, then enlarged and
/// thresholded. `examples/scan_frames.rs` gives rqrr the same help, for a fair comparison.
pub fn decode_with(
    width: usize,
    height: usize,
    luma: &[u8],
    mut read: impl FnMut(usize, usize, &[u8]) -> Vec<String>,
) -> Vec<String> {
    if width == 0 || height == 0 || luma.len() < width * height {
        return Vec::new();
    }
    let found = read(width, height, &luma[..width * height]);
    if !found.is_empty() {
        return found;
    }
    let (w, h) = (width * 2, height * 2);
    let large = enlarge(width, height, luma);
    // Neighbourhoods of about one and a half modules, then two and a half, of a code at two pixels
    // a module (in the enlarged frame: 7 and 11 pixels across).
    for reach in [3, 5] {
        let found = read(w, h, &local_threshold(w, h, &large, reach));
        if !found.is_empty() {
            return found;
        }
    }
    Vec::new()
}

fn quircs_texts(width: usize, height: usize, luma: &[u8]) -> Vec<String> {
    let mut decoder = quircs::Quirc::default();
    decoder
        .identify(width, height, luma)
        .filter_map(|code| code.ok()?.decode().ok())
        .filter_map(|data| String::from_utf8(data.payload).ok())
        .collect()
}

/// The frame twice as large each way, each new pixel the bilinear mean of those it falls between.
fn enlarge(width: usize, height: usize, luma: &[u8]) -> Vec<u8> {
    let at = |x: usize, y: usize| u32::from(luma[y.min(height - 1) * width + x.min(width - 1)]);
    let w = width * 2;
    (0..w * height * 2)
        .map(|k| {
            let (x, y) = (k % w, k / w);
            let (sx, sy, fx, fy) = (x / 2, y / 2, (x % 2) as u32, (y % 2) as u32);
            let top = at(sx, sy) * (2 - fx) + at(sx + 1, sy) * fx;
            let bottom = at(sx, sy + 1) * (2 - fx) + at(sx + 1, sy + 1) * fx;
            ((top * (2 - fy) + bottom * fy) / 4) as u8
        })
        .collect()
}

/// Black (0) where a pixel is darker than the mean of the square of `reach` pixels around it,
/// else white (255).
fn local_threshold(width: usize, height: usize, luma: &[u8], reach: usize) -> Vec<u8> {
    // Sums over every rectangle from the top left corner (an integral image).
    let mut sums = vec![0u32; (width + 1) * (height + 1)];
    for y in 0..height {
        let mut row = 0u32;
        for x in 0..width {
            row += u32::from(luma[y * width + x]);
            sums[(y + 1) * (width + 1) + x + 1] = sums[y * (width + 1) + x + 1] + row;
        }
    }
    (0..width * height)
        .map(|k| {
            let (x, y) = (k % width, k / width);
            let (x0, y0) = (x.saturating_sub(reach), y.saturating_sub(reach));
            let (x1, y1) = ((x + reach + 1).min(width), (y + reach + 1).min(height));
            let area = ((x1 - x0) * (y1 - y0)) as u32;
            let sum = sums[y1 * (width + 1) + x1] + sums[y0 * (width + 1) + x0]
                - sums[y0 * (width + 1) + x1]
                - sums[y1 * (width + 1) + x0];
            // A little below the mean, so that flat areas and noise stay white.
            if u32::from(luma[k]) * area * 100 < sum * 97 {
                0
            } else {
                255
            }
        })
        .collect()
}
