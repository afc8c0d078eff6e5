//! The Listen control's schedule (charts::sound), not its sound: one note per value, series
//! after series, pitches on one scale and monotone in the values, within the two octaves.
// The wasm does without these (clippy.toml); the reference pitch from powf (a native test).
#![allow(clippy::disallowed_methods)]

use ai_infra_report::charts::sound::{LOW_HZ, PAUSE, SEMITONES, STEP};
use ai_infra_report::charts::ChartId;
use ai_infra_report::dataset::{Dataset, Load};
use ai_infra_report::model::{Assumptions, Report};

#[test]
fn one_note_per_value_with_pitch_monotone_in_the_value() {
    let d = Dataset::embedded();
    let r = Report::compute(&d, &Assumptions::article(&d));
    let high = LOW_HZ * 2f64.powf(f64::from(SEMITONES) / 12.0);
    for id in ChartId::ALL {
        let chart = id.build(&d, &r);
        let notes = chart.notes(None);
        let values: Vec<(usize, usize, f64)> = chart
            .series()
            .iter()
            .enumerate()
            .flat_map(|(i, s)| s.values.iter().enumerate().map(move |(j, v)| (i, j, *v)))
            .filter(|(_, _, v)| v.is_finite())
            .collect();
        assert_eq!(notes.len(), values.len(), "{}", id.slug());
        for (n, (i, j, _)) in notes.iter().zip(&values) {
            assert_eq!((n.series, n.point), (*i, *j), "{}", id.slug());
            assert!(
                n.hz >= LOW_HZ - 1e-9 && n.hz <= high + 1e-9,
                "{}: {}",
                id.slug(),
                n.hz
            );
        }
        // The scale spans the two octaves: the chart's lowest value at its bottom, its highest
        // at its top (a schedule of one pitch would pass the ordering below).
        let lowest = notes.iter().map(|n| n.hz).fold(f64::INFINITY, f64::min);
        let highest = notes.iter().map(|n| n.hz).fold(0.0, f64::max);
        assert!((lowest - LOW_HZ).abs() < 1e-6, "{}: {lowest}", id.slug());
        assert!(
            (highest - high).abs() < 1e-3,
            "{}: {highest} vs {high}",
            id.slug()
        );
        // A higher value never sounds lower, across all the chart's series.
        for (a, va) in notes.iter().zip(&values) {
            for (b, vb) in notes.iter().zip(&values) {
                if va.2 > vb.2 {
                    assert!(
                        a.hz >= b.hz,
                        "{}: {} at {} Hz below {} at {} Hz",
                        id.slug(),
                        va.2,
                        a.hz,
                        vb.2,
                        b.hz
                    );
                }
            }
        }
        // In time: a step between notes, a pause between series.
        for w in notes.windows(2) {
            let gap = w[1].start - w[0].start;
            let want = if w[1].series == w[0].series {
                STEP
            } else {
                PAUSE
            };
            assert!((gap - want).abs() < 1e-9, "{}: gap {gap}", id.slug());
        }
    }
}

#[test]
fn one_series_alone() {
    let d = Dataset::embedded();
    let r = Report::compute(&d, &Assumptions::article(&d));
    let chart = ChartId::CloudRevenue.build(&d, &r);
    let all = chart.notes(None);
    let azure = chart.notes(Some(1));
    assert!(azure.iter().all(|n| n.series == 1));
    assert_eq!(
        azure.len(),
        chart.series()[1]
            .values
            .iter()
            .filter(|v| v.is_finite())
            .count()
    );
    assert_eq!(azure[0].start, 0.0);
    // The same pitches as in the whole chart: one scale for every series.
    let same: Vec<f64> = all.iter().filter(|n| n.series == 1).map(|n| n.hz).collect();
    assert_eq!(azure.iter().map(|n| n.hz).collect::<Vec<_>>(), same);
}
