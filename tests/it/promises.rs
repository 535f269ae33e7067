//! The README's promises, each checked the way a user meets it, against expectations written
//! here and not computed by the code under test. Each test was run against a bug planted in the
//! code it guards (issue #20 lists them) and failed.

#![allow(clippy::expect_used)]

use crate::common::{click_at, copied, harness, highlighted};
use egui::accesskit::Role;
use egui::{Modifiers, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use jiedu::export::{ExportScale, Target};
use jiedu::{ChartsCommand, ExportCommand, OpenCommand, ReaderCommand};
use jiedu::{Command, JieduApp};

/// The bars of a result chart on the light theme: Okabe–Ito blue, #0072B2.
const RESULT_BLUE: [u8; 3] = [0x00, 0x72, 0xB2];

/// Bars found in the rendered picture: runs of rows right of `left` where at least 12 pixels
/// have `colour`, as (top, bottom, left, right) in pixels, top to bottom.
fn bars_in_picture(image: &image::RgbaImage, colour: [u8; 3], left: u32) -> Vec<[u32; 4]> {
    let mut bars: Vec<[u32; 4]> = Vec::new();
    for y in 0..image.height() {
        let xs: Vec<u32> = (left..image.width())
            .filter(|&x| image.get_pixel(x, y).0[..3] == colour)
            .collect();
        if xs.len() < 12 {
            continue;
        }
        let (min, max) = (xs[0], xs[xs.len() - 1]);
        match bars.last_mut() {
            Some(bar) if bar[1] + 1 == y => {
                bar[1] = y;
                bar[2] = bar[2].min(min);
                bar[3] = bar[3].max(max);
            }
            _ => bars.push([y, y, min, max]),
        }
    }
    bars
}

/// Row 1: a click anywhere on a drawn bar (found by its colour in the rendered picture, not
/// where the app says it drew it) shows that bar's sentence.
#[test]
fn a_click_on_the_drawn_bar_shows_its_sentence() {
    let mut harness = harness();
    crate::common::toc(&harness, "先进制造业集群加速形成").click();
    harness.run();
    // Top to bottom in the report's order, as the source says them.
    let expected = [
        "工业投资增长57.8%",
        "技改投资增长168.5%",
        "民间投资增长18.7%",
    ];
    for (i, quote) in expected.iter().enumerate() {
        // Near the top edge and near the bottom edge, not only the middle: a click area a
        // little off the drawn bar still contains its middle.
        for edge in [0, 1] {
            // Found again before each click: the panel may move when the reader does.
            let image = harness.render().expect("renders");
            let bars = bars_in_picture(&image, RESULT_BLUE, 700);
            assert_eq!(bars.len(), 3, "the three bars of 投资增速: {bars:?}");
            let bar = bars[i];
            let x = (bar[2] + bar[3]) as f32 / 2.0;
            let y = if edge == 0 { bar[0] + 2 } else { bar[1] - 2 };
            harness.state_mut().doc.nav.highlight = None;
            click_at(&mut harness, Pos2::new(x, y as f32));
            assert_eq!(&highlighted(&harness), quote, "bar {i} at y {y}");
        }
    }
}

/// Rows 2 and 3: the copied table has the rows in the order the table shows them, and the values as
/// the report writes them.
#[test]
fn copied_csv_follows_the_table_as_shown_with_values_as_written() {
    let mut harness = harness();
    harness.get_by_label("数据").click();
    harness.run();
    // Sort by value, largest first, as a user would: two clicks on the column header.
    harness.get_by_label("数值").click();
    harness.run();
    harness.get_by_label("数值 ▲").click();
    harness.run();
    let mut shown: Vec<(f32, String)> = harness
        .query_all_by_role(Role::CheckBox)
        .map(|n| {
            let y = n.accesskit_node().bounding_box().map_or(0.0, |b| b.y0);
            (y as f32, n.accesskit_node().label().unwrap_or_default())
        })
        .collect();
    shown.sort_by(|a, b| a.0.total_cmp(&b.0));
    assert!(shown.len() >= 8, "rows shown: {}", shown.len());
    harness.get_by_label("复制表格").click();
    harness.step();
    let csv = copied(&harness);
    let labels: Vec<String> = csv
        .split("\r\n")
        .skip(1)
        .filter(|l| !l.is_empty())
        .map(|l| l.split('\t').nth(1).unwrap_or_default().to_owned())
        .collect();
    for (i, (_, label)) in shown.iter().enumerate() {
        assert_eq!(&labels[i], label, "row {i}");
    }
    // Values exactly as in the report, also where they have decimals.
    for line in [
        "signed_projects_amount\t新签约项目总金额\t314.8亿元\t314.8\t\t\t亿元\t",
        "tech_contract_value\t技术合同交易额\t4.16亿元\t4.16\t\t\t亿元\t",
        "rd_intensity\t全社会研发投入强度\t3.31%\t3.31\t\t\t%\t",
    ] {
        assert!(
            csv.lines().any(|l| l.starts_with(line)),
            "no line starts with {line}"
        );
    }
}

const FIXTURE: &str = include_str!("../fixtures/sample-report.json");

/// Rows 4 and 5: a file that does not open leaves the report that was open (not the built-in
/// one) open, at the place the user was reading.
#[test]
fn a_refused_file_keeps_the_open_report_and_the_place() {
    let dir = tempfile::tempdir().expect("temp dir");
    let good = dir.path().join("sample.json");
    std::fs::write(&good, FIXTURE).expect("write");
    let bad = dir.path().join("broken.json");
    std::fs::write(&bad, "{\"format_version\": 2, \"meta\": ").expect("write");
    let mut harness = harness();
    harness
        .state_mut()
        .apply(Command::Open(OpenCommand::OpenFile(good)));
    harness.run();
    harness
        .state_mut()
        .apply(Command::Reader(ReaderCommand::NextSection));
    harness.run();
    let place = harness.state().doc.nav.current;
    assert_ne!(
        place.section + place.chapter,
        0,
        "moved off the first section"
    );

    harness
        .state_mut()
        .apply(Command::Open(OpenCommand::OpenFile(bad)));
    harness.run();
    assert!(
        harness.state().opening.failure.is_some(),
        "the refusal is shown"
    );
    assert_eq!(
        harness.state().report().meta.title,
        "示例区政府工作报告（测试样例）"
    );
    assert_eq!(harness.state().doc.nav.current, place);
}

/// Row 6: an export replaces the file it writes as a whole (a new file renamed over the old
/// one), never rewriting the old file in place: a second name (hard link) of the old file
/// still holds the old bytes afterwards.
#[test]
fn an_export_replaces_the_file_it_writes_at_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("chart.png");
    let other_name = dir.path().join("old-chart.png");
    std::fs::write(&path, b"the old picture").expect("write");
    std::fs::hard_link(&path, &other_name).expect("hard link");
    let mut harness = harness();
    harness
        .state_mut()
        .apply(Command::Export(ExportCommand::SetExportScale(
            ExportScale::X2,
        )));
    harness
        .state_mut()
        .apply(Command::Export(ExportCommand::Export(Target::File(
            path.clone(),
        ))));
    harness.run();
    assert!(
        std::fs::read(&path)
            .expect("written")
            .starts_with(b"\x89PNG"),
        "a PNG is written"
    );
    assert_eq!(
        std::fs::read(&other_name).expect("still there"),
        b"the old picture"
    );
}

