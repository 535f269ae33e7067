//! Radicals read back from a PDF as the ideographs they stand for. A CJK font often draws an
//! ideograph and the radical of the same shape with one glyph (大 and ⼤ KANGXI RADICAL BIG, 民
//! and ⺠ CJK RADICAL CIVILIAN), and some printers (Chrome and others built on Skia) name the
//! radical in the PDF's ToUnicode map. A report's text never means the radical: each is read as
//! the ideograph, as NFKC reads the Kangxi radicals (the simplified form where a simplified font
//! shares the glyph: ⼾ is 户), and as Unicode's `CJKRadicals.txt` pairs the simplified
//! radicals with their characters. Radicals that are only parts of characters (⺅, ⺡) are kept.

/// The ideograph of each Kangxi radical, U+2F00 to U+2FD5, in order.
const KANGXI: &str = "一丨丶丿乙亅二亠人儿入八冂冖冫几凵刀力勹匕匚匸十卜卩厂厶又口囗土士夂夊夕大女子宀寸小尢尸屮山巛工己巾干幺广廴廾弋弓彐彡彳心戈户手支攴文斗斤方无日曰月木欠止歹殳毋比毛氏气水火爪父爻爿片牙牛犬玄玉瓜瓦甘生用田疋疒癶白皮皿目矛矢石示禸禾穴立竹米糸缶网羊羽老而耒耳聿肉臣自至臼舌舛舟艮色艸虍虫血行衣襾見角言谷豆豕豸貝赤走足身車辛辰辵邑酉釆里金長門阜隶隹雨靑非面革韋韭音頁風飛食首香馬骨高髟鬥鬯鬲鬼魚鳥鹵鹿麥麻黃黍黑黹黽鼎鼓鼠鼻齊齒龍龜龠";

/// CJK Radicals Supplement characters that are whole characters of simplified text.
const SUPPLEMENT: [(char, char); 30] = [
    ('⺟', '母'),
    ('⺠', '民'),
    ('⻅', '见'),
    ('⻆', '角'),
    ('⻈', '讠'),
    ('⻉', '贝'),
    ('⻋', '车'),
    ('⻐', '钅'),
    ('⻓', '长'),
    ('⻔', '门'),
    ('⻘', '青'),
    ('⻙', '韦'),
    ('⻚', '页'),
    ('⻛', '风'),
    ('⻜', '飞'),
    ('⻝', '食'),
    ('⻠', '饣'),
    ('⻢', '马'),
    ('⻣', '骨'),
    ('⻤', '鬼'),
    ('⻥', '鱼'),
    ('⻦', '鸟'),
    ('⻧', '卤'),
    ('⻨', '麦'),
    ('⻩', '黄'),
    ('⻪', '黾'),
    ('⻬', '齐'),
    ('⻮', '齿'),
    ('⻰', '龙'),
    ('⻳', '龟'),
];

/// The ideograph `c` is drawn as, or `c` itself.
fn ideograph(c: char) -> char {
    let code = u32::from(c);
    if (0x2F00..=0x2FD5).contains(&code) {
        let at = usize::try_from(code - 0x2F00).unwrap_or(usize::MAX);
        return KANGXI.chars().nth(at).unwrap_or(c);
    }
    SUPPLEMENT
        .iter()
        .find(|(radical, _)| *radical == c)
        .map_or(c, |(_, ideograph)| *ideograph)
}

/// `text` with every radical that stands for a whole character read as that character, and a
/// two- or three-em dash (one glyph for ——) as the em dashes it is drawn as.
#[must_use]
pub fn unshared(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\u{2E3A}' => out.push_str("——"),
            '\u{2E3B}' => out.push_str("———"),
            c => out.push(ideograph(c)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn radicals_that_stand_for_characters_are_read_as_them() {
        // As Chrome's PDF of a report names them (each checked against the text printed).
        assert_eq!(unshared("⼤⼒⽀持⼈⺠⽣活⽔平"), "大力支持人民生活水平");
        assert_eq!(
            unshared("⻓三⻆⼀体化，⼾籍，⻛险"),
            "长三角一体化，户籍，风险"
        );
        assert_eq!(unshared("⸺2026年"), "——2026年");
    }

    #[test]
    fn text_and_radicals_that_are_only_parts_stay() {
        assert_eq!(unshared("增长5.5%，１２％"), "增长5.5%，１２％");
        assert_eq!(unshared("⺅⺡"), "⺅⺡");
    }

    #[test]
    fn the_kangxi_table_has_every_radical_once() {
        assert_eq!(KANGXI.chars().count(), 214);
        assert_eq!(ideograph('\u{2F00}'), '一');
        assert_eq!(ideograph('\u{2FD5}'), '龠');
    }
}
