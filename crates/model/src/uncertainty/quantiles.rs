//! Order statistics of the paths: the quantiles every band and range shows.

/// The quantiles the bands and ranges show.
pub const QUANTILES: [f64; 5] = [0.1, 0.25, 0.5, 0.75, 0.9];

/// Sorts `xs` (no NaNs) ascending: Shell's sort with Ciura's gaps, a few lines of code where
/// the standard library's sort adds kilobytes to the wasm, and quick enough for a few thousand
/// paths.
fn shell_sort(xs: &mut [f64]) {
    for gap in [701, 301, 132, 57, 23, 10, 4, 1] {
        for i in gap..xs.len() {
            let x = xs[i];
            let mut j = i;
            while j >= gap && xs[j - gap] > x {
                xs[j] = xs[j - gap];
                j -= gap;
            }
            xs[j] = x;
        }
    }
}

/// p10, p25, p50, p75 and p90 of `xs` (sorted in place; NaNs dropped), by the nearest rank.
pub fn quantiles(xs: &mut Vec<f64>) -> [f64; 5] {
    xs.retain(|x| !x.is_nan());
    shell_sort(xs);
    let n = xs.len();
    QUANTILES.map(|q| {
        if n == 0 {
            f64::NAN
        } else {
            xs[((q * n as f64).ceil() as usize).clamp(1, n) - 1]
        }
    })
}
