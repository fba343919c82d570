//! The scanner's decoders measured on camera frames made from the app's own codes
//! (`tests/support/frames.rs`): how many of them each reads, and how long a frame takes.
//!   cargo run --release --example scan_frames -- [frames] [dir to write the frames to, as PGM]
//! Prints one JSON object per decoder; `scripts/bench.mjs` puts them in its table.

#[path = "../tests/support/frames.rs"]
mod frames;

use std::time::Instant;

/// A decoder: the texts of the QR codes in a width × height frame of luma.
type Decode = fn(usize, usize, &[u8]) -> Vec<String>;

fn quircs(width: usize, height: usize, luma: &[u8]) -> Vec<String> {
    let mut decoder = quircs::Quirc::default();
    decoder
        .identify(width, height, luma)
        .filter_map(|code| code.ok()?.decode().ok())
        .filter_map(|data| String::from_utf8(data.payload).ok())
        .collect()
}

fn rqrr(width: usize, height: usize, luma: &[u8]) -> Vec<String> {
    rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| luma[y * width + x])
        .detect_grids()
        .into_iter()
        .filter_map(|grid| grid.decode().ok().map(|(_, text)| text))
        .collect()
}

/// rqrr with the same help as quircs gets in `tillit::scan::decode`.
fn rqrr_helped(width: usize, height: usize, luma: &[u8]) -> Vec<String> {
    tillit::scan::decode_with(width, height, luma, rqrr)
}

fn main() {
    let count: usize = std::env::args().nth(1).and_then(|n| n.parse().ok()).unwrap_or(200);
    let frames: Vec<frames::Frame> = (0..count).map(frames::frame).collect();
    if let Some(dir) = std::env::args().nth(2) {
        for (i, f) in frames.iter().enumerate() {
            let mut pgm = format!("P5 {} {} 255\n", frames::WIDTH, frames::HEIGHT).into_bytes();
            pgm.extend(&f.luma);
            std::fs::write(format!("{dir}/frame-{i:03}.pgm"), pgm).expect("the directory exists");
        }
        // What each frame shows, for the benchmark in the browser (scripts/bench.mjs).
        let texts: Vec<String> = frames
            .iter()
            .enumerate()
            .map(|(i, f)| format!("\"frame-{i:03}.pgm\":\"{}\"", f.text))
            .collect();
        std::fs::write(format!("{dir}/texts.json"), format!("{{{}}}", texts.join(","))).expect("the directory exists");
    }
    let decoders: [(&str, Decode); 4] = [
        (
            "quircs (as shipped: enlarged and thresholded when needed)",
            tillit::scan::decode,
        ),
        ("rqrr (with the same help)", rqrr_helped),
        ("rqrr (frames as they are)", rqrr),
        ("quircs (frames as they are)", quircs),
    ];
    for (name, decode) in decoders {
        let (mut read, mut read_small) = (0, 0);
        let small = frames.iter().filter(|f| f.pixels_per_module < 2.4).count();
        let start = Instant::now();
        for f in &frames {
            let ok = decode(frames::WIDTH, frames::HEIGHT, &f.luma).contains(&f.text);
            if std::env::var_os("SCAN_FRAMES_VERBOSE").is_some() {
                eprintln!("{name} {:.2} px/module: {ok}", f.pixels_per_module);
            }
            read += usize::from(ok);
            read_small += usize::from(ok && f.pixels_per_module < 2.4);
        }
        let ms = start.elapsed().as_secs_f64() * 1000.0 / count as f64;
        println!(
            "{{\"decoder\":\"{name}\",\"frames\":{count},\"read\":{read},\"rate\":{:.4},\"small_frames\":{small},\"small_read\":{read_small},\"ms_per_frame\":{ms:.2},\"width\":{},\"height\":{}}}",
            read as f64 / count as f64,
            frames::WIDTH,
            frames::HEIGHT
        );
    }
}
