//! The laptop's camera for the answer-code scanner: open it (a chosen camera, or the one facing
//! the user), list the cameras, read one frame's QR codes, and release it.
//!
//! Frames are read by the browser's own `BarcodeDetector` where it can read QR codes (Android,
//! macOS, ChromeOS); elsewhere by the scanner's worker (`src/bin/scan_worker.rs`), a wasm module
//! of its own that is fetched only now, so the app's wasm carries no decoder. The worker gets a
//! grayscale frame drawn from the video into a canvas and answers with the texts it found.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{HtmlCanvasElement, HtmlVideoElement, MediaStream};

/// Why the camera did not open.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum CameraError {
    /// The user or the browser's settings said no.
    Refused,
    /// No camera, or none that can be used (the page is not https, or another app holds it).
    Missing,
}

/// Why there is no decoder.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum DecoderError {
    /// Opened from a file: no worker can be started from file://, and the browser reads no QR codes.
    NeedsHosted,
    /// The worker could not be started.
    Failed,
}

/// The widest frame sent to the worker: 640 × 480 is what its decoder is measured on.
pub const FRAME_WIDTH: u32 = 640;

/// Opens a camera: `device` if given, else the one facing the user.
pub async fn open(device: Option<&str>) -> Result<MediaStream, CameraError> {
    let navigator = leptos::prelude::window().navigator();
    // Absent in an insecure context (http:// other than localhost).
    let devices = navigator.media_devices().map_err(|_| CameraError::Missing)?;
    if JsValue::from(devices.clone()).is_undefined() {
        return Err(CameraError::Missing);
    }
    let video = js_sys::Object::new();
    match device {
        Some(id) => set(&video, "deviceId", &exact(id)),
        None => set(&video, "facingMode", &JsValue::from_str("user")),
    }
    set(&video, "width", &ideal(1280.0));
    set(&video, "height", &ideal(720.0));
    let constraints = web_sys::MediaStreamConstraints::new();
    constraints.set_video(&video);
    constraints.set_audio(&JsValue::FALSE);
    let asked = devices
        .get_user_media_with_constraints(&constraints)
        .map_err(|_| CameraError::Missing)?;
    match JsFuture::from(asked).await {
        Ok(stream) => Ok(stream.unchecked_into()),
        Err(e) => {
            let name = e
                .dyn_ref::<web_sys::DomException>()
                .map(|e| e.name())
                .unwrap_or_default();
            Err(if matches!(name.as_str(), "NotAllowedError" | "SecurityError") {
                CameraError::Refused
            } else {
                CameraError::Missing
            })
        }
    }
}

/// Stops every track of `stream`: the camera's light goes out.
pub fn release(stream: &MediaStream) {
    for track in stream.get_tracks().iter() {
        track.unchecked_into::<web_sys::MediaStreamTrack>().stop();
    }
}

/// The id of the camera `stream` is from.
pub fn device_of(stream: &MediaStream) -> Option<String> {
    let track: web_sys::MediaStreamTrack = stream.get_video_tracks().get(0).dyn_into().ok()?;
    let settings = track.get_settings();
    js_sys::Reflect::get(&settings, &JsValue::from_str("deviceId"))
        .ok()?
        .as_string()
}

/// The cameras the browser offers, as (id, name). Names are known once a camera is allowed.
pub async fn cameras() -> Vec<(String, String)> {
    let Ok(devices) = leptos::prelude::window().navigator().media_devices() else {
        return Vec::new();
    };
    let Ok(listed) = devices.enumerate_devices() else {
        return Vec::new();
    };
    let Ok(list) = JsFuture::from(listed).await else {
        return Vec::new();
    };
    js_sys::Array::from(&list)
        .iter()
        .filter_map(|d| d.dyn_into::<web_sys::MediaDeviceInfo>().ok())
        .filter(|d| d.kind() == web_sys::MediaDeviceKind::Videoinput)
        .map(|d| (d.device_id(), d.label()))
        .collect()
}

/// What reads the QR codes in a frame.
pub enum Decoder {
    /// The browser's own `BarcodeDetector`.
    Browser(JsValue),
    /// The scanner's worker and the canvas frames are drawn into.
    Worker(web_sys::Worker, HtmlCanvasElement),
}

impl Decoder {
    /// The browser's decoder when it reads QR codes, else the worker (started now).
    pub async fn start() -> Result<Decoder, DecoderError> {
        if let Some(detector) = browser_detector().await {
            return Ok(Decoder::Browser(detector));
        }
        let window = leptos::prelude::window();
        if window.location().protocol().is_ok_and(|p| p == "file:") {
            return Err(DecoderError::NeedsHosted);
        }
        let options = web_sys::WorkerOptions::new();
        options.set_type(web_sys::WorkerType::Module);
        let worker =
            web_sys::Worker::new_with_options("scan_worker_loader.js", &options).map_err(|_| DecoderError::Failed)?;
        // Until its wasm has loaded, the worker drops what it is sent: no frame before it says
        // it is ready (its first message), or fails to load.
        let ready = js_sys::Promise::new(&mut |resolve, reject| {
            worker.set_onmessage(Some(&resolve));
            worker.set_onerror(Some(&reject));
        });
        if JsFuture::from(ready).await.is_err() {
            worker.terminate();
            return Err(DecoderError::Failed);
        }
        let canvas = leptos::prelude::document()
            .create_element("canvas")
            .map_err(|_| DecoderError::Failed)?
            .unchecked_into();
        Ok(Decoder::Worker(worker, canvas))
    }

