//! The camera scanner's decoder on frames made from the app's own codes, as a laptop camera sees
//! a phone (`support/frames.rs`): it reads nearly all of them, and never reads a wrong text.

mod support;

use support::frames;
use tillit::domain::answer_code::CAMERA_CHARS;
use tillit::scan::decode;

#[test]
fn the_decoder_reads_nearly_every_frame_and_nothing_else() {
    // Every ninth frame of the set (both sizes), to keep the (unoptimised) test run short; the benchmark
    // reads the whole set (examples/scan_frames.rs).
    let sample: Vec<usize> = (0..160).step_by(9).collect();
    let (mut read, mut small, mut small_read) = (0, 0, 0);
    for &i in &sample {
        let frame = frames::frame(i);
        assert!(frame.text.len() <= CAMERA_CHARS);
        let texts = decode(frames::WIDTH, frames::HEIGHT, &frame.luma);
        assert!(texts.iter().all(|t| *t == frame.text), "frame {i} read as {texts:?}");
        let ok = !texts.is_empty();
        read += usize::from(ok);
        if frame.pixels_per_module < 2.4 {
            small += 1;
            small_read += usize::from(ok);
        }
    }
    assert!(small > 0 && small < sample.len());
    assert!(
        read * 100 >= sample.len() * 90,
        "{read} of {} frames read ({small_read} of {small} at 2–2.4 pixels a module)",
        sample.len()
    );
}

#[test]
fn a_frame_without_a_code_gives_nothing() {
    let grey = vec![128u8; frames::WIDTH * frames::HEIGHT];
    assert!(decode(frames::WIDTH, frames::HEIGHT, &grey).is_empty());
    assert!(decode(0, 0, &[]).is_empty());
    // Fewer pixels than the size says: nothing, and no panic.
    assert!(decode(frames::WIDTH, frames::HEIGHT, &grey[..100]).is_empty());
}
