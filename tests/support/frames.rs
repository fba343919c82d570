//! Camera frames made from the app's own answer codes, as a laptop camera sees a phone's screen:
//! about two pixels a module, rotated, in perspective, blurred, with glare, moiré from the
//! screen's pixels, low contrast and sensor noise. Grayscale (luma), as the scanner sends it.
//! Deterministic: frame `i` of a set is always the same.

use tillit::domain::answer_code::encode;
use tillit::domain::join::qr;
use tillit::domain::model::{Answer, Participant, Round};
use tillit::domain::{Content, Lang};

pub const WIDTH: usize = 640;
pub const HEIGHT: usize = 480;

pub struct Frame {
    /// The code the frame shows.
    pub text: String,
    pub luma: Vec<u8>,
    /// Pixels a module, before the perspective.
    pub pixels_per_module: f64,
}

/// A small, fixed pseudo-random sequence (xorshift), so the set is the same on every machine.
struct Random(u64);

impl Random {
    fn next(&mut self) -> f64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
    fn between(&mut self, low: f64, high: f64) -> f64 {
        low + (high - low) * self.next()
    }
    /// Roughly normal, mean 0 and deviation 1.
    fn normal(&mut self) -> f64 {
        (0..6).map(|_| self.next()).sum::<f64>() - 3.0
    }
}

/// Participant `i`'s code in a round of the app: all 35 answers, every third with a name,
/// every fifth with a short note (a longer code).
pub fn code(i: usize) -> String {
    let content = Content::get(Lang::Sv);
    let who = format!("p-{i}");
    let mut round = Round::new(
        "r-frames".into(),
        "Hemtjänsten Farsta".into(),
        "2026-11-24".into(),
        Participant {
            id: who.clone(),
            name: String::new(),
        },
    );
    let mut random = Random(0x9e37_79b9_7f4a_7c15 ^ (i as u64 + 1).wrapping_mul(0x2545_f491_4f6c_dd1d));
    for p in &content.principles {
        for s in &p.statements {
            let value = (random.next() * 6.0) as u8;
            let answer = if value == 0 {
                Some(Answer::DontKnow)
            } else {
                Answer::score_of(value)
            };
            round.assessment.set_answer(&who, &s.id, answer);
        }
    }
    if i % 5 == 4 {
        round
            .assessment
            .set_note(&who, &content.principles[0].id, "Mer tid för varandra.");
    }
    let name = if i % 3 == 2 { "Åsa" } else { "" };
    encode(&round, content, &who, name, i % 5 == 4)
}

/// Frame `i`: participant `i`'s code as the camera sees it.
pub fn frame(i: usize) -> Frame {
    let text = code(i);
    let (width, dark) = qr(&text).expect("a code fits a QR code");
    let mut random = Random(0x2545_f491_4f6c_dd1d ^ (i as u64 + 7).wrapping_mul(0x9e37_79b9_7f4a_7c15));
    // Half the frames at about two pixels a module, the rest up to four.
    let pixels_per_module = if i.is_multiple_of(2) {
        random.between(2.0, 2.4)
    } else {
        random.between(2.4, 4.0)
    };
    let quiet = 4.0;
    let side = (width as f64 + 2.0 * quiet) * pixels_per_module;
    let (cx, cy) = (
        random.between(side, WIDTH as f64 - side),
        random.between(side, HEIGHT as f64 - side),
    );
    let angle = random.between(-0.6, 0.6) + if i % 4 == 3 { std::f64::consts::FRAC_PI_2 } else { 0.0 };
    // Perspective: the phone tilted away, one edge shorter than the other.
    let tilt = random.between(0.8, 1.0);
    let half = side / 2.0;
    let corners = [(-half, -half), (half, -half * tilt), (half, half * tilt), (-half, half)];
    let quad: Vec<(f64, f64)> = corners
        .iter()
        .map(|(x, y)| {
            (
                cx + x * angle.cos() - y * angle.sin(),
                cy + x * angle.sin() + y * angle.cos(),
            )
        })
        .collect();
    let to_code = invert(square_to_quad(&quad));
    let modules = width as f64 + 2.0 * quiet;
    // A phone screen: black is not black, white is not white.
    let black = random.between(20.0, 70.0);
    let white = random.between(170.0, 235.0);
    let background = random.between(60.0, 140.0);
    // Each pixel is the mean of 3×3 samples, as a sensor's pixel averages what falls on it.
    // Only around the code: everywhere else every sample is the background.
    let (xs, ys): (Vec<f64>, Vec<f64>) = quad.iter().copied().unzip();
    let around = |v: &[f64], limit: usize| {
        let low = v.iter().copied().fold(f64::INFINITY, f64::min).floor().max(0.0) as usize;
        let high = v.iter().copied().fold(0.0, f64::max).ceil() as usize + 1;
        low..high.min(limit)
    };
    let mut image = vec![background; WIDTH * HEIGHT];
    for y in around(&ys, HEIGHT) {
        for x in around(&xs, WIDTH) {
            let mut sum = 0.0;
            for sy in 0..3 {
                for sx in 0..3 {
                    let (px, py) = (x as f64 + (sx as f64 + 0.5) / 3.0, y as f64 + (sy as f64 + 0.5) / 3.0);
                    let (u, v) = apply(&to_code, px, py);
                    sum += if (0.0..1.0).contains(&u) && (0.0..1.0).contains(&v) {
                        let (mx, my) = ((u * modules - quiet).floor(), (v * modules - quiet).floor());
                        let inside = mx >= 0.0 && my >= 0.0 && (mx as usize) < width && (my as usize) < width;
                        if inside && dark[my as usize * width + mx as usize] {
                            black
                        } else {
                            white
                        }
                    } else {
                        background
                    };
                }
            }
            image[y * WIDTH + x] = sum / 9.0;
        }
    }
    let sigma = random.between(0.4, 1.0);
    image = blur(&image, sigma);
    // Glare: a bright spot off the code's centre; moiré: a slow beat of the screen's pixel grid.
    let (gx, gy) = (cx + random.between(-half, half), cy + random.between(-half, half));
    let glare = random.between(0.0, 70.0);
    let glare_radius = random.between(0.3, 0.8) * side;
    let moire = random.between(0.0, 14.0);
    let (period, phase) = (random.between(5.0, 12.0), random.between(0.0, 6.3));
    let noise = random.between(2.0, 8.0);
    let luma = image
        .iter()
        .enumerate()
        .map(|(k, value)| {
            let (x, y) = ((k % WIDTH) as f64, (k / WIDTH) as f64);
            let d2 = ((x - gx).powi(2) + (y - gy).powi(2)) / glare_radius.powi(2);
            let lit = value + glare * (-d2).exp();
            let beat = moire * ((x * 0.8 + y * 0.6) * std::f64::consts::TAU / period + phase).sin();
            (lit + beat + noise * random.normal()).clamp(0.0, 255.0) as u8
        })
        .collect();
    Frame {
        text,
        luma,
        pixels_per_module,
    }
}