    /// The texts of the QR codes in the video's current frame; nothing while it has none.
    pub async fn read(&self, video: &HtmlVideoElement) -> Result<Vec<String>, DecoderError> {
        if video.ready_state() < 2 || video.video_width() == 0 {
            return Ok(Vec::new());
        }
        match self {
            Decoder::Browser(detector) => {
                let detect: js_sys::Function = js_sys::Reflect::get(detector, &"detect".into())
                    .ok()
                    .and_then(|f| f.dyn_into().ok())
                    .ok_or(DecoderError::Failed)?;
                let found = detect.call1(detector, video).map_err(|_| DecoderError::Failed)?;
                let found = JsFuture::from(js_sys::Promise::from(found)).await.unwrap_or_default();
                Ok(js_sys::Array::from(&found)
                    .iter()
                    .filter_map(|code| js_sys::Reflect::get(&code, &"rawValue".into()).ok()?.as_string())
                    .collect())
            }
            Decoder::Worker(worker, canvas) => {
                let Some((width, height, luma)) = grayscale(video, canvas) else {
                    return Ok(Vec::new());
                };
                let frame = js_sys::Array::of3(&width.into(), &height.into(), &luma);
                // The worker answers each frame with one message: its texts.
                let answer = js_sys::Promise::new(&mut |resolve, reject| {
                    worker.set_onmessage(Some(&resolve));
                    worker.set_onerror(Some(&reject));
                });
                worker
                    .post_message_with_transfer(&frame, &js_sys::Array::of1(&luma.buffer()))
                    .map_err(|_| DecoderError::Failed)?;
                let message = JsFuture::from(answer).await.map_err(|_| DecoderError::Failed)?;
                let texts = message.unchecked_into::<web_sys::MessageEvent>().data();
                Ok(js_sys::Array::from(&texts)
                    .iter()
                    .filter_map(|t| t.as_string())
                    .collect())
            }
        }
    }

    /// Ends the worker, if there is one.
    pub fn stop(&self) {
        if let Decoder::Worker(worker, _) = self {
            worker.set_onmessage(None);
            worker.set_onerror(None);
            worker.terminate();
        }
    }
}

/// A `BarcodeDetector` for QR codes, if the browser has one that works: on desktop Linux the
/// constructor exists but lists no formats, so the formats are asked for first.
async fn browser_detector() -> Option<JsValue> {
    let class: js_sys::Function = js_sys::Reflect::get(&js_sys::global(), &"BarcodeDetector".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let formats: js_sys::Function = js_sys::Reflect::get(&class, &"getSupportedFormats".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let listed = JsFuture::from(js_sys::Promise::from(formats.call0(&class).ok()?))
        .await
        .ok()?;
    if !js_sys::Array::from(&listed).includes(&"qr_code".into(), 0) {
        return None;
    }
    let options = js_sys::Object::new();
    set(&options, "formats", &js_sys::Array::of1(&"qr_code".into()));
    js_sys::Reflect::construct(&class, &js_sys::Array::of1(&options)).ok()
}

/// The video's current frame, at most `FRAME_WIDTH` wide, as luma (0.299 R + 0.587 G + 0.114 B).
fn grayscale(video: &HtmlVideoElement, canvas: &HtmlCanvasElement) -> Option<(u32, u32, js_sys::Uint8Array)> {
    let (vw, vh) = (video.video_width(), video.video_height());
    let width = vw.min(FRAME_WIDTH);
    let height = (f64::from(vh) * f64::from(width) / f64::from(vw)).round() as u32;
    canvas.set_width(width);
    canvas.set_height(height);
    let context: web_sys::CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
    context
        .draw_image_with_html_video_element_and_dw_and_dh(video, 0.0, 0.0, f64::from(width), f64::from(height))
        .ok()?;
    let rgba = context
        .get_image_data(0.0, 0.0, f64::from(width), f64::from(height))
        .ok()?
        .data();
    let luma: Vec<u8> = rgba
        .chunks_exact(4)
        .map(|p| ((299 * u32::from(p[0]) + 587 * u32::from(p[1]) + 114 * u32::from(p[2])) / 1000) as u8)
        .collect();
    Some((width, height, js_sys::Uint8Array::from(luma.as_slice())))
}

fn set(object: &js_sys::Object, key: &str, value: &JsValue) {
    let _ = js_sys::Reflect::set(object, &JsValue::from_str(key), value);
}

fn exact(id: &str) -> JsValue {
    let o = js_sys::Object::new();
    set(&o, "exact", &JsValue::from_str(id));
    o.into()
}

fn ideal(n: f64) -> JsValue {
    let o = js_sys::Object::new();
    set(&o, "ideal", &JsValue::from_f64(n));
    o.into()
}

/// Waits `ms` milliseconds.
pub async fn pause(ms: i32) {
    let done = js_sys::Promise::new(&mut |resolve, _| {
        let _ = leptos::prelude::window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = JsFuture::from(done).await;
}

/// A short, quiet beep: a code was read. One audio context for the page (browsers allow few).
pub fn beep() {
    thread_local! {
        static AUDIO: Option<web_sys::AudioContext> = web_sys::AudioContext::new().ok();
    }
    AUDIO.with(|audio| {
        if let Some(audio) = audio {
            tone(audio);
        }
    });
}

fn tone(audio: &web_sys::AudioContext) {
    let (Ok(tone), Ok(gain)) = (audio.create_oscillator(), audio.create_gain()) else {
        return;
    };
    tone.frequency().set_value(880.0);
    gain.gain().set_value(0.1);
    let now = audio.current_time();
    let _ = tone.connect_with_audio_node(&gain);
    let _ = gain.connect_with_audio_node(&audio.destination());
    let _ = tone.start_with_when(now);
    let _ = tone.stop_with_when(now + 0.08);
}
