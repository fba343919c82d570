//! The camera scanner's decoder: the QR codes in one grayscale camera frame, as text. Compiled
//! into the scanner's worker (`src/bin/scan_worker.rs`), never linked into the app's own wasm.
//!
//! rqrr was chosen over quircs by measurement on frames made from the app's own codes
//! (`tests/scan_frames.rs`, `examples/scan_frames.rs`, BENCHMARKS.md). A code held far from
//! the camera has about two pixels a module, too few for either as they come: when the frame
//! gives nothing as it is, it is enlarged twice (bilinear) and made black and white against the
//! mean of each pixel's small neighbourhood, which also evens out glare and blur across the code.

/// The texts of the QR codes found in a `width` × `height` frame of luma values (row by row).
pub fn decode(width: usize, height: usize, luma: &[u8]) -> Vec<String> {
    if width == 0 || height == 0 || luma.len() < width * height {
        return Vec::new();
    }
    // (rqrr does not name the type of its images, so this is a macro and not a function.)
    macro_rules! texts {
        ($image:expr) => {
            $image
                .detect_grids()
                .into_iter()
                .filter_map(|grid| grid.decode().ok().map(|(_, text)| text))
                .collect::<Vec<String>>()
        };
    }
    let found = texts!(rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| luma[y * width + x]));
    if !found.is_empty() {
        return found;
    }
    let (w, h) = (width * 2, height * 2);
    let large = enlarge(width, height, luma);
    // Neighbourhoods of about one and a half modules, then three, of a code at two pixels a module.
    for reach in [3, 6] {
        let dark = local_threshold(w, h, &large, reach);
        let found = texts!(rqrr::PreparedImage::prepare_from_bitmap(w, h, |x, y| dark[y * w + x]));
        if !found.is_empty() {
            return found;
        }
    }
    Vec::new()
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

/// Dark where a pixel is darker than the mean of the square of `reach` pixels around it.
fn local_threshold(width: usize, height: usize, luma: &[u8], reach: usize) -> Vec<bool> {
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
            u32::from(luma[k]) * area * 100 < sum * 97
        })
        .collect()
}