type Matrix = [[f64; 3]; 3];

/// The projective map of the unit square onto `q` (corners clockwise from top left).
fn square_to_quad(q: &[(f64, f64)]) -> Matrix {
    let [(x0, y0), (x1, y1), (x2, y2), (x3, y3)] = [q[0], q[1], q[2], q[3]];
    let (dx1, dx2, dx3) = (x1 - x2, x3 - x2, x0 - x1 + x2 - x3);
    let (dy1, dy2, dy3) = (y1 - y2, y3 - y2, y0 - y1 + y2 - y3);
    let den = dx1 * dy2 - dx2 * dy1;
    let g = (dx3 * dy2 - dx2 * dy3) / den;
    let h = (dx1 * dy3 - dx3 * dy1) / den;
    [
        [x1 - x0 + g * x1, x3 - x0 + h * x3, x0],
        [y1 - y0 + g * y1, y3 - y0 + h * y3, y0],
        [g, h, 1.0],
    ]
}

fn invert(m: Matrix) -> Matrix {
    let c = |r: usize, k: usize| {
        let (r1, r2, k1, k2) = ((r + 1) % 3, (r + 2) % 3, (k + 1) % 3, (k + 2) % 3);
        m[r1][k1] * m[r2][k2] - m[r1][k2] * m[r2][k1]
    };
    let det: f64 = (0..3).map(|k| m[0][k] * c(0, k)).sum();
    let mut out = [[0.0; 3]; 3];
    for (r, row) in out.iter_mut().enumerate() {
        for (k, cell) in row.iter_mut().enumerate() {
            *cell = c(k, r) / det;
        }
    }
    out
}

fn apply(m: &Matrix, x: f64, y: f64) -> (f64, f64) {
    let w = m[2][0] * x + m[2][1] * y + m[2][2];
    (
        (m[0][0] * x + m[0][1] * y + m[0][2]) / w,
        (m[1][0] * x + m[1][1] * y + m[1][2]) / w,
    )
}

/// A Gaussian blur of deviation `sigma` pixels, the lens slightly out of focus.
fn blur(image: &[f64], sigma: f64) -> Vec<f64> {
    let reach = (sigma * 3.0).ceil() as isize;
    let weights: Vec<f64> = (-reach..=reach)
        .map(|d| (-(d * d) as f64 / (2.0 * sigma * sigma)).exp())
        .collect();
    let total: f64 = weights.iter().sum();
    let pass = |src: &[f64], horizontal: bool| -> Vec<f64> {
        let mut out = vec![0.0; src.len()];
        for y in 0..HEIGHT as isize {
            for x in 0..WIDTH as isize {
                let mut sum = 0.0;
                for (k, w) in weights.iter().enumerate() {
                    let d = k as isize - reach;
                    let (sx, sy) = if horizontal {
                        ((x + d).clamp(0, WIDTH as isize - 1), y)
                    } else {
                        (x, (y + d).clamp(0, HEIGHT as isize - 1))
                    };
                    sum += w * src[sy as usize * WIDTH + sx as usize];
                }
                out[y as usize * WIDTH + x as usize] = sum / total;
            }
        }
        out
    };
    pass(&pass(image, true), false)
}
