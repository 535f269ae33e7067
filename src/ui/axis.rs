//! The value axis as a careful designer draws it: a few gridlines at round steps (1, 2, 2.5 or
//! 5 times a power of ten), the last one just past the data, none left of zero unless a value
//! is negative. Plain numbers with no egui, so the choice is tested on its own; the figure
//! hands these marks to the plot instead of its dense default grid.

/// The round steps tried, times a power of ten.
const STEPS: [f64; 4] = [1.0, 2.0, 2.5, 5.0];

/// Gridlines from `min` to `max` every `step` (`min` and `max` are multiples of `step`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ticks {
    /// Distance between two gridlines.
    pub step: f64,
    /// The first gridline: zero, or the round value below the smallest negative one.
    pub min: f64,
    /// The last gridline: the round value at or just past the largest one.
    pub max: f64,
}

impl Ticks {
    /// Round gridlines covering `lo..=hi` and zero, with at most `max_intervals` intervals
    /// (at least one), wasting as little room past the data as they can.
    #[must_use]
    pub fn nice(lo: f64, hi: f64, max_intervals: usize) -> Self {
        Self::covering(lo.min(0.0), hi.max(0.0), max_intervals)
    }

    /// Round gridlines around `lo..=hi` only, zero left out unless near: for marks read by
    /// their position (a target's bar across a year, a result's dot), not by a bar's length,
    /// so that 5% and 5.5% stand apart. A single value gets a step of room either side.
    #[must_use]
    pub fn around(lo: f64, hi: f64, max_intervals: usize) -> Self {
        if hi - lo > f64::EPSILON {
            return Self::covering(lo, hi, max_intervals);
        }
        let room = if lo.abs() > f64::EPSILON {
            10f64.powf(lo.abs().log10().floor())
        } else {
            1.0
        };
        Self::covering(lo - room, hi + room, max_intervals)
    }

    fn covering(lo: f64, hi: f64, max_intervals: usize) -> Self {
        let span = hi - lo;
        if !span.is_finite() || span <= 0.0 {
            return Self {
                step: 1.0,
                min: 0.0,
                max: 1.0,
            };
        }
        let max_intervals = max_intervals.max(1) as f64;
        // Few enough lines to label, enough to read a value off: about five.
        let wanted = max_intervals.min(5.0);
        let base = (span / max_intervals).log10().floor() as i32;
        let mut best: Option<((f64, f64), Self)> = None;
        // Three intervals at least where they fit; fewer only when no round step gives three.
        for fewest in [wanted.min(3.0), 2.0, 1.0] {
            for exp in base - 1..=base + 2 {
                for m in STEPS {
                    let step = m * 10f64.powi(exp);
                    let min = (lo / step + 1e-9).floor() * step;
                    let max = (hi / step - 1e-9).ceil() * step;
                    let intervals = ((max - min) / step).round();
                    if intervals > max_intervals || intervals < fewest {
                        continue;
                    }
                    // Less room wasted past the data wins, then the count nearest to five.
                    let score = (((max - hi) + (lo - min)) / span, (intervals - wanted).abs());
                    let better = best.is_none_or(|((w, d), _)| {
                        score.0 < w - 1e-9 || (score.0 <= w + 1e-9 && score.1 < d)
                    });
                    if better {
                        best = Some((score, Self { step, min, max }));
                    }
                }
            }
            if best.is_some() {
                break;
            }
        }
        best.map_or(
            Self {
                step: span,
                min: lo,
                max: hi,
            },
            |(_, t)| t,
        )
    }

    /// Every gridline value, `min` to `max`.
    #[must_use]
    pub fn values(&self) -> Vec<f64> {
        let n = ((self.max - self.min) / self.step).round() as usize;
        (0..=n).map(|i| self.min + self.step * i as f64).collect()
    }
}

/// How many intervals fit a plot `width` points wide when each tick label needs `room`.
#[must_use]
pub fn intervals_for(width: f32, room: f32) -> usize {
    ((width / room.max(1.0)).floor() as usize).clamp(2, 8)
}

/// The value range a plot `frame` points wide must show so that the gridlines from `first` on
/// fit with `left` points before the first one (for its label), and every `(value, after)`
/// fits with `after` points right of it (a bar with its value label, or the last gridline
/// with half its label). `None` when the labels alone are wider than the plot.
#[must_use]
pub fn fit(first: f64, ends: &[(f64, f32)], frame: f32, left: f32) -> Option<(f64, f64)> {
    // Values per point: the largest any end needs.
    let mut per_point: f64 = 0.0;
    for &(value, after) in ends {
        let room = f64::from(frame - left - after);
        if room <= 0.0 {
            return None;
        }
        per_point = per_point.max((value - first) / room);
    }
    if per_point <= 0.0 {
        return None;
    }
    let lo = first - f64::from(left) * per_point;
    Some((lo, lo + f64::from(frame) * per_point))
}

