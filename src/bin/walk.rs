//! The walk build of the browser app: the start page and the steps, which is what a phone that
//! joins a round needs at first. Every other page is drawn by the full build (`tillit`), which
//! the page loads when one is opened (see `tillit::Pages`). A native build has nothing to run.

fn main() {
    #[cfg(target_arch = "wasm32")]
    tillit::start(tillit::WALK);
}