/// The same through the command line.
#[test]
fn the_command_line_replaces_the_file_it_writes_at_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("targets.png");
    let other_name = dir.path().join("old.png");
    std::fs::write(&path, b"the old picture").expect("write");
    std::fs::hard_link(&path, &other_name).expect("hard link");
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_jiedu"))
        .args(["export", "--chart", "targets_2024", "--out"])
        .arg(&path)
        .status()
        .expect("runs");
    assert!(status.success());
    assert!(
        std::fs::read(&path)
            .expect("written")
            .starts_with(b"\x89PNG")
    );
    assert_eq!(
        std::fs::read(&other_name).expect("kept"),
        b"the old picture"
    );
}

fn search(harness: &mut Harness<'_, JieduApp>, text: &str) {
    harness.key_press_modifiers(Modifiers::COMMAND, egui::Key::F);
    harness.run();
    harness.get_by_role(Role::TextInput).type_text(text);
    harness.run();
}

/// The hits as drawn in the navigator, top to bottom.
fn drawn_hits(harness: &Harness<'_, JieduApp>) -> Vec<(f64, String)> {
    let mut hits: Vec<(f64, String)> = harness
        .query_all_by_label_contains("航空")
        .filter(|n| n.accesskit_node().role() != Role::TextInput)
        .filter_map(|n| {
            let b = n.accesskit_node().bounding_box()?;
            (b.x0 < f64::from(crate::common::NAVIGATOR_RIGHT))
                .then(|| (b.y0, n.accesskit_node().label().unwrap_or_default()))
        })
        .collect();
    hits.sort_by(|a, b| a.0.total_cmp(&b.0));
    hits
}

