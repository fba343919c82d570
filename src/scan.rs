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
    let sums = integral(w, h, &large);
    // Neighbourhoods of about one and a half modules, then two and a half, of a code at two pixels
    // a module (in the enlarged frame: 7 and 11 pixels across).
    for reach in [3, 5] {
        let found = read(w, h, &local_threshold(w, h, &large, &sums, reach));
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

/// The frame twice as large each way, each new pixel the bilinear mean of those it falls between
/// (at the right and bottom edges, the last pixel stands in for the one beyond it).
fn enlarge(width: usize, height: usize, luma: &[u8]) -> Vec<u8> {
    let w = width * 2;
    let mut large = vec![0u8; w * height * 2];
    for (y, out) in large.chunks_exact_mut(w).enumerate() {
        let (sy, fy) = (y / 2, (y % 2) as u32);
        let top = &luma[sy * width..][..width];
        let bottom = &luma[(sy + 1).min(height - 1) * width..][..width];
        for (sx, pair) in out.chunks_exact_mut(2).enumerate() {
            let next = (sx + 1).min(width - 1);
            let (a, b) = (u32::from(top[sx]), u32::from(top[next]));
            let (c, d) = (u32::from(bottom[sx]), u32::from(bottom[next]));
            // Between two columns (fx = 1) and two rows (fy = 1), each weighed by 2 − f and f.
            let mean = |upper: u32, lower: u32| ((upper * (2 - fy) + lower * fy) / 4) as u8;
            pair[0] = mean(a * 2, c * 2);
            pair[1] = mean(a + b, c + d);
        }
    }
    large
}

/// The sum of every rectangle from the top left corner of a `width` × `height` frame (an
/// integral image, `width + 1` by `height + 1`, its first row and column 0): the sum over any
/// square comes from its four corners.
fn integral(width: usize, height: usize, luma: &[u8]) -> Vec<u32> {
    let stride = width + 1;
    let mut sums = vec![0u32; stride * (height + 1)];
    for y in 0..height {
        let (above, rest) = sums.split_at_mut((y + 1) * stride);
        let (above, here) = (&above[y * stride..], &mut rest[..stride]);
        let mut row = 0u32;
        for x in 0..width {
            row += u32::from(luma[y * width + x]);
            here[x + 1] = above[x + 1] + row;
        }
    }
    sums
}

/// Black (0) where a pixel is darker than the mean of the square of `reach` pixels around it,
/// else white (255); `sums` is the frame's `integral`.
fn local_threshold(width: usize, height: usize, luma: &[u8], sums: &[u32], reach: usize) -> Vec<u8> {
    let stride = width + 1;
    let mut out = vec![0u8; width * height];
    for (y, (row, pixels)) in out.chunks_exact_mut(width).zip(luma.chunks_exact(width)).enumerate() {
        let (y0, y1) = (y.saturating_sub(reach), (y + reach + 1).min(height));
        let (top, bottom) = (&sums[y0 * stride..][..stride], &sums[y1 * stride..][..stride]);
        for (x, (cell, &pixel)) in row.iter_mut().zip(pixels).enumerate() {
            let (x0, x1) = (x.saturating_sub(reach), (x + reach + 1).min(width));
            let area = ((x1 - x0) * (y1 - y0)) as u32;
            let sum = bottom[x1] + top[x0] - top[x1] - bottom[x0];
            // A little below the mean, so that flat areas and noise stay white.
            *cell = if u32::from(pixel) * area * 100 < sum * 97 {
                0
            } else {
                255
            };
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enlarging_puts_the_mean_between_pixels_and_repeats_the_last_at_the_edges() {
        // 0 100
        // 200 40
        let large = enlarge(2, 2, &[0, 100, 200, 40]);
        #[rustfmt::skip]
        assert_eq!(large, vec![
            0, 50, 100, 100,
            100, 85, 70, 70,
            200, 120, 40, 40,
            200, 120, 40, 40,
        ]);
    }

    #[test]
    fn the_integral_image_sums_every_rectangle_from_the_top_left() {
        let sums = integral(3, 2, &[1, 2, 3, 4, 5, 6]);
        #[rustfmt::skip]
        assert_eq!(sums, vec![
            0, 0, 0, 0,
            0, 1, 3, 6,
            0, 5, 12, 21,
        ]);
    }

    #[test]
    fn a_pixel_darker_than_its_neighbourhood_turns_black_and_a_flat_area_stays_white() {
        // A dark dot in a grey field, and a field of one grey.
        let mut dot = vec![120u8; 9 * 9];
        dot[4 * 9 + 4] = 60;
        let black = local_threshold(9, 9, &dot, &integral(9, 9, &dot), 2);
        assert_eq!(black.iter().filter(|&&p| p == 0).count(), 1);
        assert_eq!(black[4 * 9 + 4], 0);
        let flat = vec![120u8; 9 * 9];
        assert!(
            local_threshold(9, 9, &flat, &integral(9, 9, &flat), 3)
                .iter()
                .all(|&p| p == 255)
        );
    }
}
