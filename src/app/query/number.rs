//! Numbers as people write them in an address.

/// A number as people write it in an address: "31.5", "-2", ".5", "1e3", "inf", "NaN".
///
/// Hand-written because `str::parse::<f64>` links ~10 KB of float tables into the wasm, for
/// values that are then clamped and snapped to a slider step. Exact (correctly rounded) up to
/// 15 significant digits and exponents within ±22; beyond, within 1e-14 relative (tested
/// against Rust's parser). `None` for anything that is not a number.
pub fn parse_number(s: &str) -> Option<f64> {
    let (negative, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let magnitude = match body.to_ascii_lowercase().as_str() {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => {
            let (mantissa, exponent) = match body.split_once(['e', 'E']) {
                Some((m, e)) => (m, parse_exponent(e)?),
                None => (body, 0),
            };
            let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
            if int.is_empty() && frac.is_empty() {
                return None;
            }
            // Up to 18 significant digits are kept; later integer digits only scale.
            let (mut digits, mut scale) = (0u64, exponent);
            for (i, c) in int.bytes().chain(frac.bytes()).enumerate() {
                let d = u64::from(c.checked_sub(b'0').filter(|d| *d <= 9)?);
                let in_fraction = i >= int.len();
                if digits < 100_000_000_000_000_000 {
                    digits = digits * 10 + d;
                    scale -= i32::from(in_fraction);
                } else {
                    scale += i32::from(!in_fraction);
                }
            }
            // Two steps for tiny values, so 10^-scale itself does not overflow.
            match scale {
                i32::MIN..=-300 => digits as f64 / 10f64.powi(-scale - 290) / 1e290,
                -299..=-1 => digits as f64 / 10f64.powi(-scale),
                _ => digits as f64 * 10f64.powi(scale),
            }
        }
    };
    Some(if negative { -magnitude } else { magnitude })
}

/// The exponent after `e`: an optional sign and digits, saturated far beyond any f64.
fn parse_exponent(s: &str) -> Option<i32> {
    let (negative, digits) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    if digits.is_empty() {
        return None;
    }
    let mut e: i32 = 0;
    for c in digits.bytes() {
        let d = i32::from(c.checked_sub(b'0').filter(|d| *d <= 9)?);
        e = (e * 10 + d).min(100_000);
    }
    Some(if negative { -e } else { e })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Rust's own float parser, the reference for `parse_number`.
    fn reference(s: &str) -> Option<f64> {
        s.parse::<f64>().ok()
    }

    #[test]
    fn parse_number_agrees_with_rust_on_hand_picked_inputs() {
        let inputs = [
            "31.5",
            "-2",
            "+7",
            ".5",
            "5.",
            "007",
            "1e3",
            "2.5E-2",
            "1e+2",
            "0",
            "-0",
            "80",
            "2031",
            "1e999",
            "-1e999",
            "1e-999",
            "inf",
            "-Infinity",
            "NaN",
            "0.1",
            "0.3",
            "123456789012345",
            "99999999999999999999999",
            "",
            ".",
            "-",
            "1e",
            "1e+",
            "e5",
            "--1",
            "1.2.3",
            "1_000",
            "0x10",
            "١",
            " 1",
            "1e99999999999999",
        ];
        for s in inputs {
            match (parse_number(s), reference(s)) {
                (Some(a), Some(b)) if a.is_nan() => assert!(b.is_nan(), "{s}"),
                (a, b) => assert_eq!(a, b, "{s:?}"),
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn parse_number_is_exact_for_slider_like_values(
            int in 0u64..1_000_000_000, frac in proptest::option::of(0u32..100_000), neg: bool
        ) {
            let s = match frac {
                Some(f) => format!("{}{int}.{f}", if neg { "-" } else { "" }),
                None => format!("{}{int}", if neg { "-" } else { "" }),
            };
            proptest::prop_assert_eq!(parse_number(&s), reference(&s), "{}", s);
        }

        #[test]
        fn parse_number_is_close_to_rust_for_any_normal_float(v in proptest::num::f64::NORMAL) {
            let s = format!("{v:e}");
            let (a, b) = (parse_number(&s).unwrap(), reference(&s).unwrap());
            proptest::prop_assert!((a - b).abs() <= 1e-14 * b.abs(), "{} {} {}", s, a, b);
        }
    }
}
