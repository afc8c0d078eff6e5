//! Native timings: the dataset, the model's full recompute and one chart render, per call.
//! The chart is rendered to SVG and to an RGB bitmap. Natively plotters has no font backend
//! (the tests avoid one, so they do not depend on system fonts): the bitmap render lays text
//! out but does not rasterise glyphs. The browser's canvas redraw, glyphs included, is the
//! slider table in BENCHMARKS.md.
//! A plain timing loop (median of batches) keeps the benchmark dependency-free; it prints a
//! Markdown table that tools/bench.mjs copies into BENCHMARKS.md.

use ai_infra_report::charts::{ChartId, Theme};
use ai_infra_report::dataset::{Dataset, Load, DATA_FILES};
use ai_infra_report::model::{Assumptions, Key, Report};
use plotters::prelude::*;
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
};
use std::hint::black_box;
use std::time::Instant;

/// Median time per call, in microseconds, over `batches` batches of `per` calls.
fn time(batches: usize, per: usize, mut f: impl FnMut(usize)) -> f64 {
    let mut samples: Vec<f64> = (0..batches)
        .map(|b| {
            let t = Instant::now();
            for i in 0..per {
                f(b * per + i);
            }
            t.elapsed().as_secs_f64() * 1e6 / per as f64
        })
        .collect();
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

/// plotters' bitmap backend with text laid out but not drawn (no font backend natively).
struct Glyphless<'a>(BitMapBackend<'a>);

type BitmapResult =
    Result<(), DrawingErrorKind<<BitMapBackend<'static> as DrawingBackend>::ErrorType>>;

impl DrawingBackend for Glyphless<'_> {
    type ErrorType = <BitMapBackend<'static> as DrawingBackend>::ErrorType;
    fn get_size(&self) -> (u32, u32) {
        self.0.get_size()
    }
    fn ensure_prepared(&mut self) -> BitmapResult {
        self.0.ensure_prepared()
    }
    fn present(&mut self) -> BitmapResult {
        self.0.present()
    }
    fn draw_pixel(&mut self, p: BackendCoord, c: BackendColor) -> BitmapResult {
        self.0.draw_pixel(p, c)
    }
    fn draw_line<S: BackendStyle>(
        &mut self,
        a: BackendCoord,
        b: BackendCoord,
        s: &S,
    ) -> BitmapResult {
        self.0.draw_line(a, b, s)
    }
    fn draw_rect<S: BackendStyle>(
        &mut self,
        a: BackendCoord,
        b: BackendCoord,
        s: &S,
        fill: bool,
    ) -> BitmapResult {
        self.0.draw_rect(a, b, s, fill)
    }
    fn draw_text<S: BackendTextStyle>(&mut self, _: &str, _: &S, _: BackendCoord) -> BitmapResult {
        Ok(())
    }
}

fn main() {
    let d = Dataset::embedded();
    let a = Assumptions::article(&d);
    // What the page does at start-up (build the compiled-in dataset), and what the build and
    // the tests do with data/*.toml (parse and validate).
    let load = time(21, 200, |_| {
        black_box(Dataset::embedded());
    });
    let parse = time(21, 20, |_| {
        black_box(Dataset::parse(DATA_FILES).unwrap());
    });
    let model = time(21, 2000, |i| {
        black_box(Report::compute(
            &d,
            &a.with(Key::CapexGrowth, (i % 80) as f64),
        ));
    });
    let r = Report::compute(&d, &a);
    let chart = ChartId::CapexProjection.build(&d, &r);
    let svg = time(21, 50, |_| {
        let mut s = String::new();
        {
            let root = SVGBackend::with_string(&mut s, (800, 500)).into_drawing_area();
            chart.draw(&root, &Theme::default()).unwrap();
        }
        black_box(s);
    });
    let mut pixels = vec![0u8; 800 * 500 * 3];
    let bitmap = time(21, 20, |_| {
        let backend = Glyphless(BitMapBackend::with_buffer(&mut pixels, (800, 500)));
        chart
            .draw(&backend.into_drawing_area(), &Theme::default())
            .unwrap();
    });
    black_box(&pixels);
    println!("| operation | median per call |");
    println!("|---|---:|");
    println!("| dataset: build the compiled-in copy (page start-up) | {load:.1} µs |");
    println!("| dataset: parse + validate data/*.toml (build, tests) | {parse:.1} µs |");
    println!("| model: full recompute of all sections | {model:.2} µs |");
    println!("| chart: CapEx projection to SVG, 800×500 | {svg:.1} µs |");
    println!("| chart: CapEx projection to an RGB bitmap, 800×500 (text not rasterised) | {bitmap:.1} µs |");
}
