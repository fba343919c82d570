//! Entry point of the browser app; a native build has nothing to run.

fn main() {
    #[cfg(target_arch = "wasm32")]
    tillit::start();
}
