//! A page build of the browser app: the participants, the team view and the projector (see
//! `tillit::Pages`). A native build has nothing to run.

fn main() {
    #[cfg(target_arch = "wasm32")]
    tillit::start(tillit::WORKSHOP);
}
