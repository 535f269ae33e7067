//! The numbers a figure writes in digits. The validator checks `value` and `value_hi` against
//! them and the importer reads figures with the same function, so the two cannot disagree on
//! what `1,100.9亿` or `5%—5.5%` says.

/// The numbers written in digits in a figure, in order (`超过1,100.9亿元` → 1100.9;
/// `5%—5.5%` → 5, 5.5). Thousands separators are dropped; nothing else is converted.
/// Digits and decimal points written full-width (`１２．５`, as older reports and the text of
/// many PDFs write them) count as the same numbers.
#[must_use]
pub fn written_numbers(text: &str) -> Vec<f64> {
    let mut out = Vec::new();
    let mut digits = String::new();
    let chars: Vec<char> = text.chars().map(half_width).collect();
    for (i, &c) in chars.iter().enumerate() {
        let next_is_digit = chars.get(i + 1).is_some_and(char::is_ascii_digit);
        if c.is_ascii_digit() || (c == '.' && !digits.is_empty() && next_is_digit) {
            digits.push(c);
        } else if c == ',' && !digits.is_empty() && next_is_digit {
            // a thousands separator inside the number
        } else if !digits.is_empty() {
            out.extend(digits.parse::<f64>().ok());
            digits.clear();
        }
    }
    out.extend(digits.parse::<f64>().ok());
    out
}

/// The ASCII form of a full-width digit or of the signs written with numbers (`１` → `1`,
/// `．` → `.`, `％` → `%`, `－` → `-`, `＋` → `+`, `，` stays: it separates clauses); any other
/// character as it is. One character for one, so a text folded with it keeps its character
/// positions.
#[must_use]
pub fn half_width(c: char) -> char {
    match c {
        '０'..='９' | '．' | '％' | '－' | '＋' => {
            // The full-width forms sit 0xFEE0 above their ASCII forms.
            char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c)
        }
        _ => c,
    }
}

/// `text` with [`half_width`] applied to each character.
#[must_use]
pub fn fold_width(text: &str) -> String {
    text.chars().map(half_width).collect()
}

/// Chinese magnitude words that open a unit, largest first (`万亿` before `万`).
const MAGNITUDES: [(&str, f64); 6] = [
    ("万亿", 1e12),
    ("千万", 1e7),
    ("百万", 1e6),
    ("亿", 1e8),
    ("万", 1e4),
    ("千", 1e3),
];

/// How many of its base unit a unit holds when it opens with a magnitude word: `亿元` → 1e8
/// (of 元), `万人次` → 1e4 (of 人次), `%` → 1. For ordering figures of different units by size
/// (`7098万元` is less than `314.8亿元`); a figure's value is never converted with it.
#[must_use]
pub fn unit_scale(unit: &str) -> f64 {
    MAGNITUDES
        .iter()
        .find(|(word, _)| unit.starts_with(word))
        .map_or(1.0, |(_, scale)| *scale)
}

#[cfg(test)]
mod tests {
    use super::{half_width, unit_scale, written_numbers};

    #[test]
    #[allow(clippy::float_cmp)] // exact powers of ten, compared exactly
    fn a_unit_says_its_magnitude() {
        assert_eq!(unit_scale("亿元"), 1e8);
        assert_eq!(unit_scale("万亿元"), 1e12);
        assert_eq!(unit_scale("万元"), 1e4);
        assert_eq!(unit_scale("万人次"), 1e4);
        assert_eq!(unit_scale("千万元"), 1e7);
        assert_eq!(unit_scale("百万吨"), 1e6);
        assert_eq!(unit_scale("千克"), 1e3);
        assert_eq!(unit_scale("元"), 1.0);
        assert_eq!(unit_scale("%"), 1.0);
        assert_eq!(unit_scale("个百分点"), 1.0);
    }

    #[test]
    fn reads_each_number_in_order_without_converting() {
        assert_eq!(written_numbers("57.8%"), vec![57.8]);
        assert_eq!(written_numbers("超过1,100.9亿元"), vec![1100.9]);
        assert_eq!(written_numbers("5%—5.5%"), vec![5.0, 5.5]);
        assert_eq!(written_numbers("5~8条"), vec![5.0, 8.0]);
        assert_eq!(written_numbers("2.1"), vec![2.1]);
        assert_eq!(
            written_numbers("居民收入增长与经济增长同步"),
            Vec::<f64>::new()
        );
        // A full stop after a number ends it; it is not a decimal point.
        assert_eq!(written_numbers("增长7."), vec![7.0]);
    }

    #[test]
    fn full_width_digits_are_the_same_numbers() {
        assert_eq!(written_numbers("１１．１％"), vec![11.1]);
        assert_eq!(written_numbers("５％—５．５％"), vec![5.0, 5.5]);
        // A full-width comma separates clauses: two numbers, not one.
        assert_eq!(written_numbers("１，２"), vec![1.0, 2.0]);
        assert_eq!(half_width('９'), '9');
        assert_eq!(half_width('０'), '0');
        assert_eq!(half_width('％'), '%');
        assert_eq!(half_width('－'), '-');
        assert_eq!(half_width('，'), '，');
        assert_eq!(half_width('年'), '年');
    }
}
