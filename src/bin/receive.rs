//! A page build of the browser app: taking in the answers from everyone's own device, by the
//! camera, pasted codes or response files (see `tillit::Pages`). A native build has nothing to
//! run.

fn main() {
    #[cfg(target_arch = "wasm32")]
    tillit::start(tillit::RECEIVE);
}
