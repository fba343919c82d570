//! The walk build of the browser app: the start page, the steps and handing one's answers in,
//! which is all a phone that joins a round needs. Every other page is drawn by a page build,
//! which the page loads when one is opened (see `tillit::Pages`). A native build has nothing to
//! run.

fn main() {
    #[cfg(target_arch = "wasm32")]
    tillit::start(tillit::WALK);
}
