//! A page build of the browser app: the time-thief audit (see `tillit::Pages`). A native build
//! has nothing to run.

fn main() {
    #[cfg(target_arch = "wasm32")]
    tillit::start(tillit::THIEVES);
}