#[cfg(test)]
mod tests {
    // Round ticks are exact numbers: comparing them exactly is the point.
    #![allow(clippy::float_cmp)]

    use super::*;

    #[test]
    fn the_axis_ends_just_past_the_data() {
        // The two cases: the axis ran to 430 for 314.8 and to about 230 for 168.5.
        assert_eq!(
            Ticks::nice(0.0, 314.8, 5),
            Ticks {
                step: 100.0,
                min: 0.0,
                max: 400.0
            }
        );
        assert_eq!(
            Ticks::nice(0.0, 314.8, 8),
            Ticks {
                step: 50.0,
                min: 0.0,
                max: 350.0
            }
        );
        assert_eq!(Ticks::nice(0.0, 168.5, 5).max, 200.0);
        assert_eq!(Ticks::nice(0.0, 9.0, 5).max, 10.0);
        // A narrow plot: no round step gives three intervals, so two, never one.
        assert_eq!(Ticks::nice(0.0, 168.5, 3).values(), vec![0.0, 100.0, 200.0]);
        // A maximum on a round number still gets a few gridlines, not one.
        assert_eq!(
            Ticks::nice(0.0, 10.0, 8).values(),
            vec![0.0, 2.0, 4.0, 6.0, 8.0, 10.0]
        );
        assert_eq!(Ticks::nice(0.0, 7.0, 4).values(), vec![0.0, 2.5, 5.0, 7.5]);
    }

    #[test]
    fn no_gridline_left_of_zero_unless_a_value_is_negative() {
        assert_eq!(Ticks::nice(3.0, 57.8, 5).min, 0.0);
        let t = Ticks::nice(-2.3, 9.0, 6);
        assert!(t.min < 0.0 && t.min >= -5.0, "{t:?}");
        assert!(t.values().contains(&0.0), "{t:?}");
    }

    #[test]
    fn a_value_on_a_round_number_ends_the_axis_there() {
        assert_eq!(Ticks::nice(0.0, 100.0, 5).max, 100.0);
        assert_eq!(Ticks::nice(0.0, 0.0, 5).max, 1.0);
    }

    #[test]
    fn the_longest_value_label_fits_inside_the_plot() {
        // 400 points wide, 10 for the first tick label; a bar to 314.8 with an 80-point label
        // and the last gridline at 400 with 15 points for half its label.
        let (lo, hi) = fit(0.0, &[(314.8, 80.0), (400.0, 15.0)], 400.0, 10.0).expect("fits");
        let px = |v: f64| (v - lo) / (hi - lo) * 400.0;
        assert!((px(0.0) - 10.0).abs() < 1e-6);
        assert!(px(314.8) + 80.0 <= 400.0 + 1e-6);
        assert!(px(400.0) + 15.0 <= 400.0 + 1e-6);
        // One of the two ends touches the right edge: no room is wasted.
        assert!((px(314.8) + 80.0 - 400.0).abs() < 1e-6 || (px(400.0) + 15.0 - 400.0).abs() < 1e-6);
        assert_eq!(fit(0.0, &[(10.0, 500.0)], 400.0, 10.0), None);
    }

    #[test]
    fn marks_read_by_position_get_gridlines_around_them_not_from_zero() {
        let t = Ticks::around(5.0, 5.5, 4);
        assert!(t.min > 0.0 && t.min <= 5.0 && t.max >= 5.5, "{t:?}");
        assert!(t.max - t.min <= 2.0, "{t:?}");
        let one = Ticks::around(5.0, 5.0, 4);
        assert!(one.min < 5.0 && one.max > 5.0 && one.min >= 0.0, "{one:?}");
        let down = Ticks::around(-3.0, -2.5, 4);
        assert!(down.max <= 0.0 && down.min <= -3.0, "{down:?}");
    }

    #[test]
    fn narrow_plots_get_fewer_intervals() {
        assert_eq!(intervals_for(240.0, 80.0), 3);
        assert_eq!(intervals_for(100.0, 80.0), 2);
        assert_eq!(intervals_for(2000.0, 80.0), 8);
    }
}
