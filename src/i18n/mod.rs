//! Every UI string in both interface languages, in one table: each entry gives the Chinese and
//! the English text side by side, so a string cannot be added in one language only (the macro
//! takes both). Strings with `{name}` placeholders are filled by the methods in
//! [`fill`]; a test checks that both languages use the same placeholders.
//!
//! No egui here: the export, the command line and the data table use the same table; panels
//! read the language of the frame through `crate::ui::strings`.

use serde::{Deserialize, Serialize};

/// Interface language. The report's own text is shown as written in either.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Lang {
    /// 中文 (the default).
    #[default]
    Zh,
    /// English.
    En,
}

pub mod errors;
pub mod fill;

macro_rules! table {
    ($($key:ident: $zh:literal, $en:literal;)*) => {
        /// The UI strings of one language.
        #[allow(missing_docs)]
        pub struct Strings {
            /// Which language this is.
            pub lang: Lang,
            $(pub $key: &'static str,)*
        }

        /// Chinese (the default).
        pub static ZH: Strings = Strings { lang: Lang::Zh, $($key: $zh,)* };
        /// English.
        pub static EN: Strings = Strings { lang: Lang::En, $($key: $en,)* };

        impl Strings {
            /// Every entry as (key, text), for tests.
            #[must_use]
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($key), self.$key)),*]
            }
        }
    };
}