/// Row 7: Enter in the search field goes to the next hit, then the next.
#[test]
fn enter_goes_to_the_next_hit() {
    let mut harness = harness();
    search(&mut harness, "航空");
    let hits = harness.state().doc.search.hits.clone();
    assert_eq!(hits.len(), 5, "航空 is in the text five times");
    let mut seen = Vec::new();
    for _ in 0..3 {
        harness.key_press(egui::Key::Enter);
        harness.run();
        let h = harness
            .state()
            .doc
            .nav
            .highlight
            .clone()
            .expect("a hit shown");
        seen.push((h.section, h.place, h.range.start));
    }
    let expected: Vec<_> = hits[..3]
        .iter()
        .map(|h| (h.section, h.place, h.range.start))
        .collect();
    assert_eq!(seen, expected, "hits 1, 2 and 3 in turn");
}

/// Row 8: choosing a hit in the list shows that hit, for the first, a middle and the last one.
#[test]
fn choosing_a_hit_shows_that_hit() {
    let mut harness = harness();
    search(&mut harness, "航空");
    let drawn = drawn_hits(&harness);
    assert_eq!(drawn.len(), 5, "{drawn:?}");
    // The last 航空 is in the general requirements for 2024, the others in the aviation
    // section: a hit that opened its neighbour would land in the wrong one.
    for (i, section) in [
        (0, "aviation"),
        (3, "aviation"),
        (4, "general_requirements"),
    ] {
        harness.get_by_label(&drawn[i].1).click();
        harness.run();
        assert_eq!(crate::common::current_id(&harness), section, "hit {i}");
        let h = harness.state().doc.nav.highlight.clone().expect("shown");
        assert_eq!(
            h.range.start,
            harness.state().doc.search.hits[i].range.start,
            "hit {i}"
        );
        assert_eq!(highlighted(&harness), "航空");
    }
}

/// Rows 9 and 10: a bar is announced with its label, its value as written and its period, in
/// Chinese and in English with the report's English label.
#[test]
fn bars_are_announced_with_label_value_and_period_in_both_languages() {
    let mut harness = harness();
    harness.get_by_label("主要预期目标").click();
    harness.run();
    for name in [
        "地区生产总值增长：7%，2024年",
        "规上工业增加值增长：9%，2024年",
        "一般公共预算收入增长：3%，2024年",
    ] {
        assert_eq!(
            harness.get_by_label(name).accesskit_node().role(),
            Role::Button
        );
    }
    harness.get_by_label("English").click();
    harness.run();
    for name in [
        "GDP growth: 7%, 2024",
        "Industrial value added growth (above designated size): 9%, 2024",
        "General public budget revenue growth: 3%, 2024",
    ] {
        assert_eq!(
            harness.get_by_label(name).accesskit_node().role(),
            Role::Button
        );
    }
    harness
        .state_mut()
        .apply(Command::Charts(ChartsCommand::SelectChart(
            jiedu::charts::data::ChartRef::Report(1),
        )));
    harness.run();
    harness
        .get_by_label("Private investment growth: 18.7%, Past year (2023, from the report's year)");
}
