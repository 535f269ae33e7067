//! The numbers a figure writes in digits. The validator checks `value` and `value_hi` against
//! them and the importer reads figures with the same function, so the two cannot disagree on
//! what `1,100.9亿` or `5%—5.5%` says.

/// The numbers written in digits in a figure, in order (`超过1,100.9亿元` → 1100.9;
/// `5%—5.5%` → 5, 5.5). Thousands separators are dropped; nothing else is converted.
#[must_use]
pub fn written_numbers(text: &str) -> Vec<f64> {
    let mut out = Vec::new();
    let mut digits = String::new();
    let chars: Vec<char> = text.chars().collect();
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

#[cfg(test)]
mod tests {
    use super::written_numbers;

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
}
