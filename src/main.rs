//! The full build of the browser app: every page. A native build has nothing to run.

fn main() {
    #[cfg(target_arch = "wasm32")]
    tillit::start(tillit::FULL);
}
