//! A page build of the browser app: the overview of many units, results over time and the
//! backup (see `tillit::Pages`). A native build has nothing to run.

fn main() {
    #[cfg(target_arch = "wasm32")]
    tillit::start(tillit::OVERVIEW);
}