table! {
    app_name: "解读", "Jiedu";
    prev: "◀ 上一节", "◀ Previous";
    next: "下一节 ▶", "Next ▶";
    prev_hint: "上一节（PageUp 或 ←）", "Previous section (PageUp or ←)";
    next_hint: "下一节（PageDown 或 →）", "Next section (PageDown or →)";
    search: "搜索", "Search";
    search_hint: "搜索全文（{keys}）", "Search the full text ({keys})";
    clear_search: "清除", "Clear";
    clear_search_hint: "清除搜索（Esc）", "Clear the search (Esc)";
    text_smaller: "A−", "A−";
    text_bigger: "A+", "A+";
    text_smaller_hint: "缩小字号（{keys}）", "Smaller text ({keys})";
    text_bigger_hint: "放大字号（{keys}）", "Larger text ({keys})";
    text_reset_hint: "恢复默认字号（{keys}）", "Default text size ({keys})";
    text_size_n: "字号 {n}%", "Text {n}%";
    theme_light: "浅色", "Light";
    theme_dark: "深色", "Dark";
    theme_hint: "切换浅色/深色主题", "Switch between light and dark";
    switch_language: "English", "中文";
    switch_language_hint: "Switch the interface to English", "界面切换为中文";
    contents: "目录", "Contents";
    contents_toggle: "目录栏", "Contents pane";
    contents_hint: "显示或隐藏目录（窄窗口里默认隐藏，留给正文）", "Show or hide the contents (hidden by default in a narrow window, to leave room for the text)";
    no_hits: "没有找到", "Nothing found";
    hit_count_n: "找到 {total} 处", "{total} matches";
    hit_count_capped: "找到 {total} 处，显示前 {shown} 处", "{total} matches, first {shown} shown";
    position_n: "第 {n} / {of} 节", "Section {n} / {of}";
    editor_added: "（编者加）", " (editor's heading)";
    editor_added_hint: "原文没有这个标题，由编者添加", "The article has no heading here; the editor added it";
    editor_note: "编者注：", "Editor's note: ";
    load_failed: "无法载入报告", "Could not load the report";
    colon: "：", ": ";
    title_with_unit: "{title}（{unit}）", "{title} ({unit})";
    figure_hint_value: "数值", "Value";
    figure_hint_period: "时期", "Period";
    figure_hint_kind: "类型", "Kind";
    figure_hint_truncated: "原文在此中断", "The source text breaks off here";
    figure_hint_chart: "点击在图表中查看", "Click to see it in a chart";
    figure_hint_no_chart: "这个数字不在任何图表中，点击查看详情", "No chart has this figure; click for its details";
    figure_link: "{value}（{label}）", "{value} ({label})";
    charts: "图表与数据", "Charts and data";
    charts_hint: "显示或隐藏图表面板", "Show or hide the chart panel";
    no_chart: "这份报告没有图表", "This report has no chart";
    targets_not_results: "预期目标（计划），不是实际完成值", "Targets (the plan), not results";
    sort: "排序：", "Order:";
    sort_report: "按报告顺序", "As in the report";
    sort_value: "按数值大小", "By value";
    in_this_section: " · 本节", " · this section";
    chart_source_hint: "悬停在柱子上查看原文句子，点击跳到正文中的这句话。键盘：Tab 进入图表，↑↓ 在柱子间移动，Enter 跳到原文。", "Hover a bar to see its sentence; click it to go there in the text. Keyboard: Tab into the chart, ↑↓ move between bars, Enter goes to the sentence.";
    click_to_read: "点击跳到正文中的这句话", "Click to go to this sentence in the text";
    enter_to_read: "按 Enter 跳到正文中的这句话", "Press Enter to go to this sentence in the text";
    enter_to_chart: "按 Enter 在图表中查看", "Press Enter to see it in a chart";
    bar_label_n: "{label}：{value}，{period}", "{label}: {value}, {period}";
    chart_summary_n: "图表“{title}”，单位：{unit}，共 {n} 项。最高：{max_label}，{max}；最低：{min_label}，{min}。", "Chart “{title}”, unit: {unit}, {n} bars. Highest: {max_label}, {max}; lowest: {min_label}, {min}.";
    chart_summary_label: "图表文字摘要", "Chart summary";
    figure_details: "数字详情", "Figure details";
    figure_source: "原文", "Source text";
    close: "关闭", "Close";
    tab_charts: "图表", "Charts";
    log_scale: "对数刻度", "Log scale";
    log_scale_hint: "数值相差超过两个数量级：用对数刻度看清小的数值", "The values span more than a hundredfold: a log scale shows the small ones";
    reset_view: "重置视图", "Reset view";
    reset_view_hint: "撤销缩放和平移（也可双击图表）；Ctrl+滚轮缩放，拖动平移", "Undo zoom and pan (or double-click the chart); Ctrl+wheel zooms, dragging pans";
    source_line: "来源：{title} · 解读 Jiedu", "Source: {title} · Jiedu";
    source_line_details: "来源：{title}（{details}） · 解读 Jiedu", "Source: {title} ({details}) · Jiedu";
    source_separator: "，", ", ";
    tab_data: "数据", "Data";
    filter: "筛选", "Filter";
    filter_hint: "按指标、数值或原文筛选", "Filter by indicator, value or source text";
    any_kind: "全部类型", "All kinds";
    any_chapter: "全部章节", "All chapters";
    any_unit: "全部单位", "All units";
    sort_by_size_hint: "按大小排序：万元、亿元、万亿元等按数量级比较（7098万元小于314.8亿元）；数值仍按原文显示", "Sorted by size: units of ten thousand, a hundred million and a trillion are compared by magnitude (7,098 ten-thousand yuan is less than 314.8 hundred-million yuan); values stay as written";
    copy_table: "复制表格", "Copy table";
    copy_table_hint: "把表中显示的行（含表头）复制到剪贴板，以制表符分隔：可直接粘贴到 Excel、WPS 或 LibreOffice", "Copy the rows shown (with the header) to the clipboard, tab-separated: paste them straight into Excel, WPS or LibreOffice";
    save_csv: "保存 CSV…", "Save CSV…";
    save_csv_hint: "把表中显示的行保存为 CSV 文件（UTF-8 带 BOM，Excel 可直接打开中文）", "Save the rows shown as a CSV file (UTF-8 with BOM, so Excel opens the Chinese correctly)";
    csv_dialog_title: "保存表格为 CSV", "Save the table as CSV";
    csv_filter: "CSV 表格", "CSV table";
    saved_csv_n: "已保存 {n} 行到 {path}", "Saved {n} rows to {path}";
    csv_failed_n: "无法保存 CSV：{detail}", "Cannot save the CSV: {detail}";
    q_about: "约", "about";
    q_at_least: "至少", "at least";
    q_at_most: "至多", "at most";
    q_over: "超过", "over";
    q_nearly: "接近", "nearly";
    q_range: "区间", "range";
    copied_rows_n: "已复制 {n} 行（制表符分隔，含表头）", "Copied {n} rows (tab-separated, with the header)";
    table_header: "id,指标,原文数值,数值,上限,限定,单位,类型,时期,小节,原文,注", "id,indicator,as written,value,upper value,qualifier,unit,kind,period,section,source text,note";
    chart_these: "用勾选的行作图", "Chart the ticked rows";
    chart_needs_rows: "先勾选要作图的行", "Tick the rows to chart first";
    chart_needs_numbers: "勾选的行里有没有数值的指标", "Some ticked rows have no value";
    chart_needs_one_unit: "勾选的行单位不同：一个图表只能有一种单位", "The ticked rows have different units: a chart has one unit";
    custom_chart_n: "自选图表 {n}", "My chart {n}";
    row_count_n: "显示 {shown} / {total} 个指标", "{shown} of {total} indicators";
    col_label: "指标", "Indicator";
    chapter: "章节", "Chapter";
    tick_hint: "勾选同一单位的几行，再点“用勾选的行作图”", "Tick rows of one unit, then “Chart the ticked rows”";
    col_value: "数值", "Value";
    col_unit: "单位", "Unit";
    col_kind: "类型", "Kind";
    col_period: "时期", "Period";
    col_section: "小节", "Section";
    row_hint: "点击跳到正文中的这句话", "Click to go to this sentence in the text";
    kind_growth_rate: "增速", "Growth rate";
    kind_amount: "金额", "Amount";
    kind_count: "数量", "Count";
    kind_share: "比率", "Share";
    kind_level: "规模", "Level";
    kind_target: "目标", "Target";
    kind_point_change: "百分点变化", "Change in points";
    period_review_year: "过去一年（{year}年，由报告年份推算）", "Past year ({year}, from the report's year)";
    period_review_short: "过去一年", "Past year";
    period_plan_year: "{year}年", "{year}";
    period_plan: "本年度", "The report's year";
    period_five_year_review: "上一个五年规划期", "The five-year plan period just ended";
    period_five_year_review_short: "五年回顾", "Five-year review";
    period_five_year_goal: "下一个五年规划期及更远的目标", "The next five-year plan period and beyond";
    period_five_year_goal_short: "五年目标", "Five-year goals";
    file_menu: "文件", "File";
    open_report: "打开报告…", "Open report…";
    open_report_hint: "打开另一份同格式的报告（JSON 文件，{keys}；也可以把文件拖到窗口里）", "Open another report in the same format (a JSON file, {keys}; or drop the file on the window)";
    recent_files: "最近打开", "Recent";
    no_recent_files: "（没有）", "(none)";
    built_in_report: "内置报告：解读上街区政府工作报告", "Built-in report: Shangjie district work report";
    open_dialog_title: "打开报告", "Open report";
    report_filter: "Jiedu 报告（JSON）", "Jiedu report (JSON)";
    import_text: "导入文本…", "Import text…";
    import_text_hint: "把政府工作报告的纯文本（.txt）做成带图表的报告（{keys}）。也可以把 .txt 文件拖到窗口里，或直接在窗口中粘贴全文。", "Make a report with charts from a work report's plain text (.txt) ({keys}). You can also drop a .txt file on the window or paste the whole text into it.";
    import_dialog_title: "导入政府工作报告文本", "Import a work report's text";
    text_filter: "纯文本", "Plain text";
    importing_n: "正在导入 {name}…", "Importing {name}…";
    imported_n: "已从 {name} 导入：{chapters} 章，{figures} 个数字，{charts} 个图表；按 {encoding} 读取。数字由程序识别，请对照原文核对。", "Imported from {name}: {chapters} chapters, {figures} figures, {charts} charts; read as {encoding}. The figures were found by the program: check them against the text.";
    reimport_as_n: "按 {encoding} 重新读取", "Read again as {encoding}";
    reimport_hint: "文字显示成乱码时，换一种编码重新读取同一份文本", "When the text shows as gibberish, read the same text again in another encoding";
    pasted_text: "粘贴的文本", "the pasted text";
    import_failed_n: "无法导入 {name}：{detail}", "Cannot import {name}: {detail}";
    imp_empty: "文本是空的", "the text is empty";
    imp_too_large: "文件太大：{bytes} 字节（上限 {limit} 字节）", "the file is too large: {bytes} bytes (the limit is {limit})";
    imp_binary: "这不是纯文本（图片、压缩包或 Word 文档？请先另存为 .txt）", "this is not plain text (an image, archive or Word document? Save it as .txt first)";
    imp_not_text: "这些字节不是有效的 {encoding} 文本，请换一种编码读取", "the bytes are not valid {encoding} text: read it in another encoding";
    imp_already: "这已经是解读的报告文件（JSON），请用“打开报告…”打开", "this is already a Jiedu report (JSON): open it with “Open report…”";
    imp_too_many: "文本中的数字超过 {limit} 个", "the text has more than {limit} figures";
    imp_read: "无法读取文件：{detail}", "the file cannot be read: {detail}";
    imp_stopped: "导入意外中止（详情见日志）", "the import stopped unexpectedly (the log has details)";
    no_open_dialog: "无法显示打开文件的对话框。可以把报告文件拖到窗口里，或在命令行中运行 jiedu <文件>。", "The open dialog cannot be shown. Drop the report file on the window, or run jiedu <file> from a terminal.";
    open_failed: "无法打开报告", "Could not open the report";
    open_failed_kept: "当前打开的报告保持不变。", "The report that was open stays open.";
    ok: "好", "OK";
    drop_to_open: "松开鼠标，打开这份报告", "Drop to open this report";
    export: "导出 PNG…", "Export PNG…";
    export_hint: "把图表存为 PNG 图片（{keys}）", "Save the chart as a PNG image ({keys})";
    copy_image: "复制图片", "Copy image";
    copy_image_hint: "把图表作为图片复制到剪贴板（{keys}）", "Copy the chart to the clipboard as an image ({keys})";
    export_all: "全部导出…", "Export all…";
    export_all_hint: "把每个图表各存为一张 PNG，放进选定的文件夹", "Save every chart as its own PNG in a folder you pick";
    export_scale_hint: "导出图片的清晰度：1× 与屏幕相同，2×、3× 更清晰（适合幻灯片和印刷）", "Image resolution: 1× as on screen, 2× and 3× sharper (for slides and print)";
    save_dialog_title: "导出图表为 PNG", "Export chart as PNG";
    folder_dialog_title: "选择导出文件夹", "Choose a folder for the images";
    png_filter: "PNG 图片", "PNG image";
    open_folder: "打开文件夹", "Open folder";
    export_failed: "导出失败", "Export failed";
    err_renderer: "无法启动离屏渲染（no renderer）：{detail}", "Offscreen rendering could not start (no renderer): {detail}";
    err_render: "渲染图表失败：{detail}", "Drawing the chart failed: {detail}";
    err_encode: "无法编码 PNG：{detail}", "The PNG could not be encoded: {detail}";
    err_write: "无法写入 {path}：{detail}", "Cannot write {path}: {detail}";
    err_no_chart: "没有这个图表：{detail}", "No such chart: {detail}";
    err_nothing_to_draw: "“{title}”还没有确认过的数字，没有导出（待确认的数字确认后才画进图中）", "“{title}” has no figure accepted yet and was not exported (figures are drawn once accepted)";
    err_not_shown: "图表尚未显示，无法截图", "The chart is not on screen yet, so it cannot be captured";
    nothing_lost: "原有文件未被改动。", "No existing file was changed.";
    no_dialog: "无法打开保存对话框，已存到默认文件夹。", "The save dialog cannot be shown; the image went to the default folder.";
    saved_to_n: "已保存 {w}×{h} 像素的图片：{path}", "Saved a {w}×{h} pixel image: {path}";
    copied_image_n: "已复制 {w}×{h} 像素的图片到剪贴板", "Copied a {w}×{h} pixel image to the clipboard";
    exporting_n: "正在导出图表 {done} / {total}…", "Exporting chart {done} / {total}…";
    exported_all_n: "已导出 {written} / {total} 张图到 {folder}", "Exported {written} / {total} images to {folder}";
    rule_empty: "不能为空", "must not be empty";
    rule_empty_id: "id 不能为空", "the id must not be empty";
    rule_duplicate_id: "id “{id}” 重复", "the id “{id}” is used twice";
    rule_too_many: "{what}过多：{count} 个，上限 {limit} 个", "too many {what}: {count}, at most {limit}";
    counted_sections: "小节", "sections";
    counted_indicators: "指标", "indicators";
    counted_charts: "图表", "charts";
    counted_bars: "柱子", "bars";
    rule_version: "不支持的格式版本 {found}（本程序读取版本 {supported}）", "format version {found} is not supported (this program reads version {supported})";
    rule_no_chapters: "报告没有任何章节", "the report has no chapters";
    rule_no_sections: "章节没有任何小节", "the chapter has no sections";
    rule_no_paragraphs: "小节没有任何段落", "the section has no paragraphs";
    rule_unknown_section: "未知的小节 id “{id}”", "no section has the id “{id}”";
    rule_unknown_indicator: "未知的指标 id “{id}”", "no indicator has the id “{id}”";
    rule_quote_not_in_section: "引文“{quote}”不是小节“{section}”中的原文", "the quote “{quote}” is not text of section “{section}”";
    rule_value_not_in_quote: "数值“{value_text}”没有出现在引文“{quote}”中", "the figure “{value_text}” does not occur in the quote “{quote}”";
    rule_value_out_of_range: "数值 {value} 超出范围（绝对值上限 {limit}）", "the value {value} is out of range (magnitude at most {limit})";
    rule_value_mismatch: "数值 {value} 与原文“{value_text}”中的 {written} 不符", "the value {value} is not the {written} written in “{value_text}”";
    rule_no_number: "原文“{value_text}”中没有数字", "“{value_text}” has no number";
    rule_not_finite: "数值必须是有限数", "the value must be a finite number";
    rule_empty_unit: "单位不能为空字符串（没有单位时用 null）", "the unit must not be an empty string (use null for no unit)";
    rule_unit_not_in_text: "单位“{unit}”没有出现在原文“{value_text}”中", "the unit “{unit}” does not occur in “{value_text}”";
    rule_no_bars: "图表没有任何指标", "the chart has no indicators";
    rule_value_hi_mismatch: "上限 {value_hi} 不是原文“{value_text}”中的第二个数字，或不大于下限", "the high end {value_hi} is not the second number written in “{value_text}”, or not above the low end";
    rule_range_without_hi: "区间（qualifier: range）必须同时给出 value_hi，反之亦然", "a range (qualifier: range) needs value_hi, and value_hi needs a range";
    rule_needs_newer_version: "“{what}”要求格式版本 {version} 或更高", "“{what}” needs format version {version} or later";
    rule_chart_mixes: "指标“{id}”的{mixed}与图表第一个柱子不同：一个图表只能有一种{mixed}", "indicator “{id}” differs in {mixed} from the chart's first bar: a chart has one {mixed}";
    mixed_kind: "类型", "kind";
    mixed_period: "时期", "period";
    rule_bar_without_value: "指标“{id}”没有数值，不能画成柱子（可放入 footnotes）", "indicator “{id}” has no value and cannot be a bar (it can go in footnotes)";
    rule_unit_mismatch: "指标“{id}”的单位“{unit}”与图表单位“{chart_unit}”不同：一个图表只能有一种单位", "indicator “{id}” is in “{unit}” but the chart in “{chart_unit}”: a chart has one unit";
    no_unit: "无", "none";
    problem_line: "{path}：{message}", "{path}: {message}";
    problem_of_line: "{subject}：{message}（{path}）", "{subject}: {message} ({path})";
    subject_figure: "数字“{label}”（{value}）", "figure “{label}” ({value})";
    subject_section: "小节“{title}”", "section “{title}”";
    subject_chapter: "章“{title}”", "chapter “{title}”";
    subject_chart: "图表“{title}”", "chart “{title}”";
    load_shape: "报告的格式有 {n} 处问题：", "Values of the wrong form in the report: {n}";
    fault_eof: "文件在这里意外结束（文件可能不完整）", "the file ends here unexpectedly (it may be cut off)";
    fault_expected_value: "这里缺少一个值", "a value is missing here";
    fault_expected_comma: "这里缺少逗号或“{close}”", "a comma or “{close}” is missing here";
    fault_expected_colon: "键后面缺少冒号", "a colon is missing after the key";
    fault_trailing_comma: "右括号前多了一个逗号", "a comma too many before the closing bracket";
    fault_trailing: "报告结束后还有多余的内容", "there is more text after the report";
    fault_key_string: "键必须放在双引号里", "keys must be in double quotes";
    fault_control: "文字里有控制字符（如未转义的换行）", "a control character (an unescaped line break?) in a text";
    fault_escape: "文字里有无效的转义（\\）", "an invalid escape (\\) in a text";
    fault_number: "无效的数字", "an invalid number";
    fault_wrong_type: "这里应是{expected}，却是 {found}", "this should be {expected}, but is {found}";
    fault_missing: "缺少必需的字段“{name}”", "the required field “{name}” is missing";
    fault_unknown_field: "格式里没有字段“{name}”（拼写有误？）", "the format has no field “{name}” (a typo?)";
    fault_unknown_variant: "“{found}”不是这里允许的值（允许：{allowed}）", "“{found}” is not allowed here (allowed: {allowed})";
    fault_duplicate: "字段“{name}”出现了两次", "the field “{name}” is given twice";
    fault_other: "JSON 解析错误：{detail}", "JSON error: {detail}";
    expected_whole: "整数", "a whole number";
    expected_number: "数字", "a number";
    expected_text: "带引号的文字", "a text in quotes";
    expected_list: "列表 […]", "a list […]";
    expected_object: "对象 {…}", "an object {…}";
    expected_bool: "true 或 false", "true or false";
    load_invalid: "报告有 {n} 处问题：", "Problems in the report: {n}";
    load_json: "第 {line} 行第 {column} 列{at}：{message}", "Line {line}, column {column}{at}: {message}";
    load_json_at: "（{path}）", " ({path})";
    open_directory: "“{path}”是文件夹，不是报告文件", "“{path}” is a folder, not a report file";
    open_io: "无法读取“{path}”：{detail}", "Cannot read “{path}”: {detail}";
    open_too_large: "文件过大：{size} 字节，上限 {limit} 字节", "The file is too large: {size} bytes, at most {limit}";
    open_empty: "文件是空的", "The file is empty";
    open_not_utf8: "不是 UTF-8 文本：第 {line} 行第 {column} 列（第 {offset} 字节）是无效的字节", "Not UTF-8 text: the byte at line {line}, column {column} (byte {offset}) is invalid";
    open_too_deep: "JSON 嵌套过深：第 {line} 行第 {column} 列超过 {limit} 层", "JSON nested too deeply: line {line}, column {column} goes past {limit} levels";
    help_menu: "帮助", "Help";
    shortcuts: "键盘快捷键", "Keyboard shortcuts";
    shortcuts_hint: "列出所有快捷键（F1 或 ?）", "List every shortcut (F1 or ?)";
    sc_search: "搜索全文", "Search the full text";
    sc_next_hit: "下一个搜索结果（在搜索框中）", "Next match (in the search field)";
    sc_clear: "清除搜索；关闭对话框", "Clear the search; close a dialog";
    sc_sections: "上一节 / 下一节", "Previous / next section";
    sc_sections_arrows: "上一节 / 下一节（没有控件获得焦点时）", "Previous / next section (when no control has focus)";
    sc_focus: "在控件之间移动焦点", "Move the focus between controls";
    sc_arrows: "在目录、搜索结果、柱子、数据表的行之间移动焦点", "Move the focus in the contents, the matches, the bars, the rows of the data table";
    sc_activate: "打开焦点所在的条目；柱子：跳到原文", "Open the focused item; on a bar: go to its sentence";
    sc_text_size: "放大 / 缩小 / 默认字号", "Larger / smaller / default text";
    sc_open: "打开报告", "Open a report";
    sc_import: "导入报告文本", "Import a report's text";
    sc_save_report: "保存为报告文件", "Save as a report file";
    sc_review_keys: "数据表中（焦点在一行上）：确认 / 剔除 / 更正这个数字；↑ ↓ 换行", "In the data table (a row focused): accept / reject / correct the figure; ↑ ↓ move between rows";
    sc_undo: "撤销审核操作", "Undo a review step";
    sc_redo: "重做审核操作", "Redo a review step";
    save_report: "保存为报告…", "Save as report…";
    save_report_hint: "把打开的报告（连同审核进度）保存为 JSON 报告文件（{keys}）", "Save the open report, with its review, as a JSON report file ({keys})";
    save_report_title: "保存为报告", "Save as report";
    saved_report_n: "已保存到 {path}", "Saved to {path}";
    save_report_failed_n: "无法保存报告：{detail}", "Cannot save the report: {detail}";
    review_col: "审核", "Review";
    any_review: "全部（不含已剔除）", "All (not rejected)";
    review_unreviewed: "待确认", "To check";
    review_accepted: "已确认", "Accepted";
    review_corrected: "已更正", "Corrected";
    review_rejected: "已剔除", "Rejected";
    accept: "确认", "Accept";
    reject: "剔除", "Reject";
    accept_hint: "确认这个数字（A）", "Accept this figure (A)";
    reject_hint: "剔除这个数字：它离开图表和表格（R）", "Reject this figure: it leaves charts and the table (R)";
    to_review_n: "{n} 个数字待确认", "{n} figures to check";
    unsaved_title: "审核尚未保存", "Review not saved";
    unsaved_n: "这份报告有 {n} 步审核尚未保存。继续的话，这些审核会丢失。", "This report has {n} review steps that are not saved. If you go on, they are lost.";
    discard_review: "放弃审核并继续", "Discard the review and go on";
    keep_review: "取消", "Cancel";
    edit: "编辑", "Edit";
    no_number_target: "（无数值，不画柱子）", " (no number, no bar)";
    chart_name: "图表名称", "Chart name";
    open_anyway: "仍然打开", "Open anyway";
    open_anyway_hint: "问题都在数字上：打开报告，有问题的数字标为待确认、不进图表，可在数据页更正或剔除", "The problems are all in figures: open the report with those figures marked to check and out of charts, to correct or reject in the data tab";
    opened_anyway_n: "已打开；{n} 个有问题的数字标为待确认，不进图表", "Opened; {n} figures with problems are marked to check and left out of charts";
    check_ok: "{path}：通过 · {title} · {chapters} 章，{sections} 节，{figures} 个数字，{charts} 个图表", "{path}: OK · {title} · {chapters} chapters, {sections} sections, {figures} figures, {charts} charts";
    merge_section: "并入上一节", "Merge into the section before";
    merge_section_hint: "导入时把这里错分成了一节：并入上一节（印出的标题留作正文，数字随之移动）", "The import made a section of this by mistake: merge it into the one before (a printed heading stays as text; figures move with it)";
    split_section: "这一段是标题：另起一节", "This paragraph is a heading: start a section here";
    split_section_hint: "导入时把小标题当成了正文：这一段成为新一节的标题，后面的段落归入新一节", "The import took a heading for text: this paragraph heads a new section holding the paragraphs after it";
    recovery_n: "上次有一份审核没有保存：{title}（已审核 {n} 个数字）。", "A review was not saved last time: {title} ({n} figures reviewed).";
    restore_review: "恢复这份审核", "Restore this review";
    drop_recovery: "丢弃", "Discard";
    table_wide: "⇔ 全宽", "⇔ Full width";
    table_wide_hint: "表格占据主区域，正文移到右侧", "The table takes the main area; the text moves to the side";
    table_narrow: "放回侧栏", "Back to the side";
    table_narrow_hint: "表格回到侧栏，正文回到主区域", "The table goes back to the side panel, the text to the main area";
    edit_hint: "更正这个数字的标签、类型、时期、单位、限定或引文（E）", "Correct this figure's label, kind, period, unit, qualifier or quote (E)";
    editor_title: "更正数字", "Correct a figure";
    edit_as_written: "原文", "As written";
    edit_label_en: "英文标签", "English label";
    edit_qualifier: "限定", "Qualifier";
    edit_no_qualifier: "无（准确数）", "None (exact)";
    edit_quote: "引文", "Quote";
    edit_quote_from_selection: "用选中的文字作引文", "Use the selected text as the quote";
    edit_quote_hint: "在正文里拖选这一节的一段文字（须含这个数字），再点这里", "Select a run of this section in the text (it must hold the figure), then click here";
    edit_save: "保存更正", "Save the correction";
    edit_cancel: "取消", "Cancel";
    edit_problems: "还不能保存：", "Cannot be saved yet:";
    selected_n: "选中：{text}", "Selected: {text}";
    add_figure: "添加为数字", "Add as a figure";
    select_highlight_n: "选中高亮的文字：{text}", "Select the highlighted text: {text}";
    select_highlight_hint: "不用鼠标也能选：Ctrl+F 搜索要选的文字，Enter 定位，再按这里", "Select without a mouse: find the text with Ctrl+F, press Enter, then this";
    add_figure_hint: "把选中的文字作为导入时漏掉的数字加入，再更正它的标签和类型", "Add the selected text as a figure the import missed, then correct its label and kind";
    clear_selection: "取消选择", "Clear the selection";
    select_to_add: "审核中：在正文里拖选文字，可添加漏掉的数字或设为引文", "Reviewing: select text to add a missed figure or set a quote";
    go_review: "去确认待确认的数字", "Check the figures waiting";
    chart_waiting_n: "本图还有 {n} 个数字待确认：确认后才画进图中。", "{n} figures of this chart are still to check: they are drawn once accepted.";
    sc_export: "导出图表为 PNG", "Export the chart as PNG";
    sc_copy_image: "复制图表图片", "Copy the chart image";
    sc_help: "显示这个列表", "Show this list";
    shortcut_keys: "按键", "Keys";
    shortcut_action: "作用", "Action";
}

/// The table of `lang`.
#[must_use]
pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    }
}
