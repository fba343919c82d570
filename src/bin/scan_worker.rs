//! The camera scanner's worker: a wasm module of its own, run in a Web Worker and fetched only
//! when the scanner opens in a browser without a QR decoder of its own, so that the app's wasm
//! carries no decoder. It receives `[width, height, luma]` (a grayscale frame, `Uint8Array`)
//! and answers with the texts of the QR codes in it (an array of strings, often empty). Its first
//! message, `"ready"`, says that it has loaded and will answer.

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::{JsCast, closure::Closure};

    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply = scope.clone();
    let on_frame = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
        let frame: js_sys::Array = event.data().unchecked_into();
        let width = frame.get(0).as_f64().unwrap_or(0.0) as usize;
        let height = frame.get(1).as_f64().unwrap_or(0.0) as usize;
        let luma = js_sys::Uint8Array::new(&frame.get(2)).to_vec();
        let texts: js_sys::Array = tillit::scan::decode(width, height, &luma)
            .into_iter()
            .map(|text| wasm_bindgen::JsValue::from_str(&text))
            .collect();
        // The page may already be gone; nothing to do then.
        let _ = reply.post_message(&texts);
    });
    scope.set_onmessage(Some(on_frame.as_ref().unchecked_ref()));
    // Messages sent while the wasm was loading were dropped: the page sends frames only after this.
    let _ = scope.post_message(&wasm_bindgen::JsValue::from_str("ready"));
    // The worker lives as long as the scanner is open; the page ends it.
    on_frame.forget();
}

/// A native build has no worker to run.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
