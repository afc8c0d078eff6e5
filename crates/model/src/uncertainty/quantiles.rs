//! Order statistics of the paths: the quantiles every band and range shows.

/// The quantiles the bands and ranges show.
pub const QUANTILES: [f64; 5] = [0.1, 0.25, 0.5, 0.75, 0.9];

/// Where the paths fall: the values below which 10, 25, 50, 75 and 90 % of them lie.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Quantiles {
    pub p10: f64,
    pub p25: f64,
    pub p50: f64,
    pub p75: f64,
    pub p90: f64,
}

impl Quantiles {
    /// Every quantile of no paths at all.
    pub const NAN: Quantiles = Quantiles::from_array([f64::NAN; 5]);

    /// From the values at [`QUANTILES`], in that order.
    pub const fn from_array([p10, p25, p50, p75, p90]: [f64; 5]) -> Quantiles {
        Quantiles {
            p10,
            p25,
            p50,
            p75,
            p90,
        }
    }

    /// The values at [`QUANTILES`], in that order.
    pub const fn to_array(self) -> [f64; 5] {
        [self.p10, self.p25, self.p50, self.p75, self.p90]
    }

    /// The middle 80 % of the paths: (p10, p90), what every range on the page gives.
    pub const fn outer(self) -> (f64, f64) {
        (self.p10, self.p90)
    }

    /// The middle 50 %: (p25, p75), the inner band.
    pub const fn inner(self) -> (f64, f64) {
        (self.p25, self.p75)
    }
}

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
pub fn quantiles(xs: &mut Vec<f64>) -> Quantiles {
    xs.retain(|x| !x.is_nan());
    shell_sort(xs);
    let n = xs.len();
    Quantiles::from_array(QUANTILES.map(|q| {
        if n == 0 {
            f64::NAN
        } else {
            xs[((q * n as f64).ceil() as usize).clamp(1, n) - 1]
        }
    }))
}
